import EntenteCore
import Foundation
import SQLKit

/// A row of `asset_summaries`: one establishment's inventory figures for a day, as JSON. Every
/// establishment with a device has one; `invalidate` clears it in the transaction that changes its
/// devices, and raises its generation, so that figures counted before that change are never stored
/// after it (`store` writes only over the generation it read).
struct AssetSummary: Sendable {
    static let table = "asset_summaries"

    var establishment: String
    var generation: Int
    /// The day the figures are for: age bands, the warranty window and the last five years move with it.
    var asOf: String?
    var figures: String?

    func indicators(on day: CalendarDate) throws -> InventoryIndicators? {
        guard asOf == day.description, let figures else { return nil }
        do {
            return try JSONDecoder().decode(Figures.self, from: Data(figures.utf8)).indicators
        } catch {
            throw StoredValueError(table: Self.table, column: "figures", value: establishment)
        }
    }

    /// Marks these establishments' figures out of date, creating their rows for a first device.
    static func invalidate(_ establishments: some Collection<String>, on database: any SQLDatabase) async throws {
        for batch in Array(Set(establishments)).sorted().chunked(AssetStore.batchSize) {
            let insert = database.insert(into: table).columns("establishment_uai", "generation")
            for uai in batch { insert.values(SQLBind(uai), SQLLiteral.numeric("1")) }
            try await insert.onConflict(with: ["establishment_uai"]) {
                $0.set("generation", to: SQLBinaryExpression(SQLColumn("generation", table: table), .add, SQLLiteral.numeric("1")))
                    .set("figures", to: SQLLiteral.null)
            }.run()
        }
    }

    /// The rows of these establishments (nil: all).
    static func read(_ establishments: Set<UAI>?, on database: any SQLDatabase) async throws -> [AssetSummary] {
        func select() -> SQLSelectBuilder {
            database.select().columns("establishment_uai", "generation", "as_of", "figures").from(table)
        }
        let queries = establishments.map { Array($0.map(\.value)).chunked(AssetStore.batchSize).map { select().where("establishment_uai", .in, Array($0)) } }
            ?? [select()]
        var summaries: [AssetSummary] = []
        for query in queries {
            for row in try await query.all() {
                summaries.append(AssetSummary(establishment: try row.decode(column: "establishment_uai", as: String.self),
                                              generation: try row.decode(column: "generation", as: Int.self),
                                              asOf: try row.decode(column: "as_of", as: String?.self),
                                              figures: try row.decode(column: "figures", as: String?.self)))
            }
        }
        return summaries
    }

    /// Keeps the figures counted for `day`, unless the establishment's devices changed since the row was read.
    func store(_ indicators: InventoryIndicators, on day: CalendarDate, on database: any SQLDatabase) async throws {
        // Encoding plain dictionaries and arrays cannot fail.
        let text = String(decoding: try! JSONEncoder().encode(Figures(indicators)), as: UTF8.self)
        try await database.update(Self.table).set("as_of", to: day.description).set("figures", to: text)
            .where("establishment_uai", .equal, establishment).where("generation", .equal, generation).run()
    }

    /// The figures as stored: string keys, a model list (a dictionary cannot key on an absent model).
    private struct Figures: Codable {
        struct Model: Codable {
            var component: String
            var model: String?
            var count: Int
        }

        var standing: [String: Int]
        var inService: [String: Int]
        var age: [String: Int]
        var warrantiesEnding: Int
        var ownFunds: Int
        var reconditioned: Int
        var models: [Model]
        var retired: [String: [String: Int]]

        init(_ indicators: InventoryIndicators) {
            standing = Dictionary(uniqueKeysWithValues: indicators.byStanding.map { ($0.key.rawValue, $0.value) })
            inService = indicators.inServiceByComponent
            age = Dictionary(uniqueKeysWithValues: indicators.byAge.map { ($0.key.rawValue, $0.value) })
            warrantiesEnding = indicators.warrantiesEndingSoon
            ownFunds = indicators.ownFunds
            reconditioned = indicators.reconditioned
            models = indicators.deployedByModel.flatMap { component, models in
                models.map { Model(component: component, model: $0.key, count: $0.value) }
            }
            retired = Dictionary(uniqueKeysWithValues: indicators.retiredByYear.map { (String($0.key), $0.value) })
        }

        /// A key no version of Entente writes (the caller names the row).
        struct UnknownKey: Error {
            let key: String
        }

        var indicators: InventoryIndicators {
            get throws {
                var indicators = InventoryIndicators()
                for (key, count) in standing {
                    guard let standing = AssetStatus.Standing(rawValue: key) else { throw UnknownKey(key: key) }
                    indicators.byStanding[standing] = count
                }
                indicators.inServiceByComponent = inService
                for (key, count) in age {
                    guard let band = InventoryIndicators.AgeBand(rawValue: key) else { throw UnknownKey(key: key) }
                    indicators.byAge[band] = count
                }
                indicators.warrantiesEndingSoon = warrantiesEnding
                indicators.ownFunds = ownFunds
                indicators.reconditioned = reconditioned
                for model in models { indicators.deployedByModel[model.component, default: [:]][model.model] = model.count }
                for (year, counts) in retired {
                    guard let number = Int(year) else { throw UnknownKey(key: year) }
                    indicators.retiredByYear[number] = counts
                }
                return indicators
            }
        }
    }
}
