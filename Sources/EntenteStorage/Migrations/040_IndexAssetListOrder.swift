import Fluent
import SQLKit

/// 040: the inventory list's order (establishment, then inventory number) read from indexes, with and without
/// a status: a page deep in a territory's list walks the index to its rows instead of sorting them all.
struct IndexAssetListOrder: AsyncMigration {
    static let indexes = [TableIndex("assets_list_order", on: "assets", ["establishment_uai", "inventory_number"]),
                          TableIndex("assets_status_list_order", on: "assets", ["status", "establishment_uai", "inventory_number"])]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await index.create(on: sql) }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await index.drop(on: sql) }
    }
}
