import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Issue 9, item 11: the demo desk opens with its recent past, and every page shows what it is for.
@Suite struct DemoHistoryTests {
    static func withHistory(_ body: (Application) async throws -> Void) async throws {
        try await TestApp.run(adjust: { $0.demoHistory = true }, body)
    }

    @Test func theDemoDeskOpensWithFourMonthsOfTicketsInEveryStatus() async throws {
        try await Self.withHistory { app in
            // act
            let rows = try await TicketRecord.query(on: app.db).all()
            let events = try await TicketEventRecord.query(on: app.db).all().map { try $0.event() }
            // check
            #expect(rows.count > 250 && rows.count <= DemoHistory.ticketCount)
            let tickets = try rows.map { try $0.ticket() }
            #expect(Set(tickets.map(\.status)) == Set(TicketStatus.allCases))
            let oldest = try #require(tickets.map(\.openedAt).min())
            #expect(oldest.secondsSinceEpoch > Int(TestApp.now.timeIntervalSince1970) - (DemoHistory.days + 3) * 86_400)
            #expect(tickets.allSatisfy { $0.openedAt.date < TestApp.now.addingTimeInterval(60) })
            #expect(Set(tickets.map(\.establishmentUAI)).count >= 10)
            func count(_ matches: (TicketEvent.Fact) -> Bool) -> Int { events.filter { matches($0.fact) }.count }
            #expect(count { if case .reply = $0 { true } else { false } } > 50)
            #expect(count { if case .transfer = $0 { true } else { false } } > 5)
            #expect(count { if case .teamChanged = $0 { true } else { false } } > 5)
            #expect(count { if case .serviceLevel(_, .breach, _) = $0 { true } else { false } } > 5)
            #expect(try await TicketRatingRecord.query(on: app.db).count() > 20)
            #expect(try await TicketSLAAlertRecord.query(on: app.db).count() > 5)
            // Real references, one per ticket, in opening order.
            let references = tickets.sorted { $0.openedAt < $1.openedAt }.map(\.reference)
            #expect(Set(references).count == references.count && references.allSatisfy { $0.hasPrefix("T-") })
        }
    }

    @Test func aSecondStartWritesNothingAndNewTicketsFollowTheHistory() async throws {
        try await Self.withHistory { app in
            // arrange
            let before = try await TicketRecord.query(on: app.db).count()
            // act
            let written = try await DemoHistory.ensure(on: app.db, environment: EntenteApp.environment(app), now: TestApp.now)
            var principal = Browser(app)
            let email = try #require(DemoAccounts.accounts(for: TestApp.territory).first { $0.email.hasPrefix("principal@") }?.email)
            _ = try await principal.signIn(email)
            let queue = try await principal.get(SiteURL.tickets.path)
            // check
            #expect(written == 0)
            #expect(try await TicketRecord.query(on: app.db).count() == before)
            #expect(queue.status == .ok)
            #expect(queue.body.string.contains("T-20"), "the principal's queue shows the school's own tickets")
            let year = Calendar(identifier: .gregorian).dateComponents(in: .europeParis, from: TestApp.now).year!
            let numbers = try await TicketRecord.query(on: app.db).all().map(\.reference)
                .filter { $0.hasPrefix("T-\(year)-") }.compactMap { Int($0.split(separator: "-").last!) }
            let next = try await TicketStore.nextReference(on: app.db, at: TestApp.now)
            #expect(next == TicketStore.reference(year: year, number: (numbers.max() ?? 0) + 1))
        }
    }

    @Test func theDepartementsStatisticsShowLastMonthsTickets() async throws {
        try await Self.withHistory { app in
            // arrange
            var agent = Browser(app)
            _ = try await agent.signIn("dsi@cd35.demo.entente.fr")
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .europeParis
            let lastMonth = calendar.dateComponents([.year, .month], from: calendar.date(byAdding: .month, value: -1, to: TestApp.now)!)
            let month = "\(lastMonth.year!)-" + (lastMonth.month! < 10 ? "0" : "") + "\(lastMonth.month!)"
            // act
            let page = try await agent.get(SiteURL.statistics.path + "?month=" + month)
            // check
            #expect(page.status == .ok)
            let opened = try #require(page.body.string.firstMatch(of: /data-figure="opened"[^>]*>\s*<strong>(\d+)</)?.1)
            #expect(Int(opened) ?? 0 > 0)
        }
    }
}
