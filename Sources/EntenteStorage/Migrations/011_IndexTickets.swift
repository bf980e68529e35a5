import Fluent
import SQLKit

/// 011: the indexes of the queues and histories.
struct IndexTickets: AsyncMigration {
    static let indexes: [TableIndex] = [
        .tickets("tickets_partner_queue", ["partner_code", "status", "priority_rank", "opened_at"]),
        .tickets("tickets_establishment", ["establishment_uai", "status"]),
        .tickets("tickets_convention", ["convention_id", "status"]),
        .tickets("tickets_opened", ["opened_at"]),
        // The monthly statistics look tickets up by when they were picked up, resolved and rated.
        .tickets("tickets_picked_up", ["picked_up_at"]),
        .tickets("tickets_resolved", ["status", "resolved_at", "opened_at"]),
        .tickets("tickets_status_opened", ["status", "opened_at"]),
        TableIndex("ticket_ratings_at", on: "ticket_ratings", ["at"]),
        TableIndex("ticket_events_ticket", on: "ticket_events", ["ticket_id", "at"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await index.create(on: sql) }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await index.drop(on: sql) }
    }
}
