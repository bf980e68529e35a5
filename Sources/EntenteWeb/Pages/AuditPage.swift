import EntenteStorage
import Foundation
import Plot
import Vapor

struct AuditPage {
    let context: PageContext
    let entries: [AuditRecord]

    func render() -> Response {
        let formatter = ISO8601DateFormatter()
        return Layout(context: context, title: context.t(.audit)).render(
            .h1(.text(context.t(.audit))),
            .p(.text(context.t(.auditIntro))),
            .table(
                .class("listing"),
                .thead(.tr(.group([Phrase.when, .actor, .action, .subject].map { phrase in
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(phrase)))
                }))),
                .tbody(.group(entries.map { entry in
                    .tr(.td(.time(.text(formatter.string(from: entry.at)))), .td(.text(entry.actor)),
                        .td(.code(.text(entry.action))), .td(.text(entry.subject)))
                }))
            )
        )
    }
}
