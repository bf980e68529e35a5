import ArgumentParser
import EntenteCore
import EntenteFiles

struct ConventionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convention",
        abstract: "List, show, check and compare conventions.",
        subcommands: [List.self, Show.self, Check.self, Diff.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the bundled conventions.")

        func run() throws {
            for convention in try ConventionSource.territory().conventions {
                let end = convention.dates.end.map { " → \($0)" } ?? ""
                print("\(convention.id)\t\(convention.dates.effective)\(end)\t\(convention.title)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a convention's responsibility matrix as a table.")

        @Argument(help: "A bundled convention id or a file path, optionally followed by @VERSION.")
        var convention: String

        func run() throws {
            print(MatrixTable(convention: try ConventionSource.resolve(convention)).render())
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a convention file; print each error as FILE:LINE and exit 1 if there is any.")

        @Argument(help: "The convention files to check.")
        var files: [String]

        func run() throws {
            let partners = Set(try ConventionSource.territory().partners.map(\.code))
            var failed = false
            for file in files {
                do {
                    let convention = try ConventionFile.read(try DemoTerritory.readFile(at: file), file: file,
                                                             knownPartners: partners)
                    let cells = convention.components.reduce(0) { $0 + $1.component.cells.count }
                    print("\(file): ok — \(convention.components.count) components, \(cells) cells")
                } catch {
                    failed = true
                    print(error.description)
                }
            }
            if failed { throw ExitCode(1) }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two conventions, or two versions of one (ID@VERSION), cell by cell.")

        @Argument(help: "The earlier convention: id, file, optionally @VERSION.") var old: String
        @Argument(help: "The later convention: id, file, optionally @VERSION.") var new: String

        func run() throws {
            let diff = ConventionDiff(from: try ConventionSource.resolve(old), to: try ConventionSource.resolve(new))
            if diff.isEmpty { print("no difference") }
            diff.changes.forEach { print($0) }
        }
    }
}
