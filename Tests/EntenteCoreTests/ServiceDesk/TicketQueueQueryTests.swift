import Foundation
import Testing
@testable import EntenteCore

@Suite struct TicketQueueQueryTests {
    @Test func anEmptyQueryIsTheUsualQueue() {
        let (query, problems) = TicketQueueQuery.parse([:])
        #expect(problems.isEmpty)
        #expect(query == TicketQueueQuery())
        #expect(query.status.statuses == TicketStatus.allCases.filter(\.isOpen))
        #expect(query.offset == 0)
    }

    @Test func everyFilterIsRead() throws {
        let (query, problems) = TicketQueueQuery.parse([
            "status": "new,waiting-for-requester", "q": " Wi-Fi ", "establishment": "0352958a", "component": "bornes-wifi",
            "party": "CD", "team": "CD35-RESEAU", "sla": "at-risk", "sort": "due", "scope": "territory",
            "page": "3", "per_page": "20", "opened_from": "2026-09-01", "opened_to": "2026-09-30", "unknown": "ignored",
        ])
        #expect(problems.isEmpty)
        #expect(query.status == .only([.new, .waitingForRequester]))
        #expect(query.text == "Wi-Fi")
        #expect(query.establishmentUAI == "0352958A")
        #expect(query.serviceLevel == .atRisk)
        #expect(query.order == .due)
        #expect(query.scope == .territory)
        #expect(query.offset == 40)
        #expect(query.period.start != nil && query.period.end != nil)
    }

    @Test func emptyValuesAreAbsentOnesAsAnUntouchedFormSendsThem() {
        let fields = Dictionary(uniqueKeysWithValues: TicketQueueQuery.Parameter.allCases.map { ($0.rawValue, "") })
        let (query, problems) = TicketQueueQuery.parse(fields)
        #expect(problems.isEmpty)
        #expect(query == TicketQueueQuery())
    }

    @Test(arguments: [
        ("page", "0"), ("page", "-1"), ("page", "1000001"), ("page", "184467440737095517"), ("page", "99999999999999999999999"),
        ("page", "abc"), ("page", "1.5"), ("page", "１"), ("per_page", "0"), ("per_page", "101"), ("status", "lost"),
        ("status", "new,,resolved"), ("sla", "met"), ("sla", "whatever"), ("sort", "random"), ("scope", "everything"),
        ("opened_from", "2026-02-30"), ("opened_to", "tomorrow"), ("q", String(repeating: "x", count: 201)),
    ])
    func anInvalidValueIsAProblemOfItsParameterNeverADefault(name: String, value: String) throws {
        let (_, problems) = TicketQueueQuery.parse([name: value])
        let parameter = try #require(TicketQueueQuery.Parameter(rawValue: name))
        #expect(problems.keys.sorted { $0.rawValue < $1.rawValue } == [parameter], "\(name)=\(value)")
    }

    @Test func aReversedPeriodIsTheEndsProblem() {
        let (_, problems) = TicketQueueQuery.parse(["opened_from": "2026-09-30", "opened_to": "2026-09-01"])
        #expect(problems == [.openedTo: .period(.reversed)])
    }

    @Test func theLargestPagesStayFarFromOverflowing() {
        let (query, problems) = TicketQueueQuery.parse(["page": "1000000", "per_page": "100"])
        #expect(problems.isEmpty)
        #expect(query.offset == 99_999_900)
    }

    /// Random texts, numbers at every magnitude and hostile characters in every parameter: parsing
    /// never traps, an accepted page always gives an offset within bounds, a problem always names a
    /// parameter that was sent.
    @Test func fuzzedQueriesNeverTrapAndStayBounded() {
        var generator = SplitMix64(seed: 0x5EC0_12E5)
        let alphabet = Array("0123456789-+,.eE abcz%&=<>\"'\\/\t\n\u{0}éÉ１٣")
        let edges = ["", "0", "-0", "1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                     "1e3", "0x10", " 7 ", "+5", "open", "all", "due", "territory", "2026-09-01"]
        for _ in 0..<20_000 {
            var parameters: [String: String] = [:]
            for parameter in TicketQueueQuery.Parameter.allCases where Bool.random(using: &generator) {
                let value: String
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: value = edges.randomElement(using: &generator)!
                case 1: value = String(Int.random(in: Int.min...Int.max, using: &generator))
                default: value = String((0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
                }
                parameters[parameter.rawValue] = value
            }
            let (query, problems) = TicketQueueQuery.parse(parameters)
            #expect(TicketQueueQuery.pages.contains(query.page))
            #expect(TicketQueueQuery.pageSizes.contains(query.perPage))
            #expect(query.offset >= 0 && query.offset < TicketQueueQuery.pages.upperBound * TicketQueueQuery.pageSizes.upperBound)
            #expect(problems.keys.allSatisfy { parameters[$0.rawValue] != nil })
        }
    }
}
