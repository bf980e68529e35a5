import EntenteCore
import Fluent
import Foundation
import SQLKit

extension AssetStore {
    /// The indicators of the assets of `establishments` (nil: all) on `day`, counted by the database
    /// in a few grouped queries whatever the size of the park; `pupils` comes from the directory.
    public func indicators(of establishments: Set<UAI>?, on day: CalendarDate, pupils: Int,
                           lifecycle: AssetLifecycle) async throws -> InventoryIndicators {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        var indicators = InventoryIndicators(pupils: pupils)
        let scope = establishments.map { Array($0.map(\.value)) }
        func narrowed(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
            if let scope { select.where("establishment_uai", .in, scope) }
            return select
        }
        func statuses(_ standings: Set<AssetStatus.Standing>) -> [String] {
            lifecycle.statuses.filter { standings.contains($0.standing) }.map(\.id)
        }
        let deployed = statuses([.inService, .unavailable])

        for row in try await narrowed(sql.select().column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AssetRecord.schema)).groupBy("status").all() {
            let status = try row.decode(column: "status", as: String.self)
            guard let standing = lifecycle.status(status)?.standing else {
                throw StoredValueError(table: AssetRecord.schema, column: "status", value: status)
            }
            if standing != .retired { indicators.byStanding[standing, default: 0] += try row.decode(column: "n", as: Int.self) }
        }
        for row in try await narrowed(sql.select().column("component_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AssetRecord.schema).where("status", .in, statuses([.inService]))).groupBy("component_id").all() {
            indicators.inServiceByComponent[try row.decode(column: "component_id", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        for row in try await narrowed(sql.select().column("acquired_on").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AssetRecord.schema).where("status", .in, deployed)).groupBy("acquired_on").all() {
            let text = try row.decode(column: "acquired_on", as: String?.self)
            let band = InventoryIndicators.AgeBand.of(acquiredOn: text.flatMap(CalendarDate.init(iso:)), on: day)
            indicators.byAge[band, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        let soon = CalendarDate(year: day.month > 6 ? day.year + 1 : day.year, month: (day.month + 5) % 12 + 1,
                                day: min(day.day, 28)) ?? day
        indicators.warrantiesEndingSoon = try await narrowed(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AssetRecord.schema).where("status", .in, deployed)
            .where("warranty_ends_on", .greaterThanOrEqual, day.description).where("warranty_ends_on", .lessThan, soon.description))
            .first()?.decode(column: "n", as: Int.self) ?? 0
        indicators.ownFunds = try await narrowed(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AssetRecord.schema).where("status", .in, deployed).where("funding", .equal, FundingOrigin.etablissement.rawValue))
            .first()?.decode(column: "n", as: Int.self) ?? 0
        // The last five years of retirements, a range of `status_since` each: no engine-specific date function.
        let retired = statuses([.retired])
        for year in (day.year - 4)...day.year {
            let start = Self.firstInstant(ofYear: year), end = Self.firstInstant(ofYear: year + 1)
            for row in try await narrowed(sql.select().column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(AssetRecord.schema).where("status", .in, retired)
                .where("status_since", .greaterThanOrEqual, SQLBind(start)).where("status_since", .lessThan, SQLBind(end)))
                .groupBy("status").all() {
                indicators.retiredByYear[year, default: [:]][try row.decode(column: "status", as: String.self)] = try row.decode(column: "n", as: Int.self)
            }
        }
        return indicators
    }

    /// Midnight of 1 January in Paris.
    static func firstInstant(ofYear year: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        return calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
    }
}
