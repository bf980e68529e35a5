import Fluent
import Foundation
import SQLKit

/// 024: each kind of history line in columns of its own, and no sentence written by Entente in them.
///
/// Until now `from_status`/`to_status` held party codes (transfers), team codes (team changes) or a
/// clock and `warning`/`breach` (service-level alerts), and `body` held a French sentence built by
/// storage ("Dérogation à la convention — …", "Escalade → Réseaux (N2) : …", "Délai dépassé — …",
/// "devis.pdf (application/pdf, 1234 octets)"). From now on:
/// - `from_status`/`to_status`: status changes only;
/// - transfers: `party_from`, `party_to`, `overrides_convention`, the reason typed by the agent in `body`;
/// - team changes: `team_from`, `team_to`, `movement` (`escalation`, `de-escalation`, `reassignment`),
///   the reason in `body`;
/// - service-level alerts: `clock`, `alert`, `due_at` (from `ticket_sla_alerts`), no `body`;
/// - attachments: `file_name`, `media_type`, `size`, no `body`.
/// The existing lines are moved: the sentences are read back by their known prefixes, the only
/// wording storage ever wrote. Values are literals here, as in every migration.
struct TypeTicketEvents: AsyncMigration {
    static let columns: [(String, DatabaseSchema.DataType)] = [
        ("party_from", .string), ("party_to", .string), ("overrides_convention", .bool),
        ("team_from", .string), ("team_to", .string), ("movement", .string),
        ("clock", .string), ("alert", .string), ("due_at", .datetime),
        ("file_name", .string), ("media_type", .string), ("size", .int),
    ]
    static let overridePrefix = "Dérogation à la convention — "
    static let movements = ["Escalade": "escalation", "Désescalade": "de-escalation", "Réaffectation": "reassignment"]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for (column, type) in Self.columns {
            try await database.schema("ticket_events").field(.string(column), type).update()
        }
        try await Self.moveLines(on: sql)
    }

    /// Moves the lines written in the old shape into their columns.
    static func moveLines(on sql: any SQLDatabase) async throws {
        for row in try await sql.select().columns("id", "kind", "from_status", "to_status", "body", "ticket_id", "at")
            .from("ticket_events").where("kind", .in, ["transfer", "team", "sla", "attachment"]).all() {
            let id = try row.decode(column: "id", as: UUID.self)
            let kind = try row.decode(column: "kind", as: String.self)
            let from = try row.decode(column: "from_status", as: String?.self)
            let to = try row.decode(column: "to_status", as: String?.self)
            let body = try row.decode(column: "body", as: String?.self) ?? ""
            let update = sql.update("ticket_events").set("from_status", to: SQLLiteral.null).set("to_status", to: SQLLiteral.null)
            switch kind {
            case "transfer":
                let overrides = body.hasPrefix(overridePrefix)
                update.set("party_from", to: from).set("party_to", to: to).set("overrides_convention", to: overrides)
                    .set("body", to: overrides ? String(body.dropFirst(overridePrefix.count)) : body)
            case "team":
                // "Escalade → Réseaux et Wi-Fi (N2) : the reason"
                let label = body.components(separatedBy: " → ").first ?? ""
                let reason = body.range(of: " : ").map { String(body[$0.upperBound...]) } ?? body
                update.set("team_from", to: from).set("team_to", to: to)
                    .set("movement", to: movements[label] ?? "reassignment").set("body", to: reason)
            case "sla":
                let dueAt = try await sql.select().column("due_at").from("ticket_sla_alerts")
                    .where("ticket_id", .equal, try row.decode(column: "ticket_id", as: UUID.self))
                    .where("clock", .equal, from).where("kind", .equal, to).first()?
                    .decode(column: "due_at", as: Date.self)
                let at = try row.decode(column: "at", as: Date.self)
                update.set("clock", to: from).set("alert", to: to).set("due_at", to: dueAt ?? at).set("body", to: SQLLiteral.null)
            default:
                // "devis.pdf (application/pdf, 1234 octets)"
                let open = body.range(of: " (", options: .backwards)
                let inside = open.map { body[$0.upperBound...].dropLast() } ?? ""
                let parts = inside.components(separatedBy: ", ")
                update.set("file_name", to: open.map { String(body[..<$0.lowerBound]) } ?? body)
                    .set("media_type", to: parts.first ?? "application/octet-stream")
                    .set("size", to: Int(parts.last?.components(separatedBy: " ").first ?? "") ?? 0)
                    .set("body", to: SQLLiteral.null)
            }
            try await update.where("id", .equal, id).run()
        }
    }

    /// Removes the columns only: the lines moved keep their new shape, their sentences are not rebuilt.
    func revert(on database: any Database) async throws {
        for (column, _) in Self.columns.reversed() {
            try await database.schema("ticket_events").deleteField(.string(column)).update()
        }
    }
}
