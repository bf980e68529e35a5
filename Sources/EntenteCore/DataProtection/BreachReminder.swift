import Foundation

/// When a breach's deadline calls for a reminder: some hours before it falls due, then once it is
/// overdue. Each is sent once per deadline (a new due time, after an update is sent, is a new deadline).
public struct BreachReminder: Hashable, Sendable {
    public enum Stage: String, CaseIterable, Codable, Hashable, Sendable {
        case approaching, overdue
    }

    /// Six hours ahead: enough to act on a 24-hour clock at night or on a weekend.
    public static let lead = CalendarHours(6)!

    public var breachID: UUID
    public var kind: BreachObligation.Kind
    public var due: Instant
    public var stage: Stage

    public init(breachID: UUID, kind: BreachObligation.Kind, due: Instant, stage: Stage) {
        self.breachID = breachID
        self.kind = kind
        self.due = due
        self.stage = stage
    }

    /// The reminder a deadline calls for at `now`, if any.
    public static func due(for deadline: BreachDeadline, of breachID: UUID, at now: Instant) -> BreachReminder? {
        guard deadline.isOpen, let due = deadline.due else { return nil }
        if now > due { return BreachReminder(breachID: breachID, kind: deadline.obligation.kind, due: due, stage: .overdue) }
        if lead.deadline(after: now) >= due {
            return BreachReminder(breachID: breachID, kind: deadline.obligation.kind, due: due, stage: .approaching)
        }
        return nil
    }
}
