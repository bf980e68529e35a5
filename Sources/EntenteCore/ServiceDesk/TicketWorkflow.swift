/// The moves of a ticket between statuses, and when each is allowed.
public enum TicketAction: String, CaseIterable, Codable, Hashable, Sendable {
    case takeInCharge = "take-in-charge"
    case diagnose
    case startWork = "start-work"
    case waitForRequester = "wait-for-requester"
    case waitForThirdParty = "wait-for-third-party"
    case resume
    case resolve
    case close
    case reopen

    /// The requester's own moves; every other one is the responsible party's.
    public var isRequesterAction: Bool { self == .close || self == .reopen }
}

public enum TicketWorkflowError: Error, Equatable, CustomStringConvertible {
    case notAllowed(TicketAction, from: TicketStatus, allowed: [TicketAction])
    case reopenWindowPassed(days: Int)

    public var description: String {
        switch self {
        case .notAllowed(let action, let status, let allowed):
            "'\(action.rawValue)' is not possible from '\(status.rawValue)'; possible: "
                + (allowed.isEmpty ? "none" : allowed.map(\.rawValue).joined(separator: ", "))
        case .reopenWindowPassed(let days):
            "a ticket can be reopened only within \(days) days of its resolution: file a new one"
        }
    }
}

/// new → taken in charge → diagnosed → in progress ⇄ waiting (requester / third party) → resolved → closed;
/// a resolved or closed ticket reopens within the reopen window.
public struct TicketWorkflow: Sendable {
    /// Days after resolution during which the requester may reopen.
    public var reopenWindowDays: Int

    public init(reopenWindowDays: Int = 7) {
        self.reopenWindowDays = reopenWindowDays
    }

    public func allowedActions(from status: TicketStatus) -> [TicketAction] {
        TicketAction.allCases.filter { target(of: $0, from: status) != nil }
    }

    /// The status `action` leads to, or why it cannot be taken now.
    public func apply(_ action: TicketAction, to status: TicketStatus, resolvedAt: Instant?,
                      now: Instant) throws(TicketWorkflowError) -> TicketStatus {
        guard let next = target(of: action, from: status) else {
            throw .notAllowed(action, from: status, allowed: allowedActions(from: status))
        }
        if action == .reopen, let resolvedAt, now.secondsSinceEpoch - resolvedAt.secondsSinceEpoch > reopenWindowDays * 86_400 {
            throw .reopenWindowPassed(days: reopenWindowDays)
        }
        return next
    }

    private func target(of action: TicketAction, from status: TicketStatus) -> TicketStatus? {
        switch (action, status) {
        case (.takeInCharge, .new): .takenInCharge
        case (.diagnose, .new), (.diagnose, .takenInCharge): .diagnosed
        case (.startWork, .takenInCharge), (.startWork, .diagnosed): .inProgress
        case (.waitForRequester, let from) where from.isOpen && from != .new && from != .waitingForRequester:
            .waitingForRequester
        case (.waitForThirdParty, let from) where from.isOpen && from != .new && from != .waitingForThirdParty:
            .waitingForThirdParty
        case (.resume, let from) where from.isWaiting: .inProgress
        case (.resolve, let from) where from.isOpen: .resolved
        case (.close, .resolved): .closed
        case (.reopen, .resolved), (.reopen, .closed): .inProgress
        default: nil
        }
    }
}
