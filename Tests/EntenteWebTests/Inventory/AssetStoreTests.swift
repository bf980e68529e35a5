import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import SQLKit
import Testing
@testable import EntenteWeb

/// The inventory's storage on the database under test (SQLite here, PostgreSQL in CI).
@Suite struct AssetStoreTests {
    static let now = Instant(secondsSinceEpoch: 1_796_000_000)

    /// The demo territory's first covered establishment and a component of its convention.
    static func place() throws -> (UAI, String, [UAI: Set<String>]) {
        let catalogues = AssetImportRules.catalogues(of: TestApp.territory.establishments, under: TestApp.territory.conventions)
        let (uai, components) = try #require(catalogues.sorted { $0.key < $1.key }.first)
        return (uai, try #require(components.sorted().first), catalogues)
    }

    static func rows(_ count: Int, uai: UAI, component: String, extra: [AssetField: String] = [:]) -> [AssetImportRow] {
        (1...count).map { number in
            AssetImportRow(line: number + 1, values: [
                .establishment: uai.value, .inventoryNumber: "INV-\(number)", .serialNumber: "SN-\(number)",
                .component: component, .funding: "collectivite", .zone: "pedagogique", .price: "499,00",
            ].merging(extra) { $1 })
        }
    }

    static func plan(_ rows: [AssetImportRow], _ store: AssetStore, catalogues: [UAI: Set<String>]) async throws -> AssetImportPlan {
        AssetImportPlan(rows: rows, existing: try await store.assets(speakingOf: rows),
                        rules: AssetImportRules(matchKey: .inventoryNumber, lifecycle: .standard, catalogues: catalogues,
                                                today: CalendarDate(year: 2026, month: 12, day: 5)!))
    }

    @Test func anImportWritesAssetsWithTheirHistoryAndTheSameFileAgainWritesNothing() async throws {
        try await TestApp.run { app in
            // setup
            let (uai, component, catalogues) = try Self.place()
            let store = AssetStore(database: app.db)
            let rows = Self.rows(3, uai: uai, component: component)
            // act
            let applied = try await store.apply(try await Self.plan(rows, store, catalogues: catalogues), importID: UUID(),
                                                actor: "dsi@cd35.fr", at: Self.now)
            let again = try await Self.plan(rows, store, catalogues: catalogues)
            // check
            #expect(applied.created == 3 && applied.updated == 0 && applied.byEstablishment.keys.sorted() == [uai])
            let (assets, total) = try await store.list(AssetFilter(establishment: uai))
            #expect(total == 3)
            #expect(assets.map(\.details.inventoryNumber) == ["INV-1", "INV-2", "INV-3"])
            #expect(assets.first?.details.price == Money(cents: 49_900))
            #expect(assets.first?.details.funding == .collectivite)
            #expect(assets.first?.status == "in-service")
            let history = try await store.history(of: try #require(assets.first).id)
            #expect(history.map(\.actor) == ["dsi@cd35.fr"])
            #expect(again.unchanged == 3 && again.writes.isEmpty)
        }
    }

    @Test func anUpdateRaisesTheVersionAndDatesTheStatusChange() async throws {
        try await TestApp.run { app in
            // setup
            let (uai, component, catalogues) = try Self.place()
            let store = AssetStore(database: app.db)
            try await store.apply(try await Self.plan(Self.rows(1, uai: uai, component: component), store, catalogues: catalogues),
                                  importID: UUID(), actor: "a", at: Self.now)
            // act
            let later = Self.now.adding(seconds: 3_600)
            let changed = Self.rows(1, uai: uai, component: component, extra: [.room: "B12", .status: "out-of-order"])
            let applied = try await store.apply(try await Self.plan(changed, store, catalogues: catalogues), importID: UUID(),
                                                actor: "b", at: later)
            // check
            let asset = try #require(try await store.list(AssetFilter(establishment: uai)).assets.first)
            #expect(applied.updated == 1)
            #expect(asset.version == 2)
            #expect(asset.details.room == "B12")
            #expect(asset.status == "out-of-order" && asset.statusSince == later)
            let facts = try await store.history(of: asset.id).map(\.fact)
            #expect(facts.count == 3)
            #expect(facts.contains(.statusChanged(from: "in-service", to: "out-of-order", note: nil)))
            #expect(facts.contains { if case .updated(let fields, _) = $0 { fields == [.room] } else { false } })
        }
    }

    @Test func aPlanOverAnAssetChangedMeanwhileWritesNothingAtAll() async throws {
        try await TestApp.run { app in
            // setup
            let (uai, component, catalogues) = try Self.place()
            let store = AssetStore(database: app.db)
            try await store.apply(try await Self.plan(Self.rows(1, uai: uai, component: component), store, catalogues: catalogues),
                                  importID: UUID(), actor: "a", at: Self.now)
            var rows = Self.rows(1, uai: uai, component: component, extra: [.room: "C3"])
            rows += [AssetImportRow(line: 3, values: rows[0].values.merging([.inventoryNumber: "INV-NEW", .serialNumber: "SN-NEW"]) { $1 })]
            let plan = try await Self.plan(rows, store, catalogues: catalogues)
            let stored = try #require(try await store.list(AssetFilter()).assets.first)
            _ = try await store.changeStatus(of: stored.id, to: "out-of-order", from: 1, note: "écran cassé", lifecycle: .standard,
                                             actor: "b", at: Self.now)
            // act, check
            await #expect(throws: AssetStore.Failure.stale(current: 2)) {
                try await store.apply(plan, importID: UUID(), actor: "a", at: Self.now)
            }
            #expect(try await store.list(AssetFilter()).total == 1, "the new asset of the same plan was not written")
        }
    }

    @Test func statusChangesFollowTheLifecycleAndTheVersion() async throws {
        try await TestApp.run { app in
            let (uai, component, catalogues) = try Self.place()
            let store = AssetStore(database: app.db)
            try await store.apply(try await Self.plan(Self.rows(1, uai: uai, component: component), store, catalogues: catalogues),
                                  importID: UUID(), actor: "a", at: Self.now)
            let asset = try #require(try await store.list(AssetFilter()).assets.first)
            await #expect(throws: AssetStore.Failure.transitionRefused(from: "in-service", to: "recycled")) {
                try await store.changeStatus(of: asset.id, to: "recycled", from: 1, note: nil, lifecycle: .standard, actor: "b", at: Self.now)
            }
            await #expect(throws: AssetStore.Failure.stale(current: 1)) {
                try await store.changeStatus(of: asset.id, to: "retired", from: 7, note: nil, lifecycle: .standard, actor: "b", at: Self.now)
            }
            let retired = try await store.changeStatus(of: asset.id, to: "retired", from: 1, note: "fin de vie", lifecycle: .standard,
                                                       actor: "b", at: Self.now)
            #expect(retired.status == "retired" && retired.version == 2)
        }
    }

    @Test func listsNarrowByTextZoneAndEstablishment() async throws {
        try await TestApp.run { app in
            let (uai, component, catalogues) = try Self.place()
            let store = AssetStore(database: app.db)
            var rows = Self.rows(4, uai: uai, component: component)
            rows[1].values[.zone] = "administratif"
            rows[2].values[.model] = "Latitude 3440"
            try await store.apply(try await Self.plan(rows, store, catalogues: catalogues), importID: UUID(), actor: "a", at: Self.now)
            #expect(try await store.list(AssetFilter(text: "latitude")).assets.map(\.details.inventoryNumber) == ["INV-3"])
            #expect(try await store.list(AssetFilter(text: "sn-4")).total == 1)
            #expect(try await store.list(AssetFilter(zone: .administratif)).assets.map(\.details.inventoryNumber) == ["INV-2"])
            #expect(try await store.list(AssetFilter(establishments: [])).total == 0)
            #expect(try await store.list(AssetFilter(), offset: 2, limit: 1).assets.map(\.details.inventoryNumber) == ["INV-3"])
            // The count stops one past its limit ("more than 2"); the page is read all the same; nil counts all.
            let capped = try await store.list(AssetFilter(), offset: 0, limit: 50, countLimit: 2)
            #expect(capped.total == 3 && capped.assets.count == 4)
            #expect(try await store.list(AssetFilter(), countLimit: nil).total == 4)
            #expect(try await store.list(AssetFilter(zone: .administratif), countLimit: 2).total == 1)
        }
    }

    @Test func anUnknownStoredValueIsAnErrorNamingItsColumn() async throws {
        try await TestApp.run { app in
            let (uai, component, catalogues) = try Self.place()
            let store = AssetStore(database: app.db)
            try await store.apply(try await Self.plan(Self.rows(1, uai: uai, component: component), store, catalogues: catalogues),
                                  importID: UUID(), actor: "a", at: Self.now)
            try await (app.db as! any SQLDatabase).raw("UPDATE assets SET zone = 'cuisine'").run()
            await #expect { try await store.list(AssetFilter()) } throws: { error in
                (error as? StoredValueError)?.description == "assets.zone holds 'cuisine', which is not a known value"
            }
        }
    }

    @Test func aStoppedServerLeavesItsRunningImportsInterruptedWithTheirCommittedRows() async throws {
        try await TestApp.run { app in
            let store = AssetImportStore(database: app.db)
            let account = try #require(try await AccountStore(database: app.db).account(email: "dsi@cd35.demo.entente.fr"))
            let id = try await store.save(fileName: "parc.csv", content: Data("UAI\n".utf8), matchKey: .inventoryNumber,
                                          onlyValidRows: false, accountID: account.id, at: Self.now)
            #expect(try await store.startJob(id, total: 10))
            #expect(try await store.startJob(id, total: 10) == false, "claimed once")
            try await store.advanceJob(id, by: 4)
            try await store.interruptRunningJobs()
            let upload = try #require(try await store.upload(id, of: account.id))
            #expect(upload.job?.state == .interrupted && upload.job?.done == 4 && upload.job?.total == 10)
            #expect(upload.applied == nil)
        }
    }

    /// The indicators add up each establishment's figures, kept for the day: a change to its devices or another
    /// day counts them again, and figures counted before a change are never kept after it.
    @Test func eachEstablishmentsFiguresAreKeptForTheDayUntilItsDevicesChange() async throws {
        try await TestApp.run { app in
            // setup: three devices, one bought reconditioned, one without a model
            let (uai, component, catalogues) = try Self.place()
            let store = AssetStore(database: app.db)
            var rows = Self.rows(3, uai: uai, component: component, extra: [.acquiredOn: "2025-01-10", .model: "X1"])
            rows[0].values[.condition] = "reconditionné"
            rows[2].values[.model] = nil
            let importID = UUID()
            let applied = try await store.apply(try await Self.plan(rows, store, catalogues: catalogues), importID: importID, actor: "dsi",
                                                at: Self.now)
            try await store.record(applied, importID: importID, actor: "dsi", at: Self.now)
            let day = try #require(CalendarDate(year: 2026, month: 12, day: 5))
            // act
            func indicators(on day: CalendarDate) async throws -> InventoryIndicators {
                try await store.indicatorsByEstablishment([uai], on: day, lifecycle: .standard)[uai] ?? InventoryIndicators()
            }
            let first = try await indicators(on: day)
            let kept = try #require(try await AssetSummary.read([uai], on: app.db as! any SQLDatabase).first)
            let device = try #require(try await store.list(AssetFilter(establishment: uai)).assets.first)
            _ = try await store.changeStatus(of: device.id, to: "out-of-order", from: device.version, note: nil, lifecycle: .standard,
                                             actor: "dsi", at: Self.now)
            let cleared = try #require(try await AssetSummary.read([uai], on: app.db as! any SQLDatabase).first)
            // figures counted before the change, stored after it, are not kept
            try await kept.store(first, on: day, on: app.db as! any SQLDatabase)
            let after = try await indicators(on: day)
            let nextYear = try await indicators(on: try #require(CalendarDate(year: 2027, month: 1, day: 10)))
            // check
            #expect(first.byStanding == [.inService: 3] && first.reconditioned == 1 && first.reconditionedPercent == 33)
            #expect(first.deployedByModel == [component: ["X1": 2, nil: 1]])
            #expect(first.byAge == [.underTwo: 3])
            #expect(kept.asOf == "2026-12-05" && kept.figures != nil)
            #expect(cleared.figures == nil && cleared.generation == kept.generation + 1)
            #expect(after.byStanding == [.inService: 2, .unavailable: 1], "the change is counted")
            #expect(after.inServiceByComponent == [component: 2])
            #expect(nextYear.byAge == [.twoToFour: 3], "another day counts the ages again")
        }
    }

    /// An establishment's stored figures read back as they were counted, whatever its models are called.
    @Test func storedFiguresReadBackAsTheyWereCounted() throws {
        let figures = InventoryIndicators(
            byStanding: [.inService: 12, .unavailable: 1, .stock: 3], inServiceByComponent: ["tablettes": 10, "videoprojecteurs": 2],
            byAge: [.underTwo: 5, .unknown: 8], warrantiesEndingSoon: 2, ownFunds: 1, reconditioned: 4,
            deployedByModel: ["tablettes": ["iPad 9": 6, "Tab\tS6 %20\r\nLite": 4, nil: 1], "videoprojecteurs": [nil: 2]],
            retiredByYear: [2025: ["recycled": 3, "second-life": 1], 2026: ["lost": 1]])
        let text = AssetSummary.text(of: figures)
        #expect(AssetSummary.indicators(from: text) == figures)
        #expect(text.split(separator: "\n").count == 17, "one line per figure")
        #expect(AssetSummary.indicators(from: "") == InventoryIndicators())
        #expect(AssetSummary.indicators(from: "standing\tbroken\t3") == nil, "a standing no version writes")
        #expect(AssetSummary.indicators(from: "{\"standing\":{}}") == nil)
    }

    /// The background refresh counts the figures of the day for every establishment with devices.
    @Test func theRefreshCountsEveryOutOfDateEstablishment() async throws {
        try await TestApp.run { app in
            // setup: three devices imported, their establishment's figures out of date
            let (uai, component, catalogues) = try Self.place()
            let store = AssetStore(database: app.db)
            let importID = UUID()
            let applied = try await store.apply(try await Self.plan(Self.rows(3, uai: uai, component: component), store, catalogues: catalogues),
                                                importID: importID, actor: "dsi", at: Self.now)
            try await store.record(applied, importID: importID, actor: "dsi", at: Self.now)
            let sql = try #require(app.db as? any SQLDatabase)
            let before = try await AssetSummary.read(nil, on: sql)
            // act
            try await InventoryFiguresRefresh.run(app)
            // check
            let after = try await AssetSummary.read(nil, on: sql)
            let today = EntenteApp.environment(app).today
            #expect(before.contains { $0.establishment == uai.value && $0.figures == nil })
            #expect(!after.isEmpty && after.allSatisfy { $0.asOf == today.description && $0.figures != nil })
            #expect(try after.first { $0.establishment == uai.value }?.indicators(on: today)?.byStanding == [.inService: 3])
        }
    }
}
