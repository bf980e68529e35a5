import EntenteCore
import EntenteStorage
import Foundation
import Plot
import Vapor

/// One establishment: who it is, which convention covers it, and the critical outages in progress
/// with their latest public update — the page both parties and the school watch during an outage.
struct EstablishmentPage {
    struct Outage {
        var ticket: Ticket
        var latest: TicketEvent?
    }

    let context: PageContext
    let establishment: Establishment
    let convention: Convention?
    let outages: [Outage]

    func render() -> Response {
        let french = context.language == .fr
        return Layout(context: context, title: establishment.name).render(
            .h1(.text(establishment.name)),
            .dl(.class("facts"),
                .dt(.text(context.t(.uai))), .dd(.code(.text(establishment.uai.value))),
                .dt(.text(context.t(.kind))), .dd(.text(context.label(establishment.kind))),
                .dt(.text(context.t(.commune))), .dd(.text(establishment.commune)),
                .dt(.text(context.t(.collectivity))), .dd(.text(establishment.collectivityCode ?? "—")),
                .dt(.text(context.t(.pupils))),
                .dd(.text(establishment.pupils.sorted { $0.key < $1.key }.map { "\($0.key) : \($0.value)" }
                    .joined(separator: " · ").nonEmpty ?? "—")),
                .dt(.text(context.t(.conventions))),
                .dd(.unwrap(convention) { .a(.href(SiteURL.convention($0.id).path), .text($0.title)) })),
            .section(
                .class("outages"), .attribute(named: "aria-live", value: "polite"),
                .h2(.text(french ? "Incidents critiques en cours" : "Critical outages in progress")),
                .if(outages.isEmpty, .p(.text(french ? "Aucun incident critique en cours." : "No critical outage in progress.")),
                    else: .ul(.group(outages.map(item))))
            )
        )
    }

    private func item(_ outage: Outage) -> Node<HTML.ListContext> {
        let ticket = outage.ticket
        let french = context.language == .fr
        return .li(
            .p(.a(.href(SiteURL.ticket(ticket.id).path), .text("\(ticket.reference) — \(ticket.title)")),
               .text(" · \(ticket.componentName) · \(ticket.partyCode) · \(context.label(ticket.status))")),
            .unwrap(outage.latest) { event in
                .p(.class("latest-update"),
                   .strong(.text(french ? "Dernière information : " : "Latest update: ")),
                   .time(.text(ClockText.dateTime(event.at, context))),
                   .text(" — " + publicText(of: event)))
            }
        )
    }

    /// What the requester's side reads of a public update: its text, or the status it moved to.
    private func publicText(of event: TicketEvent) -> String {
        switch event.fact {
        case .created(let reason): reason
        case .statusChanged(_, let to, let comment): comment ?? context.label(to)
        case .reply(let text): text
        default: ""
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
