import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// Counts again, in the background, the figures of the establishments whose devices changed or whose
/// figures are of another day, so that the first reader of the indicators after midnight or after an
/// import is not the one who waits for a million devices to be counted (3 s at a million).
enum InventoryFiguresRefresh {
    /// Every ten minutes: a pass with nothing to count reads two thousand short rows.
    static let intervalSeconds = 600

    @Sendable static func run(_ application: Application) async throws {
        let environment = EntenteApp.environment(application)
        _ = try await AssetStore(database: application.db).indicatorsByEstablishment(nil, on: environment.today, lifecycle: .standard)
    }
}
