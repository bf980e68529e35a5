import Fluent
import SQLKit

/// 027: batches of retired devices leaving the park, with the snapshot of their devices and the
/// collector's certificate (bytes in the database, like ticket attachments). A device leaves in one
/// batch at most, which a unique index guarantees.
struct CreateDisposalBatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("disposal_batches")
            .id()
            .field("establishment_uai", .string, .required)
            .field("destination", .string, .required)
            .field("recipient", .string, .required)
            .field("made_on", .string, .required)
            .field("made_by", .string, .required)
            .field("certificate_name", .string)
            .field("certificate_media_type", .string)
            .field("certificate_size", .int64)
            .field("certificate_content", .data)
            .create()
        try await database.schema("disposal_items")
            .id()
            .field("batch_id", .uuid, .required, .references("disposal_batches", .id, onDelete: .cascade))
            .field("asset_id", .uuid, .required)
            .field("inventory_number", .string, .required)
            .field("serial_number", .string)
            .field("component_id", .string, .required)
            .field("model", .string)
            .field("acquired_on", .string)
            .unique(on: "asset_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await TableIndex("disposal_batches_establishment", on: "disposal_batches", ["establishment_uai", "made_on"]).create(on: sql)
        try await TableIndex("disposal_items_batch", on: "disposal_items", ["batch_id"]).create(on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("disposal_items").delete()
        try await database.schema("disposal_batches").delete()
    }
}
