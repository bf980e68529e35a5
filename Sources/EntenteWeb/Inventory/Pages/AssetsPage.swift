import EntenteCore
import EntenteStorage
import Plot
import Vapor

/// The inventory: the assets the user may read, filtered, a page at a time.
struct AssetsPage {
    struct Model {
        var assets: [Asset]
        var total: Int
        var query: AssetListQuery
        var componentNames: [String: String]
        var canImport: Bool
    }

    let context: PageContext
    let model: Model

    private func t(_ phrase: InventoryPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        let response = Layout(context: context, title: t(.assets)).render(
            .h1(.text(t(.assets))),
            .p(.if(model.canImport, .a(.class("button"), .href(SiteURL.inventoryImport.path), .text(t(.importAssets)))),
               .if(context.user?.role != .observer, .a(.class("button"), .href(SiteURL.allocations.path),
                                                       .text(LoanPhrase.allocate.text(context.language)))),
               .a(.class("button"), .href(SiteURL.inventoryIndicators.path), .text(IndicatorPhrase.title.text(context.language))),
               .a(.class("button"), .href(SiteURL.disposals.path), .text(DisposalPhrase.title.text(context.language))),
               .a(.class("button"), .href(SiteURL.conformance.path), .text(ConformancePhrase.title.text(context.language))),
               .a(.class("button"), .href(SiteURL.purchases.path), .text(PurchasePhrase.title.text(context.language)))),
            filters,
            .if(!model.query.problems.isEmpty, .div(
                .class("field-error"), .attribute(named: "role", value: "alert"),
                .ul(.group(model.query.problems.map { .li(.text($0.text(context.language))) })))),
            .p(.attribute(named: "role", value: "status"),
               .text(model.total > AssetStore.listCountLimit
                     ? t(.moreThan) + " " + String(AssetStore.listCountLimit) + " " + t(.resultCount)
                     : "\(model.total) \(t(.resultCount))"),
               .if(model.total > AssetStore.listCountLimit, .text(" — " + t(.narrowDown))),
               .text(" — "), .a(.href(SiteURL.inventoryCSV.path + model.query.queryString(page: nil)), .text(t(.exportCSV))),
               .text(" — "), .a(.href(SiteURL.inventoryCSV.path + jsonQuery), .text(t(.exportJSON)))),
            .if(model.assets.isEmpty, .p(.text(t(.noAssets))), else: table),
            pagination
        )
        if !model.query.problems.isEmpty { response.status = .badRequest }
        return response
    }

    /// The list's query with `format=json`.
    private var jsonQuery: String {
        let query = model.query.queryString(page: nil)
        return (query.isEmpty ? "?" : query + "&") + "format=json"
    }

    private var filters: Node<HTML.BodyContext> {
        let query = model.query
        return .form(
            .class("filters"), .method(.get), .action(SiteURL.inventory.path), .attribute(named: "role", value: "search"),
            .div(.class("field"), .label(.for("q"), .text(t(.search))),
                 .input(.type(.search), .id("q"), .name("q"), .value(query.text ?? ""))),
            .div(.class("field"), .label(.for("establishment"), .text(t(.establishment) + " (UAI)")),
                 .input(.type(.text), .id("establishment"), .name("establishment"), .value(query.establishmentText))),
            .div(.class("field"), .label(.for("status"), .text(t(.status))),
                 .select(.id("status"), .attribute(named: "name", value: "status"),
                         .group([FormOption.node("", t(.allStatuses), selected: query.filter.status == nil)]
                            + AssetLifecycle.standard.statuses.map { status in
                                FormOption.node(status.id, InventoryPhrase.status(status.id, in: .standard, context.language),
                                                selected: query.filter.status == status.id)
                            }))),
            .div(.class("field"), .label(.for("zone"), .text(t(.zone))),
                 .select(.id("zone"), .attribute(named: "name", value: "zone"),
                         .group([FormOption.node("", t(.allZones), selected: query.filter.zone == nil)]
                            + NetworkZone.allCases.map { zone in
                                FormOption.node(zone.rawValue, DeskPhrase.zone(zone, context.language), selected: query.filter.zone == zone)
                            }))),
            .button(.type(.submit), .text(t(.filter)))
        )
    }

    private var table: Node<HTML.BodyContext> {
        .table(
            .class("listing"),
            .thead(.tr(.group([InventoryPhrase.inventoryNumber, .serialNumber, .component, .model, .establishment, .zone, .location,
                               .funding, .status].map { .th(.attribute(named: "scope", value: "col"), .text(t($0))) }))),
            .tbody(.group(model.assets.map { asset in
                let details = asset.details
                return .tr(
                    .th(.attribute(named: "scope", value: "row"),
                        .a(.href(SiteURL.asset(asset.id).path), .text(details.inventoryNumber))),
                    .td(.text(details.serialNumber ?? "—")),
                    .td(.text(model.componentNames[details.componentID] ?? details.componentID)),
                    .td(.text(details.model ?? "—")),
                    .td(.code(.text(details.establishment.value))),
                    .td(.text(details.zone.map { DeskPhrase.zone($0, context.language) } ?? "—")),
                    .td(.text([details.building, details.room].compactMap { $0 }.joined(separator: " / ").nonEmpty ?? "—")),
                    .td(.text(InventoryPhrase.funding(details.funding, context.language))),
                    .td(.text(InventoryPhrase.status(asset.status, in: .standard, context.language))))
            }))
        )
    }

    private var pagination: Node<HTML.BodyContext> {
        // Past the counted limit, the pages go as far as the count (filters narrow the rest).
        let pages = max(1, (min(model.total, AssetStore.listCountLimit) + AssetListQuery.pageSize - 1) / AssetListQuery.pageSize)
        let page = model.query.page
        guard pages > 1 else { return .empty }
        func link(_ target: Int, _ phrase: InventoryPhrase) -> Node<HTML.BodyContext> {
            .a(.href(SiteURL.inventory.path + model.query.queryString(page: target)), .text(t(phrase)))
        }
        return .nav(.attribute(named: "aria-label", value: t(.page)),
                    .if(page > 1, link(page - 1, .previous)),
                    .text(" \(t(.page)) \(page) / \(pages) "),
                    .if(page < pages, link(page + 1, .next)))
    }
}
