import EntenteFiles
import Foundation
import Vapor

extension EntenteApp {
    /// Fills the configured database with the benchmark territory (see `BenchmarkTerritory`).
    public static func seedBenchmark(settings: ServerSettings, territory: DemoTerritory, conventionID: String,
                                     tickets: Int, establishments: Int) async throws -> BenchmarkTerritory.Summary {
        guard let convention = territory.conventions.first(where: { $0.id == conventionID }) else {
            throw SettingsError("no bundled convention '\(conventionID)'")
        }
        return try await withConfiguredApplication(settings: settings, territory: territory) { app in
            try await BenchmarkTerritory.seed(on: app.db, convention: convention, tickets: tickets,
                                              establishments: establishments, now: Date())
        }
    }
}
