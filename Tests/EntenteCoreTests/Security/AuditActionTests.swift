import Testing
@testable import EntenteCore

@Suite struct AuditActionTests {
    @Test func everyActionIsReadBackFromItsTextAndNothingElseIs() {
        #expect(Set(AuditAction.all.map(\.rawValue)).count == AuditAction.all.count, "one text per action")
        for action in AuditAction.all {
            #expect(AuditAction(rawValue: action.rawValue) == action)
        }
        for text in ["", "ticket", "ticket.attachment.secret", "ticket.team.sideways", "SIGN-IN", "ticket.sla."] {
            #expect(AuditAction(rawValue: text) == nil, "\(text)")
        }
    }

    @Test func theTextsAreTheOnesTheTrailAlwaysHeld() {
        #expect(AuditAction.ticketTransferred(overridingConvention: true).rawValue == "ticket.transfer.override")
        #expect(AuditAction.ticketTeamChanged(.deEscalation).rawValue == "ticket.team.de-escalation")
        #expect(AuditAction.serviceLevelAlert(breach: false).rawValue == "ticket.sla.warning")
        #expect(AuditAction.attachmentAdded(internal: true).rawValue == "ticket.attachment.internal")
        #expect(AuditAction.signInThrottled.rawValue == "sign-in.throttled")
    }

    @Test func onlyInternalFilesAreInternalAndEachActionSaysWhatItIsAbout() {
        #expect(AuditAction.all.filter(\.isInternal) == [.attachmentAdded(internal: true)])
        #expect(AuditAction.signIn.subject == .account)
        #expect(AuditAction.apiTokenRevoked.subject == .apiToken)
        #expect(AuditAction.teamDeleted.subject == .team)
        #expect(AuditAction.conventionUpdated.subject == .convention)
        #expect(AuditAction.all.filter { $0.subject == .ticket }.count == 11)
    }
}
