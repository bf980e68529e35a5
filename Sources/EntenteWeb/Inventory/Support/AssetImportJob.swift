import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// A large import applied in the background, one transaction per slice of rows: the user may leave
/// the page and come back to its progress. A failure or a stop leaves whole committed slices and
/// says how many rows they hold; importing the same file again writes the rest, the committed rows
/// being unchanged.
enum AssetImportJob {
    /// An import of more rows to write than a slice goes on in the background.
    static var batchSize: Int { AssetImportRun.sliceSize }

    static func start(_ reader: AssetFileReader, options: AssetImportOptions, uploadID: UUID, application: Application,
                      editable: Set<UAI>?, actor: String) {
        let database = application.db, logger = application.logger, environment = EntenteApp.environment(application)
        Task.detached {
            do {
                let report = try await AssetImportRun.run(reader, options: options, environment: environment, database: database,
                                                          actor: actor, editable: editable, writing: .eachSlice(job: uploadID))
                try await AssetImportStore(database: database).finishJob(
                    uploadID, created: report.applied?.created ?? 0, updated: report.applied?.updated ?? 0, at: Instant(environment.now()))
            } catch {
                logger.report(error: error)
                try? await AssetImportStore(database: database).failJob(uploadID, message: String(describing: error))
            }
        }
    }
}
