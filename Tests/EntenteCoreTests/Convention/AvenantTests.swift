import Foundation
import Testing
@testable import EntenteCore

@Suite struct AvenantTests {
    static let convention = SampleConvention.make()

    static func proposal() -> Avenant {
        let component = convention.components[0]
        return Avenant(conventionID: convention.id, number: 9, title: "Dépannage par l'établissement", summary: "", proposedBy: "CD",
                       proposedAt: Instant(secondsSinceEpoch: 1_790_000_000),
                       changes: [.init(componentID: component.component.id, activity: component.domain.activities[0], cell: .responsible("EPLE"))])
    }

    static func approval(_ party: String, _ day: Int) -> Avenant.Approval {
        .init(party: party, deliberation: "Délibération \(party)-\(day)", date: CalendarDate(year: 2026, month: 3, day: day)!, recordedBy: "x")
    }

    @Test func approvedByEverySignatoryItBecomesAVersionWhoseDiffShowsTheCell() throws {
        let signatories = Avenant.signatories(of: Self.convention)
        #expect(signatories.count >= 2)
        var avenant = try Self.proposal().inConcertation()
        for (index, party) in signatories.dropLast().enumerated() {
            avenant = try avenant.approving(Self.approval(party, 2 + index), effective: nil, in: Self.convention)
            #expect(avenant.status == .concertation)
        }
        let last = signatories.last!
        #expect(throws: Avenant.Refusal.effectiveDateRequired) {
            try avenant.approving(Self.approval(last, 20), effective: nil, in: Self.convention)
        }
        #expect(throws: Avenant.Refusal.effectiveBeforeLastApproval(effective: CalendarDate(year: 2026, month: 3, day: 19)!,
                                                                    lastApproval: CalendarDate(year: 2026, month: 3, day: 20)!)) {
            try avenant.approving(Self.approval(last, 20), effective: CalendarDate(year: 2026, month: 3, day: 19), in: Self.convention)
        }
        avenant = try avenant.approving(Self.approval(last, 20), effective: CalendarDate(year: 2026, month: 4, day: 1), in: Self.convention)
        #expect(avenant.status == .approved && avenant.version?.id == "avenant-9")
        let amended = Self.convention.amended(by: [avenant])
        let diff = ConventionDiff(from: Self.convention, to: amended.current)
        let change = avenant.changes[0]
        #expect(diff.changes.contains { if case .cellChanged(change.componentID, change.activity, _, "EPLE") = $0 { true } else { false } })
        #expect(Self.convention.amended(by: [avenant, avenant]).versions.count == Self.convention.versions.count + 1)
    }

    @Test func refusesASecondApprovalAPartyThatDoesNotSignAndAClosedAvenant() throws {
        let party = Avenant.signatories(of: Self.convention)[0]
        let once = try Self.proposal().approving(Self.approval(party, 2), effective: nil, in: Self.convention)
        #expect(throws: Avenant.Refusal.alreadyApproved(party: party)) {
            try once.approving(Self.approval(party, 3), effective: nil, in: Self.convention)
        }
        #expect(throws: Avenant.Refusal.notASignatory("NOBODY")) {
            try once.approving(Self.approval("NOBODY", 3), effective: nil, in: Self.convention)
        }
        var withdrawn = once
        withdrawn.status = .withdrawn
        #expect(throws: Avenant.Refusal.notOpen(.withdrawn)) { try withdrawn.inConcertation() }
        #expect(throws: Avenant.Refusal.unknownCell(componentID: "nope")) {
            try Avenant.validate([.init(componentID: "nope", activity: .depannage, cell: .notApplicable)], in: Self.convention)
        }
        #expect(throws: Avenant.Refusal.noChange) { try Avenant.validate([], in: Self.convention) }
    }
}

