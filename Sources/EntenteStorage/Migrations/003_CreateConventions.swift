import Fluent

/// 003: conventions, stored whole as validated JSON beside their listing fields.
struct CreateConventions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ConventionRecord.schema)
            .field("id", .string, .identifier(auto: false))
            .field("title", .string, .required)
            .field("territory", .string, .required)
            .field("effective", .string, .required)
            .field("end_date", .string)
            .field("document", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ConventionRecord.schema).delete()
    }
}
