import Fluent
import SQLKit

/// 043: each establishment's inventory figures for a day, kept so that a territory's indicators add up
/// two thousand rows instead of counting a million devices (docs/PERFORMANCE.md). Every establishment
/// with a device has a row; a write to its devices raises the generation and clears the figures.
struct CreateAssetSummaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("asset_summaries")
            .field("establishment_uai", .string, .identifier(auto: false))
            .field("generation", .int, .required)
            .field("as_of", .string)
            .field("figures", .string)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.insert(into: "asset_summaries").columns("establishment_uai", "generation")
            .select { $0.distinct().column("establishment_uai").column(SQLLiteral.numeric("1")).from("assets") }
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("asset_summaries").delete()
    }
}
