import Fluent
import SQLKit

/// 026: loans and allocations of devices. At most one open loan per device, which the database
/// itself guarantees (a unique index on the loans not ended); the asset's history names the loan
/// its lines are about.
struct CreateAssetLoans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("asset_loans")
            .id()
            .field("asset_id", .uuid, .required, .references("assets", .id, onDelete: .cascade))
            .field("holder_kind", .string, .required)
            .field("holder_name", .string)
            .field("class_name", .string)
            .field("adult", .bool, .required)
            .field("cart_id", .uuid)
            .field("started_on", .string, .required)
            .field("expected_return_on", .string)
            .field("guardian_name", .string)
            .field("agreement_on", .string)
            .field("agreement_version", .string)
            .field("ended_on", .string)
            .field("ending", .string)
            .field("end_note", .string)
            .field("recorded_by", .string, .required)
            .create()
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema("asset_events").field("loan_id", .uuid).update()
        try await database.schema("asset_events").field("loan_ending", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE UNIQUE INDEX asset_loans_open ON asset_loans (asset_id) WHERE ended_on IS NULL").run()
        try await TableIndex("asset_loans_asset", on: "asset_loans", ["asset_id", "started_on"]).create(on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("asset_events").deleteField("loan_ending").update()
        try await database.schema("asset_events").deleteField("loan_id").update()
        try await database.schema("asset_loans").delete()
    }
}
