import EntenteCore
import Fluent
import Foundation
import SQLKit

extension AssetStore {
    /// Each establishment's figures on `day` (those without devices are absent): read from
    /// `asset_summaries`, and counted again only for the establishments whose devices changed since, or
    /// whose figures are of another day.
    public func indicatorsByEstablishment(_ establishments: Set<UAI>?, on day: CalendarDate,
                                          lifecycle: AssetLifecycle) async throws -> [UAI: InventoryIndicators] {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        var figures: [UAI: InventoryIndicators] = [:], stale: [String: (uai: UAI, summary: AssetSummary)] = [:]
        for summary in try await AssetSummary.read(establishments, on: sql) {
            let uai = try StoredValueError.uai(summary.establishment, table: AssetSummary.table, column: "establishment_uai")
            if let known = try summary.indicators(on: day) { figures[uai] = known } else { stale[summary.establishment] = (uai, summary) }
        }
        guard !stale.isEmpty else { return figures }
        // Everything out of date (a new day): counted without naming two thousand establishments.
        let counted = try await count(figures.isEmpty && establishments == nil ? nil : Set(stale.keys), on: day, lifecycle: lifecycle)
        // One commit for all the figures kept, not one per establishment.
        let toStore = stale.sorted { $0.key < $1.key }.map(\.value.summary)
        try await database.transaction { database in
            guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
            for summary in toStore { try await summary.store(counted[summary.establishment] ?? InventoryIndicators(), on: day, on: sql) }
        }
        for (establishment, (uai, _)) in stale { figures[uai] = counted[establishment] ?? InventoryIndicators() }
        return figures
    }

