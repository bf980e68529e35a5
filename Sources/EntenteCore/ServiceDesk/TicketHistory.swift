/// A status change of a ticket, the raw material of its SLA clocks.
public struct StatusChange: Hashable, Sendable {
    public var status: TicketStatus
    public var at: Instant

    public init(status: TicketStatus, at: Instant) {
        self.status = status
        self.at = at
    }
}

extension TicketTimeline {
    /// The clock moments of a ticket from its status changes, in order: taken in charge (or
    /// diagnosed) stops the pick-up clock, resolved stops restoration, waiting pauses them all.
    /// A reopened ticket runs its restoration clock again from the original opening.
    public init(openedAt: Instant, changes: [StatusChange]) {
        self.init(openedAt: openedAt)
        var waitingSince: Instant?
        for change in changes.sorted(by: { $0.at < $1.at }) {
            if let since = waitingSince, !change.status.isWaiting {
                if let pause = try? ClockPause(start: since, end: change.at) { pauses.append(pause) }
                waitingSince = nil
            }
            switch change.status {
            case .takenInCharge, .diagnosed, .inProgress:
                if pickedUpAt == nil { pickedUpAt = change.at }
                if restoredAt != nil { restoredAt = nil }
            case .waitingForRequester, .waitingForThirdParty:
                if pickedUpAt == nil { pickedUpAt = change.at }
                if waitingSince == nil { waitingSince = change.at }
            case .resolved:
                if pickedUpAt == nil { pickedUpAt = change.at }
                restoredAt = change.at
            case .new, .closed:
                break
            }
        }
        pausedSince = waitingSince
    }
}
