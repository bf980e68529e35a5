import Fluent

/// 035: the reminders sent about breaches' deadlines, once per deadline and stage.
struct CreateBreachReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("breach_reminders")
            .id()
            .field("breach_id", .uuid, .required, .references("breaches", .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("due_at", .datetime, .required)
            .field("stage", .string, .required)
            .field("sent_at", .datetime, .required)
            .unique(on: "breach_id", "kind", "due_at", "stage")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("breach_reminders").delete()
    }
}
