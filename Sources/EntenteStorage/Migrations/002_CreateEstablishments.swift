import Fluent

/// 002: establishments, searched by name, commune or UAI.
struct CreateEstablishments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EstablishmentRecord.schema)
            .field("uai", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("search_text", .string, .required)
            .field("kind", .string, .required)
            .field("commune", .string, .required)
            .field("department_code", .string, .required)
            .field("academy", .string, .required)
            .field("collectivity_code", .string)
            .field("pupils", .string, .required)
            .field("is_demo", .bool, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EstablishmentRecord.schema).delete()
    }
}
