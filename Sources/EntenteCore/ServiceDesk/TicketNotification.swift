import Foundation

/// A line of a user's notifications: what happened to which ticket, by whom, and whether it was read.
public struct TicketNotification: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var ticketID: UUID
    public var kind: NotificationKind
    public var ticketReference: String
    public var ticketTitle: String
    public var actor: String
    /// The kind's detail: the new status, the new party or team, the score.
    public var detail: String?
    public var createdAt: Instant
    public var readAt: Instant?

    public init(id: UUID, ticketID: UUID, kind: NotificationKind, ticketReference: String, ticketTitle: String,
                actor: String, detail: String?, createdAt: Instant, readAt: Instant?) {
        self.id = id
        self.ticketID = ticketID
        self.kind = kind
        self.ticketReference = ticketReference
        self.ticketTitle = ticketTitle
        self.actor = actor
        self.detail = detail
        self.createdAt = createdAt
        self.readAt = readAt
    }
}
