import Fluent
import SQLKit

/// 016: the service levels a queue filters and sorts by, and the record of warnings and breaches.
///
/// - `pickup_due_at`, `restoration_due_at`: the deadline of each clock still running (nil: no
///   figure, stopped, or paused while the ticket waits); `sla_due_at` is the soonest of them and
///   `sla_warn_at` the soonest instant from which one is at risk (`ServiceLevelDue`). Computed by
///   the core from the convention and the calendar, written with every change of the ticket.
/// - `sla_watch_at`: when the watcher should next look at the ticket (a warning or a breach to
///   record); nil when there is nothing left to record. Open tickets that exist before this
///   migration are marked to be looked at once: the watcher computes their instants.
/// - The indexes end with the due instant: a partner's open queue by deadline, every open ticket by
///   deadline (administrators, `sla=breached`), and the watcher's next look.
/// - `ticket_sla_alerts`: one row per ticket × clock × kind (`warning`, `breach`); the unique key is
///   what makes the watcher idempotent, even with two servers.
struct AddTicketDueDates: AsyncMigration {
    static let columns = ["pickup_due_at", "restoration_due_at", "sla_due_at", "sla_warn_at", "sla_watch_at"]
    static let indexes: [TableIndex] = [
        .tickets("tickets_partner_open_due", ["partner_code", "is_open", "sla_due_at"]),
        .tickets("tickets_open_due", ["is_open", "sla_due_at"]),
        .tickets("tickets_sla_watch", ["sla_watch_at"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for column in Self.columns {
            try await database.schema(TicketRecord.schema).field(.string(column), .datetime).update()
        }
        try await sql.update(TicketRecord.schema).set("sla_watch_at", to: SQLColumn("opened_at"))
            .where("is_open", .equal, true).run()
        for index in Self.indexes { try await index.create(on: sql) }
        try await database.schema(TicketSLAAlertRecord.schema)
            .id()
            .field("ticket_id", .uuid, .required, .references(TicketRecord.schema, .id, onDelete: .cascade))
            .field("clock", .string, .required)
            .field("kind", .string, .required)
            .field("due_at", .datetime, .required)
            .field("at", .datetime, .required)
            .unique(on: "ticket_id", "clock", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(TicketSLAAlertRecord.schema).delete()
        for index in Self.indexes { try await index.drop(on: sql) }
        for column in Self.columns {
            try await database.schema(TicketRecord.schema).deleteField(.string(column)).update()
        }
    }
}
