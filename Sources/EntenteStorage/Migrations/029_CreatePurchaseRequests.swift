import Fluent
import SQLKit

/// 029: own-funds purchase requests and their decisions. Items are a JSON array of
/// `{component_id, model, quantity, unit_price_cents}`; references are unique.
struct CreatePurchaseRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("purchase_requests")
            .id()
            .field("reference", .string, .required)
            .field("establishment_uai", .string, .required)
            .field("zone", .string, .required)
            .field("items", .string, .required)
            .field("requested_by", .string, .required)
            .field("requested_on", .string, .required)
            .field("validating_party", .string, .required)
            .field("state", .string, .required)
            .field("decided_by", .string)
            .field("decided_on", .string)
            .field("decision_reason", .string)
            .field("received_on", .string)
            .unique(on: "reference")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await TableIndex("purchase_requests_establishment", on: "purchase_requests", ["establishment_uai", "requested_on"]).create(on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("purchase_requests").delete()
    }
}
