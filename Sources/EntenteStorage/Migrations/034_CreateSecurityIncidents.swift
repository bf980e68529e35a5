import Fluent
import SQLKit

/// 034: security incidents with their routing and qualification, and their timelines (observations,
/// actions, requisitions, remediation).
struct CreateSecurityIncidents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("security_incidents")
            .id()
            .field("number", .int, .required)
            .field("convention_id", .string, .required)
            .field("establishment_uai", .string)
            .field("reported_by", .string, .required)
            .field("reported_at", .datetime, .required)
            .field("zone", .string)
            .field("component_id", .string)
            .field("asset_reference", .string)
            .field("summary", .string, .required)
            .field("chain_id", .string, .required)
            .field("handler_code", .string, .required)
            .field("informed_codes", .string, .required)
            .field("category", .string)
            .field("severity", .string)
            .field("qualified_at", .datetime)
            .field("head_informed_at", .datetime)
            .field("closed_at", .datetime)
            .field("lessons", .string)
            .field("breach_id", .uuid)
            .unique(on: "number")
            .create()
        try await database.schema("incident_entries")
            .id()
            .field("incident_id", .uuid, .required, .references("security_incidents", .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("at", .datetime, .required)
            .field("author", .string, .required)
            .field("text", .string, .required)
            .field("party", .string)
            .field("due_on", .string)
            .field("completed_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await TableIndex("security_incidents_convention", on: "security_incidents", ["convention_id", "reported_at"]).create(on: sql)
        try await TableIndex("security_incidents_reported_by", on: "security_incidents", ["reported_by"]).create(on: sql)
        try await TableIndex("incident_entries_incident", on: "incident_entries", ["incident_id", "at"]).create(on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("incident_entries").delete()
        try await database.schema("security_incidents").delete()
    }
}
