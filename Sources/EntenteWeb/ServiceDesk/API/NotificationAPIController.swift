import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// `GET /api/v1/notifications`: the token's account's own in-app notifications, newest first (at
/// most 200), and how many are unread. Reading them through the API does not mark them read.
enum NotificationAPIController {
    struct Item: Encodable {
        /// Ids in lowercase, as everywhere in the API.
        var id: String
        var ticketID: String
        var ticketReference: String
        var ticketTitle: String
        var kind: String
        var actor: String
        var detail: String?
        var createdAt: Date
        var readAt: Date?

        enum CodingKeys: String, CodingKey {
            case id, kind, actor, detail
            case ticketID = "ticket_id", ticketReference = "ticket_reference", ticketTitle = "ticket_title"
            case createdAt = "created_at", readAt = "read_at"
        }
    }

    struct Listing: Encodable {
        var items: [Item]
        var unreadCount: Int

        enum CodingKeys: String, CodingKey {
            case items
            case unreadCount = "unread_count"
        }
    }

    @Sendable static func list(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let store = NotificationStore(database: request.db)
        let unreadOnly: Bool
        switch request.query[String.self, at: "unread"] {
        case nil, "false": unreadOnly = false
        case "true": unreadOnly = true
        default: throw APIError.badQuery(["unread": "true or false"])
        }
        let records = try await store.list(of: user.id).filter { !unreadOnly || $0.readAt == nil }
        return try APIJSON.response(Listing(
            items: records.map { record in
                Item(id: record.id.uuidString.lowercased(), ticketID: record.ticketID.uuidString.lowercased(), ticketReference: record.ticketReference,
                     ticketTitle: record.ticketTitle, kind: record.kind.rawValue, actor: record.actor, detail: record.detail,
                     createdAt: record.createdAt.date, readAt: record.readAt?.date)
            },
            unreadCount: try await store.unreadCount(of: user.id)))
    }
}
