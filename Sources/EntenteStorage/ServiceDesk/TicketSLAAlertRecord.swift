import EntenteCore
import Fluent
import Foundation

/// A warning before a breach, or the breach itself, recorded once per ticket × clock × kind
/// (`ticket_sla_alerts`) by the service-level watcher.
final class TicketSLAAlertRecord: Model, @unchecked Sendable {
    static let schema = "ticket_sla_alerts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ticket_id") var ticket: TicketRecord
    /// `ServiceLevelClock.Kind`: `pickup` or `restoration`.
    @Field(key: "clock") var clock: String
    @Field(key: "kind") var kind: String
    /// The deadline as it stood when the alert was recorded.
    @Field(key: "due_at") var dueAt: Date
    @Field(key: "at") var at: Date

    init() {}

    init(ticketID: UUID, clock: ServiceLevelClock.Kind, kind: ServiceLevelAlert.Kind, dueAt: Date, at: Date) {
        self.$ticket.id = ticketID
        self.clock = clock.rawValue
        self.kind = kind.rawValue
        self.dueAt = dueAt
        self.at = at
    }

    func alert() throws -> ServiceLevelAlert {
        ServiceLevelAlert(clock: try StoredValueError.decode(clock, table: Self.schema, column: "clock"),
                          kind: try StoredValueError.decode(kind, table: Self.schema, column: "kind"),
                          dueAt: Instant(dueAt), at: Instant(at))
    }
}
