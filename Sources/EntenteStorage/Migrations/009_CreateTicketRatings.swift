import Fluent

/// 009: satisfaction ratings, one per ticket.
struct CreateTicketRatings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TicketRatingRecord.schema)
            .id()
            .field("ticket_id", .uuid, .required, .references(TicketRecord.schema, .id, onDelete: .cascade))
            .field("score", .int, .required)
            .field("comment", .string)
            .field("rated_by", .string, .required)
            .field("at", .datetime, .required)
            .unique(on: "ticket_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TicketRatingRecord.schema).delete()
    }
}
