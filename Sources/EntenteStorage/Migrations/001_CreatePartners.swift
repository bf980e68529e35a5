import Fluent

/// 001: the partner registry.
struct CreatePartners: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PartnerRecord.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("website", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PartnerRecord.schema).delete()
    }
}
