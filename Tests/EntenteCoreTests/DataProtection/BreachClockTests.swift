import Foundation
import Testing
@testable import EntenteCore

/// The obligations a breach starts and where each stands as the work is done.
@Suite struct BreachClockTests {
    static let source = SourceReference(file: "test.yaml", section: "annexe")

    /// Two joint controllers as in Île-de-France: the discovering party tells the other within 24 h,
    /// updates every 24 h, the crisis cell meets within 24 h of the notice, the origin notifies the authority.
    static let jointControllers = Convention(
        id: "conjointe", title: "Responsabilité conjointe", territory: "Test", sourceFile: "test.yaml",
        parties: [ConventionParty(code: "REGION", kind: .region, name: "Région"),
                  ConventionParty(code: "ACA", kind: .academie, name: "Académie"),
                  ConventionParty(code: "EPLE", kind: .etablissement, name: "Lycée")],
        dates: .init(effective: CalendarDate(year: 2026, month: 1, day: 1)!), domains: [],
        incidentChains: [
            IncidentChain(id: "violation-region", kind: .dataBreach, title: "Région", handlerCode: "REGION", steps: [
                .init(partyCode: "REGION", action: "notifie", toPartyCode: "ACA", deadline: ServiceDuration("PT24H"), obligation: .partnerNotice),
                .init(partyCode: "REGION", action: "met à jour", toPartyCode: "ACA", deadline: ServiceDuration("PT24H"), obligation: .update),
                .init(partyCode: "REGION", action: "cellule", toPartyCode: "ACA", deadline: ServiceDuration("PT24H"), obligation: .crisisCell),
                .init(partyCode: "REGION", action: "notifie la CNIL", obligation: .authorityNotification),
                .init(partyCode: "REGION", action: "récépissé", toPartyCode: "ACA", obligation: .receiptSharing),
            ], source: source),
            IncidentChain(id: "violation-academie", kind: .dataBreach, title: "Académie", handlerCode: "ACA", steps: [
                .init(partyCode: "ACA", action: "notifie", toPartyCode: "REGION", deadline: ServiceDuration("PT24H"), obligation: .partnerNotice),
            ], source: source),
        ])

    func obligations(_ origin: String = "REGION") throws -> [BreachObligation] {
        try BreachObligations.of(convention: Self.jointControllers, origin: origin)
    }

