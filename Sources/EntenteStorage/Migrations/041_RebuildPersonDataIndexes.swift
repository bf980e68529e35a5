import Fluent
import SQLKit

/// 041: migration 032 landed twice, first with plain indexes, then in the form it has now; a database that
/// ran the first form gets these five rebuilt as 032 now writes them (elsewhere they are rebuilt the same) — the
/// requester's address and the guardian's name skip the rows without one; a person's history lines,
/// attachments and ratings are read through the person with the time, in order, even where one actor (the
/// benchmark's, an import's) wrote nearly every line.
struct RebuildPersonDataIndexes: AsyncMigration {
    static let rebuilt = [
        TableIndex.tickets("tickets_requester_email", ["requester_email"], skipsNulls: true),
        TableIndex("ticket_events_actor", on: "ticket_events", ["actor", "at"]),
        TableIndex("ticket_attachments_uploaded_by", on: "ticket_attachments", ["uploaded_by", "uploaded_at"]),
        TableIndex("ticket_ratings_rated_by", on: "ticket_ratings", ["rated_by", "at"]),
        TableIndex("asset_loans_guardian_name", on: "asset_loans", ["guardian_name"], skipsNulls: true),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.rebuilt {
            try await index.drop(on: sql)
            try await index.create(on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let original = Dictionary(uniqueKeysWithValues: IndexPersonalData.indexes.map { ($0.name, $0) })
        for index in Self.rebuilt {
            try await index.drop(on: sql)
            if let before = original[index.name] { try await before.create(on: sql) }
        }
    }
}
