import EntenteStorage
import Plot
import Vapor

struct ConventionsPage {
    struct Row {
        var id: String
        var title: String
        var territory: String
        var effective: String
        var end: String?
    }

    let context: PageContext
    let rows: [Row]

    func render() -> Response {
        Layout(context: context, title: context.t(.conventions)).render(
            .h1(.text(context.t(.conventions))),
            .p(.text(context.t(.conventionsIntro))),
            .table(
                .class("listing"),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.conventionTitle))),
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.territory))),
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.effective))),
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.end))))),
                .tbody(.group(rows.map { row in
                    .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.convention(row.id).path), .text(row.title))),
                        .td(.text(row.territory)), .td(.text(row.effective)), .td(.text(row.end ?? "—")))
                }))
            )
        )
    }
}
