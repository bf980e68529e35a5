import EntenteCore
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// A large import applied in the background, one transaction per batch of rows: the user may
/// leave the page and come back to its progress. A failure or a stop leaves whole committed batches
/// and says how many rows they hold; importing the same file again writes the rest, the committed
/// rows being unchanged.
enum AssetImportJob {
    /// Rows per committed batch; a plan of no more is applied at once, in the request.
    static let batchSize = 2_000

    static func start(_ plan: AssetImportPlan, importID: UUID, uploadID: UUID, application: Application, actor: String,
                      now: @escaping @Sendable () -> Date) {
        let database = application.db, logger = application.logger
        Task.detached {
            var created = 0, updated = 0
            do {
                for batch in plan.batches(of: batchSize) {
                    let applied = try await database.transaction { database in
                        let applied = try await AssetStore(database: database).apply(batch, importID: importID, actor: actor, at: Instant(now()))
                        try await AssetImportStore(database: database).advanceJob(uploadID, by: batch.steps.count)
                        return applied
                    }
                    created += applied.created
                    updated += applied.updated
                }
                try await AssetImportStore(database: database).finishJob(uploadID, created: created, updated: updated, at: Instant(now()))
            } catch {
                logger.report(error: error)
                try? await AssetImportStore(database: database).failJob(uploadID, message: String(describing: error))
            }
        }
    }
}
