import EntenteCore
import Plot
import Vapor

/// The security incidents the reader handles or reported.
struct IncidentsPage {
    let context: PageContext
    let incidents: [SecurityIncident]

    private func i(_ phrase: IncidentPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        Layout(context: context, title: i(.register)).render(
            .p(.a(.href(SiteURL.breaches.path), .text("← " + BreachPhrase.register.text(context.language)))),
            .h1(.text(i(.register))),
            .p(.text(i(.registerIntro))),
            .p(.a(.href(SiteURL.newIncident.path), .text(i(.report)))),
            .if(incidents.isEmpty, .p(.text(i(.none))), else: .table(
                .class("listing"),
                .thead(.tr(.group([i(.reference), i(.reportedAt), i(.handler), i(.category), i(.severity), i(.status)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(incidents.map { incident in
                    .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.incident(incident.id).path), .text(incident.reference))),
                        .td(.text(BreachPhrase.moment(incident.reportedAt, context.language))),
                        .td(.code(.text(incident.route.handlerCode))),
                        .td(.text(incident.category.map { IncidentPhrase.category($0, context.language) } ?? "—")),
                        .td(.text(incident.severity.map { IncidentPhrase.severity($0, context.language) } ?? "—")),
                        .td(.text(i(incident.isClosed ? .closed : .open))))
                }))))
        )
    }
}
