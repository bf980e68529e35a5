import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation

/// How an import is run, from the command line or the import page.
public struct AssetImportOptions: Sendable {
    public var matchKey: AssetMatchKey
    /// Only report what would be done.
    public var dryRun: Bool
    /// Write the valid rows even when others are refused; by default one refused row stops it all.
    public var onlyValidRows: Bool

    public init(matchKey: AssetMatchKey = .inventoryNumber, dryRun: Bool = true, onlyValidRows: Bool = false) {
        self.matchKey = matchKey
        self.dryRun = dryRun
        self.onlyValidRows = onlyValidRows
    }
}

/// What an import did, or would do.
public struct AssetImportReport: Sendable {
    public var importID: UUID
    public var layout: AssetFileLayout
    public var created = 0, updated = 0, unchanged = 0
    /// Rows refused while reading the file, then while planning, in line order.
    public var rejections: [AssetImportRejection] = []
    /// What was written; nil when nothing was (a dry run, or a refused row without `onlyValidRows`).
    public var applied: AssetStore.Applied?

    public var rejectedLines: Int { Set(rejections.map(\.line)).count }
    /// The rows that write something.
    public var writes: Int { created + updated }
    /// What was written, for callers that know no store.
    public var written: (created: Int, updated: Int)? { applied.map { ($0.created, $0.updated) } }
}

/// The file lacks a column its rows need: nothing is planned.
public struct AssetImportMissingColumns: Error, Sendable {
    public var fields: [AssetField]
}

/// One import, from a file to a report: the same steps for the command line, the page and the
/// background job. The file is read, planned and written a slice of rows at a time, so that the
/// memory it takes does not grow with the file.
enum AssetImportRun {
    /// Rows read, planned and written at a time.
    static let sliceSize = 2_000

    /// How the planned slices are written.
    enum Writing: Sendable {
        /// Not at all: a dry run.
        case nothing
        /// All in one transaction, undone whole when a row is refused (unless only the valid rows are
        /// wanted) or the file turns out truncated.
        case all
        /// Each slice in its own transaction, with the upload's job progress: a stop leaves whole slices.
        case eachSlice(job: UUID)
    }

    /// A refused row stopped a transaction: what was planned, nothing written.
    private struct Undone: Error {
        let report: AssetImportReport
    }

    /// `editable`: the establishments the importer may change (nil: all, the command line's case).
    static func run(_ reader: AssetFileReader, options: AssetImportOptions, environment: EntenteApp.Environment,
                    database: any Database, actor: String, editable: Set<UAI>? = nil, writing: Writing) async throws -> AssetImportReport {
        let missing = reader.layout.missingColumns(matchingBy: options.matchKey)
        guard missing.isEmpty else { throw AssetImportMissingColumns(fields: missing) }
        let now = Instant(environment.now())
        let rules = AssetImportRules(
            matchKey: options.matchKey, lifecycle: .standard,
            // The stored establishments, not only the bundled ones: a territory loads its own directory.
            catalogues: AssetImportRules.catalogues(of: try await TerritoryStore(database: database).establishments(matching: nil, limit: .max),
                                                    under: Array(environment.conventions.values)),
            today: environment.today, editable: editable)
        let start = AssetImportReport(importID: UUID(), layout: reader.layout)
        let importID = start.importID
        switch writing {
        case .nothing:
            return try await plan(reader, rules: rules, report: start, on: database) { _, _ in nil }
        case .all:
            do {
                return try await database.transaction { database in
                    var report = try await plan(reader, rules: rules, report: start, on: database) { plan, database in
                        try await AssetStore(database: database).apply(plan, importID: importID, actor: actor, at: now)
                    }
                    guard report.rejections.isEmpty || options.onlyValidRows else { throw Undone(report: report) }
                    let applied = report.applied ?? AssetStore.Applied()
                    try await AssetStore(database: database).record(applied, importID: importID, actor: actor, at: now)
                    report.applied = applied
                    return report
                }
            } catch let undone as Undone {
                var report = undone.report
                report.applied = nil
                return report
            }
        case .eachSlice(let job):
            return try await plan(reader, rules: rules, report: start, on: database) { plan, database in
                try await database.transaction { database in
                    let store = AssetStore(database: database)
                    let applied = try await store.apply(plan, importID: importID, actor: actor, at: now)
                    try await store.record(applied, importID: importID, actor: actor, at: now)
                    try await AssetImportStore(database: database).advanceJob(job, by: plan.writes.count)
                    return applied
                }
            }
        }
    }

    /// Reads, plans and hands each slice's plan to `write` (nil: nothing written), adding up the report.
    private static func plan(_ reader: AssetFileReader, rules: AssetImportRules, report start: AssetImportReport, on database: any Database,
                             write: (AssetImportPlan, any Database) async throws -> AssetStore.Applied?) async throws -> AssetImportReport {
        var report = start, planner = AssetImportPlanner(rules: rules)
        let store = AssetStore(database: database)
        while let slice = try reader.next(upTo: sliceSize) {
            let plan = planner.plan(slice.rows, existing: try await store.assets(speakingOf: slice.rows))
            report.created += plan.created
            report.updated += plan.updated
            report.unchanged += plan.unchanged
            report.rejections += slice.malformedRows + plan.rejections
            if let applied = try await write(plan, database) {
                report.applied = report.applied.map { $0 + applied } ?? applied
            }
        }
        report.rejections.sort { $0.line < $1.line }
        return report
    }
}

extension EntenteApp {
    /// `entente inventory import`: reads the file a slice at a time and imports it as `actor` on the configured
    /// database — in one transaction, so that a refused row or a truncated file leaves nothing written.
    public static func importAssets(settings: ServerSettings, territory: DemoTerritory, file: URL, name: String,
                                    options: AssetImportOptions, actor: String) async throws -> AssetImportReport {
        let reader = try AssetFileReader(url: file, name: name)
        return try await withConfiguredApplication(settings: settings, territory: territory) { app in
            try await AssetImportRun.run(reader, options: options, environment: environment(app), database: app.db, actor: actor,
                                         writing: options.dryRun ? .nothing : .all)
        }
    }

    /// The report's refused values in English, `LINE: field: problem — fix`, for the command line.
    public static func describe(_ rejection: AssetImportRejection) -> String {
        "line \(rejection.line): " + (rejection.field.map { "\($0.rawValue): " } ?? "") + rejection.problem.text(.en)
    }
}
