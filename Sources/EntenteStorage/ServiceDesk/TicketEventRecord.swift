import EntenteCore
import Fluent
import Foundation

/// One line of a ticket's history (`ticket_events`): creation, status change, reply, internal note,
/// transfer, attachment. Internal notes and attachments carry the partner whose agents alone may read them.
final class TicketEventRecord: Model, @unchecked Sendable {
    static let schema = "ticket_events"

    enum Kind: String, CaseIterable, Sendable {
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

    @ID(key: .id) var id: UUID?
    @Parent(key: "ticket_id") var ticket: TicketRecord
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "from_status") var fromStatus: String?
    @OptionalField(key: "to_status") var toStatus: String?
    @OptionalField(key: "body") var body: String?
    /// For internal notes: the partner (or establishment, "EPLE:UAI") whose members see it.
    @OptionalField(key: "audience") var audience: String?

    init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    var properties: [any AnyProperty] {
        [$id, $ticket, $at, $actor, $kind, $fromStatus, $toStatus, $body, $audience]
    }

    init(ticketID: UUID, at: Date, actor: String, kind: Kind, fromStatus: String? = nil, toStatus: String? = nil,
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

    /// A row holding `fact`, in the columns each kind of line has used since `CreateTicketEvents`.
    convenience init(ticketID: UUID, at: Date, actor: String, fact: TicketEvent.Fact) {
        switch fact {
        case .created(let reason):
            self.init(ticketID: ticketID, at: at, actor: actor, kind: .created, toStatus: TicketStatus.new.rawValue,
                      body: reason)
        case .statusChanged(let from, let to, let comment):
            self.init(ticketID: ticketID, at: at, actor: actor, kind: .status, fromStatus: from?.rawValue,
                      toStatus: to.rawValue, body: comment)
        case .reply(let body):
            self.init(ticketID: ticketID, at: at, actor: actor, kind: .reply, body: body)
        case .internalNote(let body, let audience):
            self.init(ticketID: ticketID, at: at, actor: actor, kind: .internalNote, body: body, audience: audience)
        case .transfer(let from, let to, let note):
            self.init(ticketID: ticketID, at: at, actor: actor, kind: .transfer, fromStatus: from, toStatus: to, body: note)
        case .teamChanged(let from, let to, let note):
            self.init(ticketID: ticketID, at: at, actor: actor, kind: .team, fromStatus: from, toStatus: to, body: note)
        case .attachment(let description, let audience):
            self.init(ticketID: ticketID, at: at, actor: actor, kind: .attachment, body: description, audience: audience)
        case .serviceLevel(let clock, let alert, let note):
            self.init(ticketID: ticketID, at: at, actor: actor, kind: .serviceLevel, fromStatus: clock.rawValue,
                      toStatus: alert.rawValue, body: note)
        }
    }

    /// The line as the core knows it; an unknown kind, status, clock or missing value is an error
    /// naming its column.
    func event() throws -> TicketEvent {
        func typed<Value: RawRepresentable>(_ raw: String?, _ column: String) throws -> Value where Value.RawValue == String {
            try StoredValueError.decode(required(raw, column), table: Self.schema, column: column)
        }
        func required(_ value: String?, _ column: String) throws -> String {
            guard let value else { throw StoredValueError(table: Self.schema, column: column, value: "NULL") }
            return value
        }
        let fact: TicketEvent.Fact = switch try typed(kind, "kind") as Kind {
        case .created: .created(routingReason: body ?? "")
        case .status: .statusChanged(from: try StoredValueError.decode(fromStatus, table: Self.schema, column: "from_status"),
                                     to: try typed(toStatus, "to_status"), comment: body)
        case .reply: .reply(body ?? "")
        case .internalNote: .internalNote(body ?? "", audience: try required(audience, "audience"))
        case .transfer: .transfer(fromParty: try required(fromStatus, "from_status"), toParty: try required(toStatus, "to_status"),
                                  note: body ?? "")
        case .team: .teamChanged(from: fromStatus, to: try required(toStatus, "to_status"), note: body ?? "")
        case .attachment: .attachment(description: body ?? "", audience: audience)
        case .serviceLevel: .serviceLevel(clock: try typed(fromStatus, "from_status"), alert: try typed(toStatus, "to_status"),
                                          note: body ?? "")
        }
        return TicketEvent(id: try requireID(), at: Instant(at), actor: actor, fact: fact)
    }
}
