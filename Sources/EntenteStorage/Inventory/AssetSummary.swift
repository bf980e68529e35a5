import EntenteCore
import Foundation
import SQLKit

/// A row of `asset_summaries`: one establishment's inventory figures for a day, as text. Every
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
        guard let indicators = Self.indicators(from: figures) else {
            throw StoredValueError(table: Self.table, column: "figures", value: establishment)
        }
        return indicators
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
        try await database.update(Self.table).set("as_of", to: day.description).set("figures", to: Self.text(of: indicators))
            .where("establishment_uai", .equal, establishment).where("generation", .equal, generation).run()
    }

    // MARK: Figures as text

    // One figure per line, its words separated by tabs: `standing in-service 412`, `model tablettes 30 iPad 9`
    // (the model last, absent when none was given), `retired 2025 recycled 12`. A territory's page reads two
    // thousand of them: split by hand, ten times faster than a JSON decoder of nested keyed containers.

    static func text(of indicators: InventoryIndicators) -> String {
        var lines: [String] = []
        func line(_ words: String...) { lines.append(words.map(escaped).joined(separator: "\t")) }
        for (standing, count) in indicators.byStanding { line("standing", standing.rawValue, String(count)) }
        for (component, count) in indicators.inServiceByComponent { line("in-service", component, String(count)) }
        for (band, count) in indicators.byAge { line("age", band.rawValue, String(count)) }
        line("warranties", String(indicators.warrantiesEndingSoon))
        line("own-funds", String(indicators.ownFunds))
        line("reconditioned", String(indicators.reconditioned))
        for (component, models) in indicators.deployedByModel {
            for (model, count) in models {
                if let model { line("model", component, String(count), model) } else { line("model", component, String(count)) }
            }
        }
        for (year, statuses) in indicators.retiredByYear {
            for (status, count) in statuses { line("retired", String(year), status, String(count)) }
        }
        return lines.sorted().joined(separator: "\n")
    }

    /// Nil for a text `text(of:)` does not write.
    static func indicators(from text: String) -> InventoryIndicators? {
        var indicators = InventoryIndicators()
        for line in text.split(separator: "\n") {
            let words = line.split(separator: "\t", omittingEmptySubsequences: false).map(unescaped)
            switch (words.first, words.count) {
            case ("standing", 3):
                guard let standing = AssetStatus.Standing(rawValue: words[1]), let count = Int(words[2]) else { return nil }
                indicators.byStanding[standing] = count
            case ("in-service", 3):
                guard let count = Int(words[2]) else { return nil }
                indicators.inServiceByComponent[words[1]] = count
            case ("age", 3):
                guard let band = InventoryIndicators.AgeBand(rawValue: words[1]), let count = Int(words[2]) else { return nil }
                indicators.byAge[band] = count
            case ("warranties", 2), ("own-funds", 2), ("reconditioned", 2):
                guard let count = Int(words[1]) else { return nil }
                switch words[0] {
                case "warranties": indicators.warrantiesEndingSoon = count
                case "own-funds": indicators.ownFunds = count
                default: indicators.reconditioned = count
                }
            case ("model", 3), ("model", 4):
                guard let count = Int(words[2]) else { return nil }
                indicators.deployedByModel[words[1], default: [:]][words.count == 4 ? words[3] : nil] = count
            case ("retired", 4):
                guard let year = Int(words[1]), let count = Int(words[3]) else { return nil }
                indicators.retiredByYear[year, default: [:]][words[2]] = count
            default:
                return nil
            }
        }
        return indicators
    }

    /// A word with its tabs, line breaks and percent signs escaped (`%09`, `%0A`, `%25`): a model may hold any.
    private static func escaped(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "%" || $0 == "\r" }) else { return word }
        return word.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
            .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    private static func unescaped(_ word: Substring) -> String {
        guard word.contains("%") else { return String(word) }
        return word.replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%25", with: "%")
    }
}
