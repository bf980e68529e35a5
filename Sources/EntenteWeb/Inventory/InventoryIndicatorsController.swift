import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// The equipment indicators of the user's scope or of one establishment: a page with charts and
/// tables, and the same figures as open data (JSON and CSV, schema in docs/INVENTORY-OPEN-DATA.md).
enum InventoryIndicatorsController {
    @Sendable static func page(_ request: Request) async throws -> Response {
        let (document, problem) = try await document(request)
        return IndicatorsPage(context: PageContext(request), document: document, problem: problem).render()
    }

    @Sendable static func json(_ request: Request) async throws -> Response {
        let (document, problem) = try await document(request)
        if let problem { throw Abort(.badRequest, reason: problem) }
        return try APIJSON.response(document)
    }

    @Sendable static func csv(_ request: Request) async throws -> Response {
        let (document, problem) = try await document(request)
        if let problem { throw Abort(.badRequest, reason: problem) }
        return CSVDocument(header: ["indicator", "dimension", "value"], rows: document.rows).response(fileName: "indicateurs-inventaire.csv")
    }

    /// The figures of the scope the query names (`establishment=UAI`), or of everything the user may read.
    private static func document(_ request: Request) async throws -> (IndicatorsDocument, String?) {
        let user = try request.requireUser()
        let scope = InventoryScope(user: user, environment: request.entente)
        var establishments = scope.readable
        var establishment: UAI?
        var problem: String?
        if let text = request.query[String.self, at: "establishment"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            do {
                let uai = try UAI(text)
                guard scope.canRead(uai) else { throw Abort(.notFound) }
                (establishment, establishments) = (uai, [uai])
            } catch let error as UAI.Invalid {
                problem = error.description
            }
        }
        return (try await document(of: establishments, establishment: establishment, environment: request.entente, database: request.db),
                problem)
    }

    /// The figures of these establishments (nil: all), `establishment` when one was asked for: the page's
    /// and the open data's, and what the benchmark times.
    static func document(of establishments: Set<UAI>?, establishment: UAI?, environment: EntenteApp.Environment,
                         database: any Database) async throws -> IndicatorsDocument {
        let directory = try await TerritoryStore(database: database).establishments(matching: nil, limit: .max)
        let inScope = directory.filter { establishments?.contains($0.uai) ?? true }
        let today = environment.today
        let figures = try await AssetStore(database: database).indicatorsByEstablishment(establishments, on: today, lifecycle: .standard)
        var indicators = InventoryIndicators(pupils: inScope.compactMap(\.latestPupils?.count).reduce(0, +))
        for counts in figures.values { indicators.add(counts) }
        var document = IndicatorsDocument(indicators, establishment: establishment, establishments: inScope.count, asOf: today,
                                          componentNames: InventoryController.componentNames(environment))
        document.conformancePercent = EquipmentConformance.percentage(
            of: try await ConformanceController.evaluate(inScope, figures: figures, environment: environment, database: database)
                .map(\.conformance))
        return document
    }
}

/// The indicators as open data: stable snake_case names, one document per scope.
struct IndicatorsDocument: Encodable, Sendable {
    struct Component: Encodable, Sendable {
        var componentID: String
        var componentName: String
        var count: Int
        enum CodingKeys: String, CodingKey { case componentID = "component_id", componentName = "component_name", count }
    }

    struct Retirement: Encodable, Sendable {
        var year: Int
        var status: String
        var count: Int
    }

    var schema = "entente-inventory-indicators/1"
    var establishmentUAI: String?
    var establishments: Int
    var asOf: String
    var devices: [String: Int]
    var inServiceByComponent: [Component]
    var pupils: Int
    var pupilsPerDevice: String?
    var byAge: [String: Int]
    var warrantiesEndingWithin6Months: Int
    var ownFunds: Int
    var reconditioned: Int
    var reconditionedPercent: Int?
    var retiredByYear: [Retirement]
    /// The share of the référentiel's lines the scope's establishments meet (`EquipmentConformance`); null without a référentiel.
    var conformancePercent: Int?

    enum CodingKeys: String, CodingKey {
        case schema, establishments, devices, pupils
        case establishmentUAI = "establishment_uai", asOf = "as_of", inServiceByComponent = "in_service_by_component"
        case pupilsPerDevice = "pupils_per_device", byAge = "by_age", warrantiesEndingWithin6Months = "warranties_ending_within_6_months"
        case ownFunds = "own_funds", reconditioned, reconditionedPercent = "reconditioned_percent", retiredByYear = "retired_by_year", conformancePercent = "conformance_percent"
    }

    init(_ indicators: InventoryIndicators, establishment: UAI?, establishments: Int, asOf: CalendarDate, componentNames: [String: String]) {
        establishmentUAI = establishment?.value
        self.establishments = establishments
        self.asOf = asOf.description
        devices = Dictionary(uniqueKeysWithValues: AssetStatus.Standing.allCases.filter { $0 != .retired }
            .map { ($0.rawValue, indicators.byStanding[$0, default: 0]) })
        inServiceByComponent = indicators.inServiceByComponent.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { Component(componentID: $0.key, componentName: componentNames[$0.key] ?? $0.key, count: $0.value) }
        pupils = indicators.pupils
        pupilsPerDevice = indicators.pupilsPerDeviceTenths.map { "\($0 / 10).\($0 % 10)" }
        byAge = Dictionary(uniqueKeysWithValues: InventoryIndicators.AgeBand.allCases.map { ($0.rawValue, indicators.byAge[$0, default: 0]) })
        warrantiesEndingWithin6Months = indicators.warrantiesEndingSoon
        ownFunds = indicators.ownFunds
        reconditioned = indicators.reconditioned
        reconditionedPercent = indicators.reconditionedPercent
        retiredByYear = indicators.retiredByYear.sorted { $0.key < $1.key }.flatMap { year, statuses in
            statuses.sorted { $0.key < $1.key }.map { Retirement(year: year, status: $0.key, count: $0.value) }
        }
    }

    /// The CSV's rows: `indicator;dimension;value`.
    var rows: [[String]] {
        var rows = [["schema", "", schema], ["as_of", "", asOf], ["establishment_uai", "", establishmentUAI ?? ""],
                    ["establishments", "", String(establishments)], ["pupils", "", String(pupils)],
                    ["pupils_per_device", "", pupilsPerDevice ?? ""],
                    ["warranties_ending_within_6_months", "", String(warrantiesEndingWithin6Months)], ["own_funds", "", String(ownFunds)],
                    ["reconditioned", "", String(reconditioned)], ["reconditioned_percent", "", reconditionedPercent.map(String.init) ?? ""],
                    ["conformance_percent", "", conformancePercent.map(String.init) ?? ""]]
        rows += devices.sorted { $0.key < $1.key }.map { ["devices", $0.key, String($0.value)] }
        rows += inServiceByComponent.map { ["in_service_by_component", $0.componentID, String($0.count)] }
        rows += InventoryIndicators.AgeBand.allCases.map { ["by_age", $0.rawValue, String(byAge[$0.rawValue] ?? 0)] }
        rows += retiredByYear.map { ["retired_by_year", "\($0.year)/\($0.status)", String($0.count)] }
        return rows
    }
}
