import Fluent
import SQLKit

/// 017: in-app notifications. The index leads with the recipient and `read_at`, so that the unread
/// count every signed-in page shows (`read_at IS NULL`) and the list, newest first, read the index
/// alone. Rows go with their account and their ticket.
struct CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NotificationRecord.schema)
            .id()
            .field("recipient_id", .uuid, .required, .references(UserRecord.schema, .id, onDelete: .cascade))
            .field("ticket_id", .uuid, .required, .references(TicketRecord.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("ticket_reference", .string, .required)
            .field("ticket_title", .string, .required)
            .field("actor", .string, .required)
            .field("detail", .string)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "notifications_recipient_unread").on(NotificationRecord.schema)
            .column("recipient_id").column("read_at").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NotificationRecord.schema).delete()
    }
}
