import Fluent
import SQLKit

/// 018: the month's starting backlog counts a partner's (or a territory's) tickets resolved since the
/// month began; with the scope first and the resolution instant next, the index answers the count
/// alone instead of reading every resolved ticket of the scope.
struct IndexTicketResolutions: AsyncMigration {
    static let indexes: [TableIndex] = [
        .tickets("tickets_partner_resolutions", ["partner_code", "resolved_at", "status", "opened_at"]),
        .tickets("tickets_convention_resolutions", ["convention_id", "resolved_at", "status", "opened_at"]),
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
