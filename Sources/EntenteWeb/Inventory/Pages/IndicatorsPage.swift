import EntenteCore
import Plot
import Vapor

/// The equipment indicators: key figures, then each chart with the table of its figures.
struct IndicatorsPage {
    let context: PageContext
    let document: IndicatorsDocument
    let problem: String?

    private func p(_ phrase: IndicatorPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        let query = document.establishmentUAI.map { "?establishment=\($0)" } ?? ""
        let response = Layout(context: context, title: p(.title)).render(
            .p(.a(.href(SiteURL.inventory.path), .text("← " + InventoryPhrase.assets.text(context.language)))),
            .h1(.text(p(.title))),
            .form(
                .class("filters"), .method(.get), .action(SiteURL.inventoryIndicators.path), .attribute(named: "role", value: "search"),
                .div(.class("field"), .label(.for("establishment"), .text(p(.establishment))),
                     .input(.type(.text), .id("establishment"), .name("establishment"), .value(document.establishmentUAI ?? ""))),
                .button(.type(.submit), .text(InventoryPhrase.filter.text(context.language)))
            ),
            .unwrap(problem) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .p(.text("\(p(.scope))\(context.colon)" + (document.establishmentUAI ?? "\(document.establishments) \(p(.establishments))")
                     + " — \(p(.asOf)) \(document.asOf)")),
            .ul(.class("key-figures"),
                .li(.strong(.text("\(document.devices[AssetStatus.Standing.inService.rawValue] ?? 0)")), .text(" " + p(.inService))),
                .li(.strong(.text("\(document.devices[AssetStatus.Standing.unavailable.rawValue] ?? 0)")), .text(" " + p(.unavailable))),
                .li(.strong(.text("\(document.devices[AssetStatus.Standing.stock.rawValue] ?? 0)")), .text(" " + p(.stock))),
                .li(.strong(.text(pupilsPerDevice)), .text(" " + p(.pupilsPerDevice))),
                .li(.strong(.text("\(document.warrantiesEndingWithin6Months)")), .text(" " + p(.warranties))),
                .li(.strong(.text("\(document.ownFunds)")), .text(" " + p(.ownFunds))),
                .li(.strong(.text("\(document.reconditioned)")), .text(" " + p(.reconditioned)),
                    .text(document.reconditionedPercent.map { " (\($0) %)" } ?? "")),
                .li(.strong(.text(document.conformancePercent.map { "\($0) %" } ?? "—")), .text(" " + p(.conformance)))),
            .p(.a(.href(SiteURL.inventoryIndicatorsJSON.path + query), .text(p(.openDataJSON))), .text(" — "),
               .a(.href(SiteURL.inventoryIndicatorsCSV.path + query), .text(p(.openDataCSV)))),
            byComponent,
            byAge,
            retirements
        )
        if problem != nil { response.status = .badRequest }
        return response
    }

    private var pupilsPerDevice: String {
        guard let ratio = document.pupilsPerDevice else { return "—" }
        return context.language == .fr ? ratio.replacingOccurrences(of: ".", with: ",") : ratio
    }

    private var byComponent: Node<HTML.BodyContext> {
        let rows = document.inServiceByComponent.prefix(15).map { ($0.componentName, $0.count) }
        return section("par-composant", p(.byComponent), SVGChart(
            id: "chart-components", title: p(.byComponent), description: p(.byComponentDescription), categories: rows.map(\.0),
            series: [SVGChart.Series(name: p(.inService), color: SVGChart.blue, values: rows.map(\.1))], orientation: .horizontal),
            header: [p(.component), p(.inService)], rows: rows.map { [$0.0, String($0.1)] })
    }

    private var byAge: Node<HTML.BodyContext> {
        let bands = InventoryIndicators.AgeBand.allCases
        let labels = bands.map { IndicatorPhrase.band($0).text(context.language) }
        let values = bands.map { document.byAge[$0.rawValue] ?? 0 }
        return section("par-age", p(.byAge), SVGChart(
            id: "chart-age", title: p(.byAge), description: p(.byAgeDescription), categories: labels,
            series: [SVGChart.Series(name: p(.devices), color: SVGChart.blue, values: values)], orientation: .vertical),
            header: [p(.age), p(.devices)], rows: zip(labels, values).map { [$0, String($1)] })
    }

    private var retirements: Node<HTML.BodyContext> {
        let years = Array(Set(document.retiredByYear.map(\.year))).sorted()
        let statuses = Array(Set(document.retiredByYear.map(\.status))).sorted()
        guard !years.isEmpty else { return .section(.h2(.text(p(.retired))), .p(.text(p(.noRetirement)))) }
        func count(_ year: Int, _ status: String) -> Int {
            document.retiredByYear.first { $0.year == year && $0.status == status }?.count ?? 0
        }
        let colors = [SVGChart.blue, SVGChart.green, "rgb(150,40,40)", "rgb(110,60,0)", "rgb(80,80,80)"]
        let names = statuses.map { InventoryPhrase.status($0, in: .standard, context.language) }
        return section("sorties", p(.retired), SVGChart(
            id: "chart-retired", title: p(.retired), description: p(.retiredDescription), categories: years.map(String.init),
            series: statuses.enumerated().map { index, status in
                SVGChart.Series(name: names[index], color: colors[index % colors.count], values: years.map { count($0, status) })
            }, orientation: .vertical),
            header: [p(.year)] + names, rows: years.map { year in [String(year)] + statuses.map { String(count(year, $0)) } })
    }

    private func section(_ id: String, _ title: String, _ chart: SVGChart, header: [String], rows: [[String]]) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: id),
            .h2(.id(id), .text(title)),
            .div(.class("chart"), .raw(chart.svg), .div(.class("listing-wrapper"), .table(
                .class("listing"), .caption(.text(title)),
                .thead(.tr(.group(header.map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(rows.map { row in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(row[0])), .group(row.dropFirst().map { .td(.text($0)) }))
                })))))
        )
    }
}
