import Fluent
import SQLKit

/// 025: the equipment inventory. Inventory numbers and serials are unique in the territory (an
/// absent serial is NULL, which neither engine counts as a duplicate); days are `YYYY-MM-DD` text,
/// which sorts and compares the same on both engines; a shared funding's shares are a JSON array.
/// An uploaded import file is kept (`asset_imports`) from its dry run to its confirmation, with the
/// mapping chosen and, once applied, what it wrote.
struct CreateAssets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assets")
            .id()
            .field("establishment_uai", .string, .required)
            .field("component_id", .string, .required)
            .field("model", .string)
            .field("inventory_number", .string, .required)
            .field("serial_number", .string)
            .field("zone", .string)
            .field("building", .string)
            .field("room", .string)
            .field("funding", .string, .required)
            .field("funding_purchase", .string)
            .field("funding_shares", .string)
            .field("acquired_on", .string)
            .field("price_cents", .int64)
            .field("warranty_ends_on", .string)
            .field("end_of_life_on", .string)
            .field("status", .string, .required)
            .field("status_since", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "inventory_number")
            .unique(on: "serial_number")
            .create()
        try await database.schema("asset_events")
            .id()
            .field("asset_id", .uuid, .required, .references("assets", .id, onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("actor", .string, .required)
            .field("kind", .string, .required)
            .field("status_from", .string)
            .field("status_to", .string)
            .field("fields", .string)
            .field("import_id", .uuid)
            .field("note", .string)
            .create()
        try await database.schema("asset_imports")
            .id()
            .field("account_id", .uuid, .required)
            .field("file_name", .string, .required)
            .field("content", .data, .required)
            .field("match_key", .string, .required)
            .field("only_valid", .bool, .required)
            .field("mapping", .string, .required)
            .field("created_at", .datetime, .required)
            .field("applied_at", .datetime)
            .field("created_count", .int)
            .field("updated_count", .int)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        for index in [TableIndex("assets_establishment", on: "assets", ["establishment_uai", "status"]),
                      TableIndex("asset_events_asset", on: "asset_events", ["asset_id", "at"])] {
            try await index.create(on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("asset_imports").delete()
        try await database.schema("asset_events").delete()
        try await database.schema("assets").delete()
    }
}
