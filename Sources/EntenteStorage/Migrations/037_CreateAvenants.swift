import Fluent

/// 037: avenants on their way (proposed, in concertation, approved by each party, withdrawn), with the cells
/// they rewrite and the parties' approvals; numbered per convention.
struct CreateAvenants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("avenants")
            .id()
            .field("convention_id", .string, .required)
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("proposed_by", .string, .required)
            .field("proposed_at", .datetime, .required)
            .field("changes", .string, .required)
            .field("status", .string, .required)
            .field("approvals", .string, .required)
            .field("effective", .string)
            .unique(on: "convention_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("avenants").delete()
    }
}
