import Fluent

/// 007: the history of each ticket.
struct CreateTicketEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TicketEventRecord.schema)
            .id()
            .field("ticket_id", .uuid, .required, .references(TicketRecord.schema, .id, onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("actor", .string, .required)
            .field("kind", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string)
            .field("body", .string)
            .field("audience", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TicketEventRecord.schema).delete()
    }
}
