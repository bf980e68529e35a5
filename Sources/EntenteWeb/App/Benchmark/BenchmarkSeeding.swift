import EntenteCore
import EntenteFiles
import Fluent
import Foundation
import SQLKit
import Vapor

extension EntenteApp {
    /// Fills the configured database with the benchmark territory (see `BenchmarkTerritory`).
    public static func seedBenchmark(settings: ServerSettings, territory: DemoTerritory, conventionID: String,
                                     tickets: Int, establishments: Int) async throws -> BenchmarkTerritory.Summary {
        guard let convention = territory.conventions.first(where: { $0.id == conventionID }) else {
            throw SettingsError("no bundled convention '\(conventionID)'")
        }
        return try await withConfiguredApplication(settings: settings, territory: territory) { app in
            let summary = try await BenchmarkTerritory.seed(on: app.db, convention: convention, tickets: tickets,
                                                            establishments: establishments, now: Date())
            // A year of tickets written at once: give PostgreSQL the visibility map and statistics that
            // autovacuum keeps on a live database (SQLite analyses at every start, `SQLiteTuning`).
            if let sql = app.db as? any SQLDatabase, sql.dialect.name == "postgresql" {
                try await sql.raw("VACUUM ANALYZE").run()
            }
            return summary
        }
    }
}
