import Fluent

/// 022: secrets shared by the server instances (the CSRF cookie key of anonymous forms).
struct CreateServerKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ServerKeyRecord.schema)
            .id()
            .field("name", .string, .required)
            .field("value", .string, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ServerKeyRecord.schema).delete()
    }
}
