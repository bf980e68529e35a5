import ArgumentParser
import EntenteCore
import EntenteFiles

struct ConventionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convention",
        abstract: "List, show, check and compare conventions.",
        subcommands: [List.self, Show.self, Check.self, Diff.self, Term.self])

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

    struct Term: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the dates of the convention's term, one per line: YYYY-MM-DD then what falls due.",
            discussion: """
                From the convention's dates: the opening of the renewal negotiation (its window before the end), the last day \
                a notice can be received for the convention to end at its term (the end less the notice), the end. With \
                --notice-received, the day a notice received that day ends the convention; with --withdrawal-notice, the day \
                a partner's withdrawal takes effect when it applies from the next school year (the first 1 September on or \
                after the end of the notice — Hauts-de-France, article 8: three months' notice).
                """)

        @Argument(help: "The convention (bundled id or file).") var convention: String
        @Option(help: "The day a notice to end the convention was received (YYYY-MM-DD).") var noticeReceived: String?
        @Option(help: "The day a partner's notice of withdrawal was received (YYYY-MM-DD).") var withdrawalNotice: String?
        @Option(help: "The notice period of a withdrawal in months, when the convention's own notice does not apply.") var withdrawalMonths: Int?

        func run() throws {
            let convention = try ConventionSource.resolve(self.convention)
            func day(_ text: String, _ option: String) throws -> CalendarDate {
                guard let day = CalendarDate(iso: text) else { throw CommandFailure("\(option) \(text) is not a date: write YYYY-MM-DD") }
                return day
            }
            let notice = convention.dates.notice.flatMap(CalendarMonths.init)
            var lines = ConventionTerm(convention).milestones.map { "\($0.1) \($0.0.rawValue)" }
            if let text = noticeReceived {
                guard let notice else { throw CommandFailure("\(convention.id) states no notice period in months") }
                lines.append("\(ConventionTerm.terminationEffective(noticeReceived: try day(text, "--notice-received"), notice: notice)) termination-effective")
            }
            if let text = withdrawalNotice {
                guard let months = withdrawalMonths.flatMap(CalendarMonths.init) ?? notice else {
                    throw CommandFailure("give --withdrawal-months: \(convention.id) states no notice period in months")
                }
                lines.append("\(ConventionTerm.withdrawalEffective(noticeReceived: try day(text, "--withdrawal-notice"), notice: months)) withdrawal-effective")
            }
            guard !lines.isEmpty else { throw CommandFailure("\(convention.id) has no end date and no notice was given") }
            lines.forEach { print($0) }
        }
    }
}
