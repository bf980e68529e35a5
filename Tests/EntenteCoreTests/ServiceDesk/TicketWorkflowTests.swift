import Testing
@testable import EntenteCore

@Suite struct TicketWorkflowTests {
    let workflow = TicketWorkflow(reopenWindowDays: 7)
    let now = Instant(secondsSinceEpoch: 1_800_000_000)

    @Test(arguments: [
        (TicketStatus.new, TicketAction.takeInCharge, TicketStatus.takenInCharge),
        (.new, .diagnose, .diagnosed),
        (.takenInCharge, .diagnose, .diagnosed),
        (.diagnosed, .startWork, .inProgress),
        (.inProgress, .waitForRequester, .waitingForRequester),
        (.inProgress, .waitForThirdParty, .waitingForThirdParty),
        (.waitingForRequester, .waitForThirdParty, .waitingForThirdParty),
        (.waitingForThirdParty, .resume, .inProgress),
        (.inProgress, .resolve, .resolved),
        (.new, .resolve, .resolved),
        (.resolved, .close, .closed),
        (.closed, .reopen, .inProgress),
    ])
    func allowedMovesLeadWhereTheWorkflowSays(_ from: TicketStatus, _ action: TicketAction, _ to: TicketStatus) throws {
        #expect(try workflow.apply(action, to: from, resolvedAt: now, now: now) == to)
    }

    @Test(arguments: [
        (TicketStatus.new, TicketAction.startWork),
        (.new, .waitForRequester),
        (.new, .close),
        (.inProgress, .resume),
        (.inProgress, .reopen),
        (.resolved, .resolve),
        (.closed, .close),
        (.waitingForRequester, .waitForRequester),
    ])
    func forbiddenMovesSayWhatIsPossible(_ from: TicketStatus, _ action: TicketAction) {
        let error = #expect(throws: TicketWorkflowError.self) {
            try workflow.apply(action, to: from, resolvedAt: nil, now: now)
        }
        #expect(error == .notAllowed(action, from: from, allowed: workflow.allowedActions(from: from)))
    }

    @Test func closedTicketReopensOnlyWithinTheWindow() throws {
        let resolved = Instant(secondsSinceEpoch: now.secondsSinceEpoch - 7 * 86_400)
        #expect(try workflow.apply(.reopen, to: .closed, resolvedAt: resolved, now: now) == .inProgress)
        #expect(throws: TicketWorkflowError.reopenWindowPassed(days: 7)) {
            try workflow.apply(.reopen, to: .closed, resolvedAt: resolved.adding(seconds: -1), now: now)
        }
    }

    @Test func everyStatusButClosedHasAWayForward() {
        for status in TicketStatus.allCases {
            #expect(!workflow.allowedActions(from: status).isEmpty, "\(status)")
        }
        #expect(workflow.allowedActions(from: .closed) == [.reopen])
    }

    @Test func nonCriticalOrderFollowsTheConvention() {
        let ordered = TicketKind.allCases.sorted { $0.nonCriticalRank < $1.nonCriticalRank }
        #expect(ordered == [.incident, .catalogueAddition, .equipmentRenewal, .ownFundsPurchase, .request])
    }
}
