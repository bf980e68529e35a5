import Fluent

/// 010: when each commitment was fulfilled and whether in time, kept on the ticket so that
/// statistics and queues read columns instead of replaying every history.
struct AddTicketClockOutcomes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(TicketRecord.schema).field("picked_up_at", .datetime).update()
        try await database.schema(TicketRecord.schema).field("pickup_outcome", .string).update()
        try await database.schema(TicketRecord.schema).field("restoration_outcome", .string).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["picked_up_at", "pickup_outcome", "restoration_outcome"] {
            try await database.schema(TicketRecord.schema).deleteField(.string(field)).update()
        }
    }
}
