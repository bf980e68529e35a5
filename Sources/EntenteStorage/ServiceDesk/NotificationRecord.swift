import EntenteCore
import Fluent
import Foundation

/// One in-app notification (`notifications`): what happened to which ticket, for whom, and whether
/// they have read it. The text is not stored: the kind and its parameters are rendered in the
/// reader's language.
public final class NotificationRecord: Model, @unchecked Sendable {
    public static let schema = "notifications"

    @ID(key: .id) public var id: UUID?
    @Field(key: "recipient_id") public var recipientID: UUID
    @Field(key: "ticket_id") public var ticketID: UUID
    @Field(key: "kind") public var kind: String
    /// The ticket's reference and title when it happened, so that the list needs no join.
    @Field(key: "ticket_reference") public var ticketReference: String
    @Field(key: "ticket_title") public var ticketTitle: String
    /// Who did it (a display name).
    @Field(key: "actor") public var actor: String
    /// What the kind needs besides: the new status, party or team, the score.
    @OptionalField(key: "detail") public var detail: String?
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "read_at") public var readAt: Date?

    public init() {}

    public init(recipientID: UUID, ticketID: UUID, kind: NotificationKind, ticketReference: String, ticketTitle: String,
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

    public var notificationKind: NotificationKind? { NotificationKind(rawValue: kind) }
}
