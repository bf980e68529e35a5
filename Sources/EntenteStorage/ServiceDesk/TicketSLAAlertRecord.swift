import EntenteCore
import Fluent
import Foundation

/// A warning before a breach, or the breach itself, recorded once per ticket × clock × kind
/// (`ticket_sla_alerts`) by the service-level watcher.
public final class TicketSLAAlertRecord: Model, @unchecked Sendable {
    public static let schema = "ticket_sla_alerts"

    public enum Kind: String, Sendable, CaseIterable {
        /// The clock entered its last share of time (`ServiceLevelRisk`).
        case warning
        /// The clock passed its deadline.
        case breach
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "ticket_id") public var ticket: TicketRecord
    /// `ServiceLevelClock.Kind`: `pickup` or `restoration`.
    @Field(key: "clock") public var clock: String
    @Field(key: "kind") public var kind: String
    /// The deadline as it stood when the alert was recorded.
    @Field(key: "due_at") public var dueAt: Date
    @Field(key: "at") public var at: Date

    public init() {}

    public init(ticketID: UUID, clock: ServiceLevelClock.Kind, kind: Kind, dueAt: Date, at: Date) {
        self.$ticket.id = ticketID
        self.clock = clock.rawValue
        self.kind = kind.rawValue
        self.dueAt = dueAt
        self.at = at
    }

    public var clockKind: ServiceLevelClock.Kind? { ServiceLevelClock.Kind(rawValue: clock) }
    public var alertKind: Kind { Kind(rawValue: kind) ?? .warning }
}
