import Foundation
import Testing
@testable import EntenteCore

@Suite struct SatisfactionSummaryTests {
    @Test func theTrendSpansTwelveMonthsOldestFirstAcrossAYear() throws {
        // setup
        let month = try StatisticsMonth(iso: "2026-03")
        // act
        let months = SatisfactionTrend.months(endingWith: month)
        // check
        #expect(months.count == 12)
        #expect(months.first?.description == "2025-04")
        #expect(months.last?.description == "2026-03")
        #expect(zip(months, months.dropFirst()).allSatisfy { $0.next == $1 })
    }

    @Test func countsLandInTheirMonthAndOddOnesAreIgnored() throws {
        // setup
        let month = try StatisticsMonth(iso: "2026-09")
        let counts = [SatisfactionTrend.Count(monthIndex: 11, score: 5, count: 3),
                      SatisfactionTrend.Count(monthIndex: 11, score: 1, count: 1),
                      SatisfactionTrend.Count(monthIndex: 0, score: 4, count: 2),
                      SatisfactionTrend.Count(monthIndex: 12, score: 5, count: 9),
                      SatisfactionTrend.Count(monthIndex: 3, score: 6, count: 9),
                      SatisfactionTrend.Count(monthIndex: 3, score: 0, count: 9)]
        // act
        let trend = SatisfactionTrend(endingWith: month, counts: counts)
        // check
        #expect(trend.points.count == 12)
        #expect(trend.points[11].month == month)
        #expect(trend.points[11].summary.count == 4)
        #expect(trend.points[11].summary.mean == 4)
        #expect(trend.points[11].summary.count(ofScore: 1) == 1)
        #expect(trend.points[0].summary.count(ofScore: 4) == 2)
        #expect(trend.points[3].summary.count == 0)
        #expect(trend.overall.count == 6)
        #expect(trend.overall.sum == 15 + 1 + 8)
    }

    let ticket = UUID()

    func comment(_ score: Int, _ text: String, partner: String?, day: Int) -> RatingComment {
        RatingComment(ticketID: ticket, reference: "T-2026-00000\(day)", title: "Wi-Fi", score: score, comment: text,
                      at: Instant(secondsSinceEpoch: 1_789_000_000 + day * 86_400), partnerCode: partner,
                      establishmentUAI: "0352958A")
    }

    @Test func lowRatedCommentsGoToTheHandlingPartyAndAdministratorsOnly() {
        // setup
        let comments = [comment(1, "Trop long", partner: "CD35", day: 1), comment(2, "Pas rappelé", partner: "CD35", day: 3),
                        comment(3, "Moyen", partner: "CD35", day: 2), comment(1, "   ", partner: "CD35", day: 4),
                        comment(2, "Sans suite", partner: "AC-RENNES", day: 5), comment(1, "Nous-mêmes", partner: nil, day: 6)]
        // act
        let departement = SatisfactionComments.lowRated(comments, visibleTo: TicketViewer(role: .partnerAgent, partnerCode: "CD35"))
        let admin = SatisfactionComments.lowRated(comments, visibleTo: TicketViewer(role: .administrator))
        // check
        #expect(departement.map(\.comment) == ["Pas rappelé", "Trop long"])
        #expect(admin.map(\.comment) == ["Nous-mêmes", "Sans suite", "Pas rappelé", "Trop long"])
        #expect(SatisfactionComments.lowRated(comments, visibleTo: TicketViewer(role: .partnerAgent, partnerCode: "AC-RENNES"))
            .map(\.comment) == ["Sans suite"])
        #expect(SatisfactionComments.lowRated(comments, visibleTo: TicketViewer(role: .partnerAgent)).isEmpty)
        #expect(SatisfactionComments.lowRated(comments, visibleTo: TicketViewer(role: .observer, partnerCode: "CD35")).isEmpty)
        #expect(SatisfactionComments.lowRated(comments, visibleTo: TicketViewer(role: .establishmentMember,
                                                                                 establishmentUAI: "0352958A")).isEmpty)
    }
}
