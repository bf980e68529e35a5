import Fluent
import SQLKit

/// 021: sessions with an end, so that a periodic job can delete the ended ones (Fluent's own
/// `_fluent_sessions` has no date, and every anonymous visit added a row to it that nothing
/// removed). That table is dropped: its sessions end with it, and everyone signs in once more.
struct CreateWebSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WebSessionRecord.schema)
            .id()
            .field("key", .string, .required)
            .field("data", .json, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "key")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "web_sessions_expiry").on(WebSessionRecord.schema).column("expires_at").run()
        try await sql.drop(table: "_fluent_sessions").ifExists().run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WebSessionRecord.schema).delete()
    }
}
