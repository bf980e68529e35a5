import EntenteCore
import Fluent
import Foundation

/// One in-app notification (`notifications`): what happened to which ticket, for whom, and whether
/// they have read it. The text is not stored: the kind and its parameters are rendered in the
/// reader's language.
final class NotificationRecord: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(key: .id) var id: UUID?
    @Field(key: "recipient_id") var recipientID: UUID
    @Field(key: "ticket_id") var ticketID: UUID
    @Field(key: "kind") var kind: String
    /// The ticket's reference and title when it happened, so that the list needs no join.
    @Field(key: "ticket_reference") var ticketReference: String
    @Field(key: "ticket_title") var ticketTitle: String
    /// Who did it (a display name).
    @Field(key: "actor") var actor: String
    /// What the kind needs besides: the new status, party or team, the score.
    @OptionalField(key: "detail") var detail: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?

    init() {}

    init(recipientID: UUID, ticketID: UUID, kind: NotificationKind, ticketReference: String, ticketTitle: String,
                actor: String, detail: String?, createdAt: Date) {
        self.id = UUID()
        self.recipientID = recipientID
        self.ticketID = ticketID
        self.kind = kind.rawValue
        self.ticketReference = ticketReference
        self.ticketTitle = ticketTitle
        self.actor = actor
        self.detail = detail
        self.createdAt = createdAt
        self.readAt = nil
    }

    func notification() throws -> TicketNotification {
        TicketNotification(id: try requireID(), ticketID: ticketID,
                           kind: try StoredValueError.decode(kind, table: Self.schema, column: "kind"),
                           ticketReference: ticketReference, ticketTitle: ticketTitle, actor: actor, detail: detail,
                           createdAt: Instant(createdAt), readAt: readAt.map(Instant.init))
    }
}
