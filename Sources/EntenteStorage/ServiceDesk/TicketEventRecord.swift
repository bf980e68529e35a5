import EntenteCore
import Fluent
import Foundation

/// One line of a ticket's history (`ticket_events`): creation, status change, reply, internal note,
/// transfer, attachment. Internal notes and attachments carry the partner whose agents alone may read them.
public final class TicketEventRecord: Model, @unchecked Sendable {
    public static let schema = "ticket_events"

    public enum Kind: String, CaseIterable, Sendable {
        case created, status, reply
        case internalNote = "internal-note"
        case transfer
        /// A change of team within the party: `from_status`/`to_status` hold the team codes.
        case team
        /// A file added; carries the attachment's audience when it is internal.
        case attachment
        /// A warning before a breach, or a breach, of a clock: `from_status`/`to_status` hold the clock
        /// and `warning` or `breach`.
        case serviceLevel = "sla"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "ticket_id") public var ticket: TicketRecord
    @Field(key: "at") public var at: Date
    @Field(key: "actor") public var actor: String
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "from_status") public var fromStatus: String?
    @OptionalField(key: "to_status") public var toStatus: String?
    @OptionalField(key: "body") public var body: String?
    /// For internal notes: the partner (or establishment, "EPLE:UAI") whose members see it.
    @OptionalField(key: "audience") public var audience: String?

    public init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    public var properties: [any AnyProperty] {
        [$id, $ticket, $at, $actor, $kind, $fromStatus, $toStatus, $body, $audience]
    }

    public init(ticketID: UUID, at: Date, actor: String, kind: Kind, fromStatus: String? = nil, toStatus: String? = nil,
                body: String? = nil, audience: String? = nil) {
        self.$ticket.id = ticketID
        self.at = at
        self.actor = actor
        self.kind = kind.rawValue
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.body = body
        self.audience = audience
    }

    public var eventKind: Kind { Kind(rawValue: kind) ?? .reply }

    /// The status change this event records, if it is one.
    public var statusChange: StatusChange? {
        guard eventKind == .status, let status = toStatus.flatMap(TicketStatus.init(rawValue:)) else { return nil }
        return StatusChange(status: status, at: Instant(at))
    }
}
