import EntenteCore
import Plot
import Vapor

struct EstablishmentsPage {
    let context: PageContext
    let query: String
    let establishments: [Establishment]
    let total: Int

    func render() -> Response {
        Layout(context: context, title: context.t(.establishments)).render(
            .h1(.text(context.t(.establishments))),
            .form(
                .class("search"), .method(.get), .action(SiteURL.establishments.path),
                .attribute(named: "role", value: "search"),
                .label(.for("q"), .text(context.t(.searchEstablishments))),
                .input(.type(.search), .id("q"), .name("q"), .value(query)),
                .button(.type(.submit), .text(context.t(.search)))
            ),
            .p(.attribute(named: "role", value: "status"),
               .text("\(establishments.count) \(context.t(.resultCount))" + (query.isEmpty ? " / \(total)" : ""))),
            .if(establishments.isEmpty, .p(.text(context.t(.noResults))), else: .table(
                .class("listing"),
                .thead(.tr(.group([Phrase.uai, .name, .kind, .commune, .collectivity, .pupils].map { phrase in
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(phrase)))
                }))),
                .tbody(.group(establishments.map { establishment in
                    .tr(.td(.code(.text(establishment.uai.value))),
                        .th(.attribute(named: "scope", value: "row"),
                            .a(.href(SiteURL.establishment(establishment.uai.value).path), .text(establishment.name)),
                            .if(establishment.isDemo, .small(.class("demo"), .text(" (\(context.t(.demoData)))")))),
                        .td(.text(context.label(establishment.kind))), .td(.text(establishment.commune)),
                        .td(.text(establishment.collectivityCode ?? "—")),
                        .td(.text(establishment.latestPupils.map { "\($0.count) (\($0.schoolYear))" } ?? "—")))
                }))
            ))
        )
    }
}