@Suite struct ConventionTermTests {
    @Test func illeEtVilainesTermFromItsClauses() {
        var convention = SampleConvention.make()
        convention.dates = .init(effective: CalendarDate(year: 2025, month: 4, day: 1)!, end: CalendarDate(year: 2026, month: 12, day: 31),
                                 notice: ServiceDuration("P12M"), renewal: .express, negotiation: ServiceDuration("P6M"))
        let term = ConventionTerm(convention)
        #expect(term.milestones.map(\.0) == [.noticeDeadline, .renewalNegotiation, .end])
        #expect(term.milestones.map(\.1) == [CalendarDate(year: 2025, month: 12, day: 31)!, CalendarDate(year: 2026, month: 6, day: 30)!,
                                             CalendarDate(year: 2026, month: 12, day: 31)!])
    }

    @Test func aNoticeAndAWithdrawalTakeEffect() {
        let received = CalendarDate(year: 2026, month: 2, day: 10)!
        #expect(ConventionTerm.terminationEffective(noticeReceived: received, notice: CalendarMonths(12)!) == CalendarDate(year: 2027, month: 2, day: 10))
        // Hauts-de-France: three months' notice, effective at the next school year.
        #expect(ConventionTerm.withdrawalEffective(noticeReceived: received, notice: CalendarMonths(3)!) == CalendarDate(year: 2026, month: 9, day: 1))
        #expect(ConventionTerm.withdrawalEffective(noticeReceived: CalendarDate(year: 2026, month: 6, day: 2)!, notice: CalendarMonths(3)!)
                == CalendarDate(year: 2027, month: 9, day: 1))
        #expect(ConventionTerm.withdrawalEffective(noticeReceived: CalendarDate(year: 2026, month: 6, day: 1)!, notice: CalendarMonths(3)!)
                == CalendarDate(year: 2026, month: 9, day: 1))
    }
}

@Suite struct PartnerChangeTests {
    static let at = Instant(secondsSinceEpoch: 1_790_000_000)

    @Test func aPartnerJoinsByAnAvenantEveryPartnerAndItApprove() throws {
        let convention = SampleConvention.make()
        let newcomer = ConventionParty(code: "CD29", partnerCode: "CD29", kind: .departement, name: "Département du Finistère")
        try Avenant.validate([], joining: [newcomer], in: convention)
        #expect(throws: Avenant.Refusal.notANewPartner("CD")) {
            try Avenant.validate([], joining: [ConventionParty(code: "CD", partnerCode: "CD35", kind: .departement, name: "x")], in: convention)
        }
        var avenant = Avenant(conventionID: convention.id, number: 9, title: "Adhésion du Finistère", summary: "", proposedBy: "CD",
                              proposedAt: Self.at, changes: [], joining: [newcomer])
        #expect(avenant.approvers(in: convention) == Avenant.signatories(of: convention) + ["CD29"])
        for (index, party) in avenant.approvers(in: convention).enumerated() {
            let last = index == avenant.approvers(in: convention).count - 1
            avenant = try avenant.approving(AvenantTests.approval(party, 2 + index), effective: last ? CalendarDate(year: 2026, month: 9, day: 1) : nil,
                                            in: convention)
        }
        let amended = convention.amended(by: [avenant]).current
        #expect(amended.party(code: "CD29") != nil)
        #expect(ConventionDiff(from: convention, to: amended).changes.contains(.partyAdded("CD29")))
    }

    @Test func aWithdrawalIsTheLeavingPartysDecisionEffectiveAfterItsNotice() throws {
        var convention = SampleConvention.make()
        // Hauts-de-France's clause: three months' notice, effective at the next school year.
        convention.dates.withdrawal = .init(notice: ServiceDuration("P3M")!, atNextSchoolYear: true)
        #expect(throws: Avenant.Refusal.notLeavable("EPLE")) { try Avenant.validate([], leaving: ["EPLE"], in: convention) }
        let avenant = Avenant(conventionID: convention.id, number: 9, title: "Retrait", summary: "", proposedBy: "ACA", proposedAt: Self.at,
                              changes: [], leaving: ["ACA"])
        #expect(avenant.approvers(in: convention) == ["ACA"])
        let decision = AvenantTests.approval("ACA", 10)
        #expect(throws: Avenant.Refusal.withdrawalBeforeNotice(effective: CalendarDate(year: 2026, month: 6, day: 10)!,
                                                               earliest: CalendarDate(year: 2026, month: 9, day: 1)!)) {
            try avenant.approving(decision, effective: CalendarDate(year: 2026, month: 6, day: 10), in: convention)
        }
        let done = try avenant.approving(decision, effective: CalendarDate(year: 2026, month: 9, day: 1), in: convention)
        let amended = convention.amended(by: [done]).current
        #expect(amended.party(code: "ACA") == nil && amended.governance.allSatisfy { !$0.memberCodes.contains("ACA") })
    }
}
