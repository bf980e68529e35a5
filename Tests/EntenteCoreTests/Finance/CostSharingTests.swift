import Testing
@testable import EntenteCore

/// Seed 000, SolSTISS II annex, article 4: three envelopes shared by 13 (standard) or 11 (maximal) Régions.
@Suite struct CostSharingTests {
    @Test(arguments: [
        (Int64(122_100_000), 13, Int64(93_923)), (122_100_000, 11, 111_000),
        (100_100_000, 13, 77_000), (100_100_000, 11, 91_000),
        (52_800_000, 13, 40_615), (52_800_000, 11, 48_000),
    ])
    func reproducesTheSixSharesOfTheAnnex(totalCents: Int64, participants: Int, euros: Int64) throws {
        let shares = try CostSharing.equalShares(of: Money(cents: totalCents), among: participants)
        #expect(shares.count == participants)
        #expect(shares.map(\.amount.cents).reduce(0, +) == totalCents)
        // The annex writes each share to the euro: every share rounds to it.
        #expect(shares.allSatisfy { ExactFraction($0.amount.cents, 100).nearest == euros })
    }

    @Test func anEntrantPaysFromItsEntryAndTheOthersLess() throws {
        let start = CalendarDate(year: 2023, month: 5, day: 1)!, end = CalendarDate(year: 2026, month: 4, day: 30)!
        let participants = (1...12).map { CostSharingPlan.Participant(code: "R\($0)", name: "Région \($0)") }
            + [.init(code: "R13", name: "Entrante", entry: CalendarDate(year: 2024, month: 5, day: 1))]
        let shares = try CostSharing.shares(of: Money(cents: 122_100_000), start: start, end: end, participants: participants)
        #expect(shares.map(\.amount.cents).reduce(0, +) == 122_100_000)
        #expect(shares[0].days == 1096 && shares[12].days == 730 && shares[0].periodDays == 1096)
        // Weights 12 × 1096 + 730 = 13 882: 122 100 000 × 1096 / 13 882 = 9 639 994,23… cents.
        #expect(shares[0].exactCents == ExactFraction(122_100_000 * 1096, 13_882))
        #expect(shares[12].amount.cents < shares[0].amount.cents)
        #expect(shares.allSatisfy { $0.amount.cents == $0.exactCents.floor || $0.receivedRemainderCent })
    }

    @Test func everyoneThroughoutIsEqualShares() throws {
        let start = CalendarDate(year: 2025, month: 1, day: 1)!, end = CalendarDate(year: 2025, month: 12, day: 31)!
        let shares = try CostSharing.shares(of: Money(cents: 100), start: start, end: end,
                                            participants: ["A", "B", "C"].map { .init(code: $0, name: $0) })
        #expect(shares.map(\.amount.cents) == [34, 33, 33])
    }

    @Test func refusesAPeriodNobodyCovers() {
        let start = CalendarDate(year: 2025, month: 1, day: 1)!, end = CalendarDate(year: 2025, month: 12, day: 31)!
        let late = CalendarDate(year: 2025, month: 3, day: 1)!
        #expect(throws: CostSharing.Problem.periodNotCovered(from: start, to: CalendarDate(year: 2025, month: 2, day: 28)!)) {
            try CostSharing.shares(of: Money(cents: 100), start: start, end: end, participants: [.init(code: "A", name: "A", entry: late)])
        }
        let gone = CalendarDate(year: 2025, month: 6, day: 30)!
        #expect(throws: CostSharing.Problem.periodNotCovered(from: CalendarDate(year: 2025, month: 7, day: 1)!, to: end)) {
            try CostSharing.shares(of: Money(cents: 100), start: start, end: end, participants: [.init(code: "A", name: "A", exit: gone)])
        }
        #expect(throws: CostSharing.Problem.participationOutsidePeriod(code: "A", start: start, end: end)) {
            try CostSharing.shares(of: Money(cents: 100), start: start, end: end,
                                   participants: [.init(code: "A", name: "A", entry: CalendarDate(year: 2026, month: 1, day: 1))])
        }
        #expect(throws: CostSharing.Problem.noParticipants) { try CostSharing.equalShares(of: Money(cents: 100), among: 0) }
        #expect(throws: CostSharing.Problem.endBeforeStart(start: end, end: start)) {
            try CostSharing.shares(of: Money(cents: 100), start: end, end: start, participants: [.init(code: "A", name: "A")])
        }
    }
}
