import EntenteCore
import Plot
import Vapor

/// The register of breaches: those the reader handles, with their next deadline, then those they declared.
struct BreachesPage {
    let context: PageContext
    let desk: BreachDesk
    let handled: [Breach]
    let declared: [Breach]

    private func b(_ phrase: BreachPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        Layout(context: context, title: b(.register)).render(
            .h1(.text(b(.register))),
            .p(.text(b(.registerIntro))),
            .ul(.class("actions"),
                .li(.a(.href(SiteURL.newBreach.path), .text(b(.declare)))),
                .li(.a(.href(SiteURL.breachesCSV.path), .text(b(.exportCSV)))),
                .li(.a(.href(SiteURL.breachesJSON.path), .text(b(.exportJSON)))),
                .li(.a(.href(SiteURL.incidents.path), .text(IncidentPhrase.navigation.text(context.language)))),
                .li(.a(.href(SiteURL.rightsRequests.path), .text(RightsRequestPhrase.navigation.text(context.language)))),
                .li(.a(.href(SiteURL.personalData.path), .text(PersonalDataPhrase.title.text(context.language))))),
            .if(handled.isEmpty, .p(.text(b(.noBreaches))), else: table(handled, caption: b(.register))),
            .if(!declared.isEmpty, .group(.h2(.text(b(.declaredBy) + " " + (context.user?.email ?? ""))),
                                          table(declared, caption: b(.declaredBy))))
        )
    }

    private func table(_ breaches: [Breach], caption: String) -> Node<HTML.BodyContext> {
        .table(
            .class("listing"),
            .caption(.text(caption)),
            .thead(.tr(.group([b(.reference), b(.convention), b(.origin), b(.awareness), b(.status), b(.due)]
                .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
            .tbody(.group(breaches.map { breach in
                .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.breach(breach.id).path), .text(breach.reference))),
                    .td(.text(breach.conventionID)),
                    .td(.code(.text(breach.originCode))),
                    .td(.text(BreachPhrase.moment(breach.progress.awareness, context.language))),
                    .td(.text(b(breach.isResolved ? .resolved : .open))),
                    .td(next(breach)))
            }))
        )
    }

    /// The earliest deadline still open, with its countdown; overdue ones first.
    private func next(_ breach: Breach) -> Node<HTML.BodyContext> {
        let open = BreachClock.standing(of: desk.obligations(of: breach), progress: breach.progress, at: desk.now)
            .filter { $0.isOpen && $0.due != nil }
            .sorted { $0.due!.secondsSinceEpoch < $1.due!.secondsSinceEpoch }
        guard let first = open.first, let due = first.due else { return .text("—") }
        return .group(.text(BreachPhrase.obligation(first.obligation, context.language) + " — "),
                      .strong(.class(first.state == .overdue ? "late" : "due"),
                              .text(BreachPhrase.countdown(from: desk.now, to: due, context.language))))
    }
}