    /// The figures of these establishments (nil: all) counted from their devices, in three grouped
    /// queries whatever their number: the park's composition, the deployed devices' age and
    /// particulars, the last five years' retirements.
    private func count(_ establishments: Set<String>?, on day: CalendarDate,
                       lifecycle: AssetLifecycle) async throws -> [String: InventoryIndicators] {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        func statuses(_ standings: Set<AssetStatus.Standing>) -> [String] {
            lifecycle.statuses.filter { standings.contains($0.standing) }.map(\.id)
        }
        let deployed = statuses([.inService, .unavailable]), retired = statuses([.retired])
        let count = SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n"))
        func sum(_ condition: any SQLExpression, as name: String) -> SQLAlias {
            SQLAlias(SQLFunction("SUM", args: SQLCase.one(when: condition)), as: SQLIdentifier(name))
        }
        func column(_ name: String, _ op: SQLBinaryOperator, _ value: any Encodable & Sendable) -> SQLBinaryExpression {
            SQLBinaryExpression(SQLColumn(name), op, SQLBind(value))
        }
        // A device's age band by comparing its acquisition day with the last day of each band.
        let band = SQLCase(cases: [(SQLBinaryExpression(SQLColumn("acquired_on"), .is, SQLLiteral.null),
                                    SQLLiteral.string(InventoryIndicators.AgeBand.unknown.rawValue))]
            + InventoryIndicators.AgeBand.byMinimumYears.map { band, years in
                (column("acquired_on", .lessThanOrEqual,
                        InventoryIndicators.AgeBand.lastAcquisition(forYears: years, on: day).description),
                 SQLLiteral.string(band.rawValue))
            }, otherwise: SQLLiteral.string(InventoryIndicators.AgeBand.underTwo.rawValue))
        let window = InventoryIndicators.warrantyWindow(on: day)
        // The year a device left the park, from the instant of its last status.
        let years = Array((day.year - 4)...day.year)
        let leftIn = SQLCase(cases: years.reversed().dropLast().map { year in
            (column("status_since", .greaterThanOrEqual, Self.firstInstant(ofYear: year)), SQLLiteral.numeric(String(year)))
        }, otherwise: SQLLiteral.numeric(String(years[0])))

        var figures: [String: InventoryIndicators] = [:]
        let scopes: [[String]?] = establishments.map { Array($0).sorted().chunked(1_000).map { Array($0) } } ?? [nil]
        for scope in scopes {
            func narrowed(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
                if let scope { select.where("establishment_uai", .in, scope) }
                return select
            }
            // The park: by status, component and model.
            for row in try await narrowed(sql.select().columns("establishment_uai", "status", "component_id", "model").column(count)
                .from(AssetRow.table)).groupBy("establishment_uai").groupBy("status").groupBy("component_id").groupBy("model").all() {
                let status = try row.decode(column: "status", as: String.self)
                guard let standing = lifecycle.status(status)?.standing else {
                    throw StoredValueError(table: AssetRow.table, column: "status", value: status)
                }
                let n = try row.decode(column: "n", as: Int.self), component = try row.decode(column: "component_id", as: String.self)
                let model = try row.decode(column: "model", as: String?.self)
                let uai = try row.decode(column: "establishment_uai", as: String.self)
                if standing != .retired { figures[uai, default: InventoryIndicators()].byStanding[standing, default: 0] += n }
                if standing == .inService { figures[uai, default: InventoryIndicators()].inServiceByComponent[component, default: 0] += n }
                if standing == .inService || standing == .unavailable {
                    figures[uai, default: InventoryIndicators()].deployedByModel[component, default: [:]][model, default: 0] += n
                }
            }
            // The deployed park: by age band, with the warranties ending soon, own funds and reconditioned.
            for row in try await narrowed(sql.select().column("establishment_uai").column(SQLAlias(band, as: SQLIdentifier("band")))
                .column(sum(SQLBinaryExpression(column("warranty_ends_on", .greaterThanOrEqual, window.lowerBound.description), .and,
                                                column("warranty_ends_on", .lessThan, window.upperBound.description)), as: "warranty"))
                .column(sum(column("funding", .equal, FundingOrigin.etablissement.rawValue), as: "own_funds"))
                .column(sum(column("acquired_condition", .equal, AcquisitionCondition.reconditioned.rawValue), as: "reconditioned"))
                .column(count).from(AssetRow.table).where("status", .in, deployed)).groupBy("establishment_uai").groupBy("band").all() {
                let text = try row.decode(column: "band", as: String.self)
                guard let ageBand = InventoryIndicators.AgeBand(rawValue: text) else {
                    throw StoredValueError(table: AssetRow.table, column: "acquired_on", value: text)
                }
                let uai = try row.decode(column: "establishment_uai", as: String.self)
                figures[uai, default: InventoryIndicators()].byAge[ageBand, default: 0] += try row.decode(column: "n", as: Int.self)
                figures[uai, default: InventoryIndicators()].warrantiesEndingSoon += try row.decode(column: "warranty", as: Int.self)
                figures[uai, default: InventoryIndicators()].ownFunds += try row.decode(column: "own_funds", as: Int.self)
                figures[uai, default: InventoryIndicators()].reconditioned += try row.decode(column: "reconditioned", as: Int.self)
            }
            // The last five years' departures, by final status.
            for row in try await narrowed(sql.select().columns("establishment_uai", "status").column(SQLAlias(leftIn, as: SQLIdentifier("left_in")))
                .column(count).from(AssetRow.table).where("status", .in, retired)
                .where("status_since", .greaterThanOrEqual, SQLBind(Self.firstInstant(ofYear: years[0])))
                .where("status_since", .lessThan, SQLBind(Self.firstInstant(ofYear: day.year + 1))))
                .groupBy("establishment_uai").groupBy("status").groupBy("left_in").all() {
                let uai = try row.decode(column: "establishment_uai", as: String.self)
                figures[uai, default: InventoryIndicators()].retiredByYear[try row.decode(column: "left_in", as: Int.self), default: [:]][
                    try row.decode(column: "status", as: String.self)] = try row.decode(column: "n", as: Int.self)
            }
        }
        return figures
    }

    /// Midnight of 1 January in Paris.
    static func firstInstant(ofYear year: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        return calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
    }
}
