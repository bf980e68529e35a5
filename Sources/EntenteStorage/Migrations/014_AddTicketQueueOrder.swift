import EntenteCore
import Fluent
import FluentSQL
import SQLKit

/// 014: what lets a queue page read 50 rows instead of sorting a whole backlog, and a counter that
/// numbers tickets without reading the year's last reference.
///
/// - `is_open` says whether the status is an open one. "Every open status" is the queue's usual
///   filter; as an `IN` list of statuses it cannot walk an index in the queue's order, as one
///   column it can: the indexes below end with the queue's order (priority, then age).
/// - `resolved_at` alone gets an index: statistics find a month's resolutions by it.
/// - `ticket_counters` holds each year's last ticket number. Creating a ticket takes the next one
///   by an `UPDATE … RETURNING`, a write from its first statement: concurrent creations queue on
///   that row instead of reading the same last reference and colliding.
struct AddTicketQueueOrder: AsyncMigration {
    static let indexes: [TableIndex] = [
        .tickets("tickets_partner_open_queue", ["partner_code", "is_open", "priority_rank", "opened_at"]),
        .tickets("tickets_establishment_open_queue", ["establishment_uai", "is_open", "priority_rank", "opened_at"]),
        .tickets("tickets_convention_open_queue", ["convention_id", "is_open", "priority_rank", "opened_at"]),
        .tickets("tickets_open_queue", ["is_open", "priority_rank", "opened_at"]),
        // The monthly statistics look up the tickets resolved in a month by that instant alone.
        .tickets("tickets_resolved_at", ["resolved_at"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(TicketRecord.schema).field("is_open", .bool, .required, .sql(.default(true))).update()
        try await sql.update(TicketRecord.schema).set("is_open", to: false)
            .where("status", .in, TicketStatus.allCases.filter { !$0.isOpen }.map(\.rawValue)).run()
        for index in Self.indexes { try await index.create(on: sql) }
        try await database.schema(TicketCounter.schema)
            .field("year", .int, .identifier(auto: false))
            .field("last", .int, .required)
            .create()
        // Existing tickets keep their numbers: each year's counter starts at its highest reference.
        var highest: [Int: Int] = [:]
        for row in try await sql.select().column("reference").from(TicketRecord.schema)
            .where("reference", .like, "T-%").all() {
            let parts = try row.decode(column: "reference", as: String.self).split(separator: "-")
            guard parts.count == 3, let year = Int(parts[1]), let number = Int(parts[2]) else { continue }
            highest[year] = max(highest[year] ?? 0, number)
        }
        for (year, last) in highest {
            try await sql.insert(into: TicketCounter.schema).columns("year", "last").values(SQLBind(year), SQLBind(last)).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(TicketCounter.schema).delete()
        for index in Self.indexes { try await index.drop(on: sql) }
        try await database.schema(TicketRecord.schema).deleteField("is_open").update()
    }
}

/// The table of yearly ticket counters (see `AddTicketQueueOrder`).
enum TicketCounter {
    static let schema = "ticket_counters"
}
