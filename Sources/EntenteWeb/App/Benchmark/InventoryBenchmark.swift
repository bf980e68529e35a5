import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import SQLKit
import Vapor

/// The inventory's storage at scale (`entente bench inventory`): ASSETS devices over the benchmark
/// establishments, then the filtered list and the territory indicators read again and again, timed
/// in the process (storage and SQL only; the page adds its rendering).
public enum InventoryBenchmark {
    public struct Figures: Sendable, CustomStringConvertible {
        public var seeded: Int
        public var seedSeconds: Double
        public var listMedian: Double, listP95: Double
        /// The first reading of a day: every establishment's figures counted.
        public var indicatorsFirst: Double
        public var indicatorsMedian: Double, indicatorsP95: Double
        /// Read again after a device of one establishment changed.
        public var indicatorsChangedMedian: Double, indicatorsChangedP95: Double
        /// Where a reading's time goes: the directory of establishments, the establishments' stored figures.
        public var directoryMedian: Double, figuresMedian: Double

        public var description: String {
            String(format: "seeded %d assets in %.1f s; filtered list (50 rows): median %.1f ms, p95 %.1f ms; "
                + "territory indicators: first of the day %.0f ms, then median %.1f ms, p95 %.1f ms; "
                + "after a device changed: median %.1f ms, p95 %.1f ms (of which the directory: median %.1f ms, the stored figures: "
                + "median %.1f ms)", seeded, seedSeconds, listMedian, listP95, indicatorsFirst, indicatorsMedian, indicatorsP95,
                indicatorsChangedMedian, indicatorsChangedP95, directoryMedian, figuresMedian)
        }
    }

    static func run(on database: any Database, environment: EntenteApp.Environment, assets count: Int,
                    establishments: [Establishment]) async throws -> Figures {
        let store = AssetStore(database: database)
        let components = ["stations-travail-pedagogiques", "tablettes", "videoprojecteurs", "bornes-wifi"]
        let statuses = ["in-service", "in-service", "in-service", "in-stock", "out-of-order", "retired"]
        let start = Date()
        var random = SplitMix64(seed: 10)
        let existing = try await store.list(AssetFilter(), limit: 0, countLimit: nil).total
        for base in stride(from: existing, to: count, by: 10_000) {
            let assets = (base..<min(base + 10_000, count)).map { number -> Asset in
                let establishment = establishments[number % establishments.count]
                let acquired = CalendarDate(year: 2019 + Int(random.next() % 7), month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!
                return Asset(id: UUID(), details: AssetDetails(
                    establishment: establishment.uai, componentID: components[number % components.count],
                    model: "Modèle \(number % 7)", inventoryNumber: "BENCH-\(number)", serialNumber: "SNB\(number)",
                    zone: .pedagogique, room: "B\(number % 40)", funding: number % 10 == 0 ? .etablissement(purchase: nil) : .collectivite,
                    acquiredOn: acquired, price: Money(cents: 50_000)),
                    status: statuses[number % statuses.count], statusSince: Instant(Date()), version: 1)
            }
            try await store.insert(assets, actor: "benchmark", at: Instant(Date()))
        }
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" { try await sql.raw("VACUUM ANALYZE").run() }
        let seedSeconds = Date().timeIntervalSince(start)
        // An agent's view: the territory's establishments, one status, a page of 50 among those the list offers.
        let scope = Set(establishments.map(\.uai))
        var page = 0
        let pages = AssetStore.listCountLimit / 50
        let list = try await BenchmarkTiming.milliseconds(200) {
            page = (page + 7) % pages
            _ = try await store.list(AssetFilter(establishments: scope, status: "in-service"), offset: page * 50, limit: 50)
        }
        // The indicators page's figures (directory, indicators, conformance), as a territory's agent reads them.
        func indicators() async throws {
            _ = try await InventoryIndicatorsController.document(of: scope, establishment: nil, environment: environment, database: database)
        }
        let indicatorsFirst = try await BenchmarkTiming.once { try await indicators() }
        let kept = try await BenchmarkTiming.milliseconds(20) { try await indicators() }
        let directory = try await BenchmarkTiming.milliseconds(20) {
            _ = try await TerritoryStore(database: database).establishments(matching: nil, limit: .max)
        }
        let stored = try await BenchmarkTiming.milliseconds(20) {
            _ = try await store.indicatorsByEstablishment(scope, on: environment.today, lifecycle: .standard)
        }
        // A device of one establishment moved between readings: its figures are counted again, the others' read.
        var changed: [Double] = []
        for device in try await store.list(AssetFilter(establishments: scope, status: "in-service"), limit: 20).assets {
            _ = try await store.changeStatus(of: device.id, to: "out-of-order", from: device.version, note: nil, lifecycle: .standard,
                                             actor: "benchmark", at: Instant(Date()))
            changed.append(try await BenchmarkTiming.once { try await indicators() })
        }
        return Figures(seeded: count, seedSeconds: seedSeconds, listMedian: BenchmarkTiming.median(list),
                       listP95: BenchmarkTiming.p95(list), indicatorsFirst: indicatorsFirst,
                       indicatorsMedian: BenchmarkTiming.median(kept), indicatorsP95: BenchmarkTiming.p95(kept),
                       indicatorsChangedMedian: BenchmarkTiming.median(changed.sorted()), indicatorsChangedP95: BenchmarkTiming.p95(changed.sorted()),
                       directoryMedian: BenchmarkTiming.median(directory), figuresMedian: BenchmarkTiming.median(stored))
    }
}

extension EntenteApp {
    /// `entente bench inventory`: the benchmark establishments (seeded by `bench seed`) and their devices.
    public static func benchmarkInventory(settings: ServerSettings, territory: DemoTerritory, assets: Int) async throws -> InventoryBenchmark.Figures {
        try await withConfiguredApplication(settings: settings, territory: territory) { app in
            let establishments = try await TerritoryStore(database: app.db).establishments(matching: nil, limit: .max).filter(\.isDemo)
            guard !establishments.isEmpty else { throw SettingsError("no benchmark establishment: run `entente bench seed` first") }
            return try await InventoryBenchmark.run(on: app.db, environment: EntenteApp.environment(app), assets: assets,
                                                    establishments: establishments)
        }
    }
}
