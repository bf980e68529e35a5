import ArgumentParser
import EntenteFiles
import EntenteWeb

/// `entente bench seed`: the data of the service desk benchmark (bench/service-desk.sh).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark data.",
        subcommands: [Seed.self, Inventory.self, DataProtection.self])

    struct Seed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add benchmark establishments (flagged demo) and tickets to the configured database.")

        @Option(help: "Number of tickets.") var tickets = 100_000
        @Option(help: "Number of benchmark establishments.") var establishments = 500
        @Option(help: "The convention that routes them.") var convention = "ille-et-vilaine-2025"
        @Option(name: .customLong("data-dir"), help: "Folder of the SQLite database (ENTENTE_DATA_DIR; DATABASE_URL for PostgreSQL).")
        var dataDirectory: String?

        func run() async throws {
            guard tickets >= 0, (1...5000).contains(establishments) else {
                throw CommandFailure("--tickets must not be negative and --establishments between 1 and 5000")
            }
            let (settings, territory) = try CommandContext.load(dataDirectory: dataDirectory)
            let summary = try await EntenteApp.seedBenchmark(settings: settings, territory: territory, conventionID: convention,
                                                             tickets: tickets, establishments: establishments)
            print("seeded \(summary) (\(settings.databaseDescription))")
        }
    }

    struct Inventory: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add devices to the benchmark establishments up to --assets, then time the filtered list and the indicators.")

        @Option(help: "Devices in the inventory.") var assets = 1_000_000
        @Option(name: .customLong("data-dir"), help: "Folder of the SQLite database (ENTENTE_DATA_DIR; DATABASE_URL for PostgreSQL).")
        var dataDirectory: String?

        func run() async throws {
            guard (1...5_000_000).contains(assets) else { throw CommandFailure("--assets must be between 1 and 5,000,000") }
            let (settings, territory) = try CommandContext.load(dataDirectory: dataDirectory)
            print(try await EntenteApp.benchmarkInventory(settings: settings, territory: territory, assets: assets))
        }
    }

    struct DataProtection: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "data-protection",
            abstract: "Seed open breaches up to --breaches, then time the clock standing and one person's export.")

        @Option(help: "Open breaches (and as many rights requests).") var breaches = 10_000
        @Option(name: .customLong("data-dir"), help: "Folder of the SQLite database (ENTENTE_DATA_DIR; DATABASE_URL for PostgreSQL).")
        var dataDirectory: String?

        func run() async throws {
            guard (1...1_000_000).contains(breaches) else { throw CommandFailure("--breaches must be between 1 and 1,000,000") }
            let (settings, territory) = try CommandContext.load(dataDirectory: dataDirectory)
            print(try await EntenteApp.benchmarkDataProtection(settings: settings, territory: territory, breaches: breaches))
        }
    }
}
