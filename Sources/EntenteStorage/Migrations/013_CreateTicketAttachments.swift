import Fluent
import SQLKit

/// 013: files attached to tickets. The bytes live in the database (`.data`: BLOB on SQLite, BYTEA on
/// PostgreSQL) rather than in a folder beside it: one engine-neutral schema, files written in the
/// same transaction as their history line, and a database backup that holds every file.
/// At 10 files of 10 MB at most per ticket, the volume stays within what both engines handle well.
struct CreateTicketAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TicketAttachmentRecord.schema)
            .id()
            .field("ticket_id", .uuid, .required, .references(TicketRecord.schema, .id, onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("media_type", .string, .required)
            .field("size", .int64, .required)
            .field("sha256", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .field("audience", .string)
            .field("content", .data, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "ticket_attachments_ticket").on(TicketAttachmentRecord.schema)
            .column("ticket_id").column("uploaded_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TicketAttachmentRecord.schema).delete()
    }
}
