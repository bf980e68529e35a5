import Fluent
import SQLKit

/// 011: the indexes of the queues and histories. `CREATE INDEX` reads the same in SQLite and
/// PostgreSQL, so one statement serves both.
struct IndexTickets: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("tickets_partner_queue", "tickets", ["partner_code", "status", "priority_rank", "opened_at"]),
        ("tickets_establishment", "tickets", ["establishment_uai", "status"]),
        ("tickets_convention", "tickets", ["convention_id", "status"]),
        ("tickets_opened", "tickets", ["opened_at"]),
        // The monthly statistics look tickets up by when they were picked up, resolved and rated.
        ("tickets_picked_up", "tickets", ["picked_up_at"]),
        ("tickets_resolved", "tickets", ["status", "resolved_at", "opened_at"]),
        ("tickets_status_opened", "tickets", ["status", "opened_at"]),
        ("ticket_ratings_at", "ticket_ratings", ["at"]),
        ("ticket_events_ticket", "ticket_events", ["ticket_id", "at"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            let builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { _ = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.drop(index: index.name).run()
        }
    }
}
