import Fluent

/// 030: the progress of an import applied in the background, batch by batch: how many of its rows
/// are committed, and whether it finished, failed or was interrupted (a stopped server).
struct AddAssetImportProgress: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema("asset_imports").field("job_state", .string).update()
        try await database.schema("asset_imports").field("job_total", .int).update()
        try await database.schema("asset_imports").field("job_done", .int).update()
        try await database.schema("asset_imports").field("job_message", .string).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["job_message", "job_done", "job_total", "job_state"] {
            try await database.schema("asset_imports").deleteField(.string(field)).update()
        }
    }
}
