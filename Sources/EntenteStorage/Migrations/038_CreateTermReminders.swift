import Fluent

/// 038: the reminders of a convention's term already sent (a milestone of a convention on its day), each once.
struct CreateTermReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("term_reminders")
            .id()
            .field("convention_id", .string, .required)
            .field("milestone", .string, .required)
            .field("day", .string, .required)
            .field("sent_at", .datetime, .required)
            .unique(on: "convention_id", "milestone", "day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("term_reminders").delete()
    }
}
