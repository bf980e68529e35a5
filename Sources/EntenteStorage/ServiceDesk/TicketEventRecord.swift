import EntenteCore
import Fluent
import Foundation

/// One line of a ticket's history (`ticket_events`): its kind, and the columns of that kind
/// (`TypeTicketEvents`). `body` holds only what a person wrote: a reply, a note, a comment, a reason.
final class TicketEventRecord: Model, @unchecked Sendable {
    static let schema = "ticket_events"

    enum Kind: String, CaseIterable, Sendable {
        case created, status, reply
        case internalNote = "internal-note"
        case transfer, team, attachment
        case serviceLevel = "sla"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "ticket_id") var ticket: TicketRecord
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String
    @Field(key: "kind") var kind: String
    /// Status changes (and creation, to `new`).
    @OptionalField(key: "from_status") var fromStatus: String?
    @OptionalField(key: "to_status") var toStatus: String?
    @OptionalField(key: "body") var body: String?
    /// For internal notes and files: the partner (or establishment, "EPLE:UAI") whose members see it.
    @OptionalField(key: "audience") var audience: String?
    @OptionalField(key: "party_from") var partyFrom: String?
    @OptionalField(key: "party_to") var partyTo: String?
    @OptionalField(key: "overrides_convention") var overridesConvention: Bool?
    @OptionalField(key: "team_from") var teamFrom: String?
    @OptionalField(key: "team_to") var teamTo: String?
    @OptionalField(key: "movement") var movement: String?
    @OptionalField(key: "clock") var clock: String?
    @OptionalField(key: "alert") var alert: String?
    @OptionalField(key: "due_at") var dueAt: Date?
    @OptionalField(key: "file_name") var fileName: String?
    @OptionalField(key: "media_type") var mediaType: String?
    @OptionalField(key: "size") var size: Int?

    init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    var properties: [any AnyProperty] {
        [$id, $ticket, $at, $actor, $kind, $fromStatus, $toStatus, $body, $audience, $partyFrom, $partyTo,
         $overridesConvention, $teamFrom, $teamTo, $movement, $clock, $alert, $dueAt, $fileName, $mediaType, $size]
    }

    /// A row holding `fact` in the columns of its kind.
    init(ticketID: UUID, at: Date, actor: String, fact: TicketEvent.Fact) {
        self.$ticket.id = ticketID
        self.at = at
        self.actor = actor
        self.kind = Self.kind(of: fact).rawValue
        switch fact {
        case .created(let reason):
            toStatus = TicketStatus.new.rawValue
            body = reason
        case .statusChanged(let from, let to, let comment):
            fromStatus = from?.rawValue
            toStatus = to.rawValue
            body = comment
        case .reply(let text):
            body = text
        case .internalNote(let text, let audience):
            body = text
            self.audience = audience
        case .transfer(let from, let to, let reason, let overrides):
            partyFrom = from
            partyTo = to
            body = reason
            overridesConvention = overrides
        case .teamChanged(let from, let to, let movement, let reason):
            teamFrom = from
            teamTo = to
            self.movement = movement.rawValue
            body = reason
        case .attachment(let fileName, let mediaType, let size, let audience):
            self.fileName = fileName
            self.mediaType = mediaType
            self.size = size
            self.audience = audience
        case .serviceLevel(let clock, let alert, let dueAt):
            self.clock = clock.rawValue
            self.alert = alert.rawValue
            self.dueAt = dueAt.date
        }
    }

    static func kind(of fact: TicketEvent.Fact) -> Kind {
        switch fact {
        case .created: .created
        case .statusChanged: .status
        case .reply: .reply
        case .internalNote: .internalNote
        case .transfer: .transfer
        case .teamChanged: .team
        case .attachment: .attachment
        case .serviceLevel: .serviceLevel
        }
    }

    /// The line as the core knows it; an unknown kind, status, clock or a missing value is an error
    /// naming its column.
    func event() throws -> TicketEvent {
        func typed<Value: RawRepresentable>(_ raw: String?, _ column: String) throws -> Value where Value.RawValue == String {
            try StoredValueError.decode(required(raw, column), table: Self.schema, column: column)
        }
        func required<Value>(_ value: Value?, _ column: String) throws -> Value {
            guard let value else { throw StoredValueError(table: Self.schema, column: column, value: "NULL") }
            return value
        }
        let fact: TicketEvent.Fact = switch try typed(kind, "kind") as Kind {
        case .created: .created(routingReason: body ?? "")
        case .status: .statusChanged(from: try StoredValueError.decode(fromStatus, table: Self.schema, column: "from_status"),
                                     to: try typed(toStatus, "to_status"), comment: body)
        case .reply: .reply(body ?? "")
        case .internalNote: .internalNote(body ?? "", audience: try required(audience, "audience"))
        case .transfer: .transfer(fromParty: try required(partyFrom, "party_from"), toParty: try required(partyTo, "party_to"),
                                  reason: body ?? "", overridesConvention: overridesConvention ?? false)
        case .team: .teamChanged(from: teamFrom, to: try required(teamTo, "team_to"), movement: try typed(movement, "movement"),
                                 reason: body ?? "")
        case .attachment: .attachment(fileName: try required(fileName, "file_name"), mediaType: mediaType ?? "",
                                      size: size ?? 0, audience: audience)
        case .serviceLevel: .serviceLevel(clock: try typed(clock, "clock"), alert: try typed(alert, "alert"),
                                          dueAt: Instant(try required(dueAt, "due_at")))
        }
        return TicketEvent(id: try requireID(), at: Instant(at), actor: actor, fact: fact)
    }
}