    @Test func theOriginsChainGivesTheConventionsObligationsThenTheLaw() throws {
        let all = try obligations()
        #expect(all.map(\.kind) == [.partnerNotice, .update, .crisisCell, .authorityNotification, .receiptSharing,
                                    .personsCommunication])
        #expect(all[0].recipients == [.party("ACA")])
        #expect(all[2].recipients == [.party("REGION"), .party("ACA")])
        #expect(all[3].timing == .within(CalendarHours(72)!, from: .awareness))
        #expect(all[3].basis == .convention(chainID: "violation-region", step: 3))
        #expect(all[5].basis == .gdpr(article: "34(1)") && all[5].condition == .highRisk)
        #expect(BreachObligations.origins(in: Self.jointControllers) == ["REGION", "ACA"])
    }

    @Test func aChainWithoutTheAuthorityStepGetsTheLawsSeventyTwoHoursForItsOrigin() throws {
        let all = try obligations("ACA")
        #expect(all.map(\.kind) == [.partnerNotice, .authorityNotification, .personsCommunication])
        #expect(all[1].responsibleCode == "ACA" && all[1].basis == .gdpr(article: "33(1)"))
        // A party no chain names still owes the authority: the law applies to every controller.
        #expect(try obligations("EPLE").map(\.kind) == [.authorityNotification, .personsCommunication])
        #expect(throws: BreachObligations.Failure.unknownParty("CD", known: ["REGION", "ACA", "EPLE"])) {
            try BreachObligations.of(convention: Self.jointControllers, origin: "CD")
        }
    }

    @Test func aFridayEveningBeforeABankHolidayKeepsEveryClockRunning() throws {
        let aware = paris("2026-05-22T19:00")
        let standing = BreachClock.standing(of: try obligations(), progress: BreachProgress(awareness: aware), at: aware)
        #expect(standing.map { $0.due?.inParis() } == [
            "2026-05-23T19:00:00+02:00",  // notice: 24 h
            "2026-05-24T19:00:00+02:00",  // first update: 24 h after the notice's deadline
            "2026-05-24T19:00:00+02:00",  // crisis cell: 24 h after the notice's deadline
            "2026-05-25T19:00:00+02:00",  // authority: 72 h, Whit Monday notwithstanding
            nil, nil,
        ])
        #expect(standing.allSatisfy { $0.state == .pending })
    }

    @Test func aNoticeSentEarlyBringsTheCrisisCellAndTheUpdatesForward() throws {
        let aware = paris("2026-05-22T19:00")
        var progress = BreachProgress(awareness: aware)
        progress.partnerNoticeSentAt = paris("2026-05-22T21:00")
        progress.lastNoticeSentAt = paris("2026-05-22T21:00")
        var standing = BreachClock.standing(of: try obligations(), progress: progress, at: paris("2026-05-23T08:00"))
        #expect(standing[0].state == .done(at: paris("2026-05-22T21:00"), late: false))
        #expect(standing[1].due == paris("2026-05-23T21:00"))
        #expect(standing[2].due == paris("2026-05-23T21:00"))
        // An update sent restarts the update clock, never the crisis cell's.
        progress.lastNoticeSentAt = paris("2026-05-23T20:00")
        standing = BreachClock.standing(of: try obligations(), progress: progress, at: paris("2026-05-24T08:00"))
        #expect(standing[1].due == paris("2026-05-24T20:00") && standing[1].state == .pending)
        #expect(standing[2].due == paris("2026-05-23T21:00") && standing[2].state == .overdue)
    }

    @Test func aDecisionNotToNotifyClosesTheAuthorityAndItsConsequences() throws {
        let aware = paris("2026-05-22T19:00")
        let progress = BreachProgress(awareness: aware, authorityDecision: .doNotNotify,
                                      authorityDecidedAt: paris("2026-05-24T10:00"))
        let standing = BreachClock.standing(of: try obligations(), progress: progress, at: paris("2026-05-26T10:00"))
        #expect(standing[3].state == .done(at: paris("2026-05-24T10:00"), late: false))
        #expect(standing[4].state == .notApplicable)
        #expect(standing[5].state == .notApplicable)
        #expect(standing[0].state == .overdue)
    }

    @Test func aLateNotificationIsDoneLateAndHighRiskCallsForThePersons() throws {
        let aware = paris("2026-05-22T19:00")
        let progress = BreachProgress(awareness: aware, authorityDecision: .notify, authorityDecidedAt: paris("2026-05-25T18:00"),
                                      authorityNotifiedAt: paris("2026-05-25T20:00"), highRisk: true)
        let standing = BreachClock.standing(of: try obligations(), progress: progress, at: paris("2026-05-26T10:00"))
        #expect(standing[3].state == .done(at: paris("2026-05-25T20:00"), late: true))
        #expect(standing[4].state == .pending && standing[4].due == nil)
        #expect(standing[5].state == .pending && standing[5].isOpen)
    }

    @Test func resolutionEndsTheUpdatesLateWhenOneWasMissed() throws {
        let aware = paris("2026-05-22T19:00")
        var progress = BreachProgress(awareness: aware, partnerNoticeSentAt: paris("2026-05-22T20:00"),
                                      lastNoticeSentAt: paris("2026-05-22T20:00"), resolvedAt: paris("2026-05-23T10:00"))
        #expect(BreachClock.standing(of: try obligations(), progress: progress, at: aware)[1].state
                == .done(at: paris("2026-05-23T10:00"), late: false))
        progress.resolvedAt = paris("2026-05-24T10:00")
        #expect(BreachClock.standing(of: try obligations(), progress: progress, at: aware)[1].state
                == .done(at: paris("2026-05-24T10:00"), late: true))
    }

    @Test func aConventionMayAskTheAuthoritySoonerThanTheLawNeverLater() throws {
        var convention = Self.jointControllers
        convention.incidentChains[0].steps[3].deadline = ServiceDuration("PT96H")
        #expect(try BreachObligations.of(convention: convention, origin: "REGION")[3].timing
                == .within(CalendarHours(72)!, from: .awareness))
        convention.incidentChains[0].steps[3].deadline = ServiceDuration("PT48H")
        #expect(try BreachObligations.of(convention: convention, origin: "REGION")[3].timing
                == .within(CalendarHours(48)!, from: .awareness))
    }

    @Test func remindersComeSixHoursAheadThenOnceOverdueAndNotForWhatIsDone() throws {
        let aware = paris("2026-05-22T19:00")
        let id = UUID()
        let notice = BreachClock.standing(of: try obligations(), progress: BreachProgress(awareness: aware), at: aware)[0]
        #expect(BreachReminder.due(for: notice, of: id, at: paris("2026-05-23T12:59")) == nil)
        #expect(BreachReminder.due(for: notice, of: id, at: paris("2026-05-23T13:00"))?.stage == .approaching)
        let late = BreachClock.standing(of: try obligations(), progress: BreachProgress(awareness: aware), at: paris("2026-05-23T19:01"))[0]
        #expect(BreachReminder.due(for: late, of: id, at: paris("2026-05-23T19:01"))
                == BreachReminder(breachID: id, kind: .partnerNotice, due: paris("2026-05-23T19:00"), stage: .overdue))
        let done = BreachClock.standing(of: try obligations(), progress: BreachProgress(awareness: aware, partnerNoticeSentAt: aware),
                                        at: paris("2026-05-23T19:01"))[0]
        #expect(BreachReminder.due(for: done, of: id, at: paris("2026-05-23T19:01")) == nil)
        let persons = BreachClock.standing(of: try obligations(), progress: BreachProgress(awareness: aware), at: aware)[5]
        #expect(BreachReminder.due(for: persons, of: id, at: paris("2026-06-23T19:01")) == nil, "no figure, no reminder")
    }
}
