import Foundation
import Testing
@testable import EntenteCore

@Suite struct ServiceLevelLookupTests {
    static func convention() -> Convention {
        var convention = SampleConvention.make()
        convention.calendar = .init(department: "67", hours: "08:00-12:00")
        convention.serviceLevels = [
            ServiceLevelCommitment(criticality: .critical, partyCode: "ACA", pickup: .workingDays(0.5),
                                   restoration: .workingDays(1), source: SampleConvention.source),
            ServiceLevelCommitment(criticality: .critical, partyCode: "CD", pickup: .asSoonAsPossible,
                                   restoration: .workingDays(2), source: SampleConvention.source),
        ]
        return convention
    }

    @Test func theOnlyStatedFigureIsChosenOverAuPlusTot() throws {
        #expect(try Self.convention().serviceLevel(criticality: .critical, clock: .pickup).partyCode == "ACA")
    }

    @Test func namedPartyIsChosenEvenForAuPlusTot() throws {
        let commitment = try Self.convention().serviceLevel(criticality: .critical, clock: .pickup, party: "CD")
        #expect(commitment.pickup == .asSoonAsPossible)
    }

    @Test func twoFiguresNeedAParty() {
        #expect(throws: ServiceLevelLookupError.severalParties(["ACA", "CD"])) {
            try Self.convention().serviceLevel(criticality: .critical, clock: .restoration)
        }
    }

    @Test func missingCommitmentIsExplained() {
        let error = #expect(throws: ServiceLevelLookupError.self) {
            try Self.convention().serviceLevel(criticality: .nonCritical, clock: .pickup)
        }
        #expect(error?.description == "the convention states no pickup commitment for non-critical requests")
    }

    @Test func conventionCalendarUsesItsDepartementAndHours() throws {
        // act
        let calendar = try Self.convention().workingCalendar(years: 2026...2026)
        let goodFriday = try Instant.parse(iso: "2026-04-03T09:00", in: .europeParis)
        let nextMonday = try Instant.parse(iso: "2026-04-07T08:00", in: .europeParis)
        // check: Good Friday is a holiday in the Bas-Rhin, Easter Monday everywhere, and the day ends at noon
        let deadline = try calendar.deadline(from: goodFriday, adding: .workingDays(0.5))
        #expect(deadline == (try Instant.parse(iso: "2026-04-07T10:00", in: .europeParis)))
        #expect(try calendar.workingSeconds(from: goodFriday, to: nextMonday) == 0)
    }
}
