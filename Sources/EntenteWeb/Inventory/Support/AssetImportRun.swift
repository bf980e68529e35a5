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
    public var file: AssetFile
    public var plan: AssetImportPlan
    /// Rows refused while reading the file, then while planning, in line order.
    public var rejections: [AssetImportRejection]
    /// What was written; nil when nothing was (a dry run, or a refused row without `onlyValidRows`).
    public var applied: AssetStore.Applied?

    public var rejectedLines: Int { Set(rejections.map(\.line)).count }
    /// What was written, for callers that know no store.
    public var written: (created: Int, updated: Int)? { applied.map { ($0.created, $0.updated) } }
}

/// The file lacks a column its rows need: nothing is planned.
public struct AssetImportMissingColumns: Error, Sendable {
    public var fields: [AssetField]
}

/// One import, from a read file to a report: the same steps for the command line and the page.
enum AssetImportRun {
    /// `editable`: the establishments the importer may change (nil: all, the command line's case).
    static func run(_ file: AssetFile, options: AssetImportOptions, environment: EntenteApp.Environment,
                    database: any Database, actor: String, editable: Set<UAI>? = nil) async throws -> AssetImportReport {
        let missing = file.missingColumns(matchingBy: options.matchKey)
        guard missing.isEmpty else { throw AssetImportMissingColumns(fields: missing) }
        let now = Instant(environment.now())
        let rules = AssetImportRules(
            matchKey: options.matchKey, lifecycle: .standard,
            // The stored establishments, not only the bundled ones: a territory loads its own directory.
            catalogues: AssetImportRules.catalogues(of: try await TerritoryStore(database: database).establishments(matching: nil, limit: .max),
                                                    under: Array(environment.conventions.values)),
            today: environment.today, editable: editable)
        let store = AssetStore(database: database)
        let plan = AssetImportPlan(rows: file.rows, existing: try await store.assets(speakingOf: file.rows), rules: rules)
        let rejections = (file.malformedRows + plan.rejections).sorted { $0.line < $1.line }
        var report = AssetImportReport(importID: UUID(), file: file, plan: plan, rejections: rejections)
        if !options.dryRun, rejections.isEmpty || options.onlyValidRows {
            report.applied = try await store.apply(plan, importID: report.importID, actor: actor, at: now)
        }
        return report
    }
}

extension EntenteApp {
    /// `entente inventory import`: reads `data` and imports it as `actor` on the configured database.
    public static func importAssets(settings: ServerSettings, territory: DemoTerritory, data: Data, name: String,
                                    options: AssetImportOptions, actor: String) async throws -> AssetImportReport {
        let file = try AssetFile(data: data, name: name)
        return try await withConfiguredApplication(settings: settings, territory: territory) { app in
            try await AssetImportRun.run(file, options: options, environment: environment(app), database: app.db, actor: actor)
        }
    }

    /// The report's refused values in English, `LINE: field: problem — fix`, for the command line.
    public static func describe(_ rejection: AssetImportRejection) -> String {
        "line \(rejection.line): " + (rejection.field.map { "\($0.rawValue): " } ?? "") + rejection.problem.text(.en)
    }
}
