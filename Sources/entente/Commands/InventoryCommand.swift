import ArgumentParser
import EntenteCore
import EntenteFiles
import EntenteWeb
import Foundation

/// `entente inventory import FILE`: the equipment inventory from a CSV file, dry run first.
struct InventoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "The equipment inventory of the establishments.",
        subcommands: [Import.self, QR.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import assets from a CSV file (';' or ',', UTF-8 or Windows-1252, French headers recognised).",
            discussion: """
                Prints what would be created, updated, left unchanged and refused (each refused value with its line, \
                column and how to fix it). Nothing is written without --apply; with --apply, one refused row stops the \
                whole import unless --only-valid is given. Importing the same file again changes nothing. An empty \
                cell leaves the stored value as it is.
                """)

        @Argument(help: "The CSV file.") var file: String
        @Option(help: "How rows find the asset they speak of: \(AssetMatchKey.allCases.map(\.rawValue).joined(separator: ", ")).")
        var match: String = AssetMatchKey.inventoryNumber.rawValue
        @Flag(help: "Write the import (without it: a dry run).") var apply = false
        @Flag(name: .customLong("only-valid"), help: "With --apply, write the valid rows even when others are refused.")
        var onlyValid = false
        @Option(help: "Who imports, kept in each asset's history.") var actor = "cli"
        @Option(name: .customLong("data-dir"),
                help: "Folder of the SQLite database (ENTENTE_DATA_DIR; DATABASE_URL for PostgreSQL).")
        var dataDirectory: String?

        func run() async throws {
            guard let key = AssetMatchKey(rawValue: match) else {
                throw CommandFailure("--match must be one of \(AssetMatchKey.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let (settings, territory) = try CommandContext.load(dataDirectory: dataDirectory)
            let report: AssetImportReport
            do {
                report = try await EntenteApp.importAssets(
                    settings: settings, territory: territory, file: URL(fileURLWithPath: file), name: file,
                    options: AssetImportOptions(matchKey: key, dryRun: !apply, onlyValidRows: onlyValid), actor: actor)
            } catch let error as FileIssues {
                throw CommandFailure("the file cannot be read.\n\(error.description)")
            } catch let error as AssetImportMissingColumns {
                throw CommandFailure("the file has no column for: \(error.fields.map(\.rawValue).joined(separator: ", ")); "
                    + "name its header as in `--help` or as the field (inventory-number, establishment…)")
            }
            let columns = zip(report.layout.headers, report.layout.mapping).map { "\($0) → \($1?.rawValue ?? "(left aside)")" }
            FileHandleOutput.standardError("\(file): \(report.layout.encoding.rawValue), separated by '\(report.layout.separator)'; "
                + "columns: \(columns.joined(separator: ", "))")
            for rejection in report.rejections { print(EntenteApp.describe(rejection)) }
            let summary = "\(report.created) to create, \(report.updated) to update, \(report.unchanged) unchanged, "
                + "\(report.rejectedLines) refused"
            if let applied = report.written {
                print("Imported: \(applied.created) created, \(applied.updated) updated (\(summary)).")
            } else if apply {
                throw CommandFailure("nothing written: \(summary). Fix the rows above, or add --only-valid to write the others.")
            } else {
                print("Dry run: \(summary). Nothing written; add --apply to import.")
            }
        }
    }

    struct QR: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "qr",
            abstract: "Print the QR code of a text (a device's intake link), one row of modules per line: 1 dark, 0 light.",
            discussion: "Byte mode, error correction level M, the smallest version from 1 to 10, the mask of lowest penalty unless --mask.")

        @Argument(help: "The text to encode.") var text: String
        @Option(help: "The mask pattern, 0 to 7.") var mask: Int?

        func run() throws {
            if let mask, !(0...7).contains(mask) { throw CommandFailure("--mask \(mask): give 0 to 7") }
            let code: QRCode
            do { code = try QRCode(text, mask: mask) } catch {
                guard case .tooLong(let bytes, let limit) = error else { throw error }
                throw CommandFailure("the text is \(bytes) bytes; a label's QR code holds \(limit) at most")
            }
            FileHandleOutput.standardError("version \(code.version), mask \(code.mask), \(code.size) × \(code.size)")
            for row in code.modules { print(String(row.map { $0 ? "1" : "0" })) }
        }
    }
}
