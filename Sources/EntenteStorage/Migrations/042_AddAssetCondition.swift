import Fluent

/// 042: whether a device was bought new or reconditioned (the indicators' "share reconditioned").
struct AddAssetCondition: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assets").field("acquired_condition", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assets").deleteField("acquired_condition").update()
    }
}
