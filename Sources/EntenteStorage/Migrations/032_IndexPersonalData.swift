import Fluent
import SQLKit

/// 032: indexes on every column that names a person, so that one person's data is found without reading
/// the million tickets and assets (export and erasure on request), and the log of retention purges.
struct IndexPersonalData: AsyncMigration {
    static let indexes = [
        TableIndex.tickets("tickets_requester_email", ["requester_email"], skipsNulls: true),
        TableIndex.tickets("tickets_requester_name", ["requester_name"]),
        TableIndex.tickets("tickets_filed_by", ["filed_by"]),
        // With the time, read in order: a person's lines are found through the index even where the
        // planner's statistics say one actor (the benchmark's, an import's) wrote nearly every line.
        TableIndex("ticket_events_actor", on: "ticket_events", ["actor", "at"]),
        TableIndex("ticket_attachments_uploaded_by", on: "ticket_attachments", ["uploaded_by", "uploaded_at"]),
        TableIndex("ticket_ratings_rated_by", on: "ticket_ratings", ["rated_by", "at"]),
        TableIndex("asset_loans_holder_name", on: "asset_loans", ["holder_name"]),
        TableIndex("asset_loans_guardian_name", on: "asset_loans", ["guardian_name"], skipsNulls: true),
        TableIndex("asset_loans_ended_on", on: "asset_loans", ["ended_on"]),
        TableIndex("audit_log_actor", on: "audit_log", ["actor", "at"]),
        TableIndex("breaches_declared_by", on: "breaches", ["declared_by"]),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema("retention_purges")
            .id()
            .field("at", .datetime, .required)
            .field("rule", .string, .required)
            .field("cutoff", .string, .required)
            .field("count", .int, .required)
            .field("actor", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await index.create(on: sql) }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            for index in Self.indexes { try await sql.drop(index: index.name).run() }
        }
        try await database.schema("retention_purges").delete()
    }
}
