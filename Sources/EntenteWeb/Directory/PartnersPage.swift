import EntenteCore
import Plot
import Vapor

struct PartnersPage {
    let context: PageContext
    let partners: [Partner]

    func render() -> Response {
        Layout(context: context, title: context.t(.partners)).render(
            .h1(.text(context.t(.partners))),
            .table(
                .class("listing"),
                .thead(.tr(.group([Phrase.partyCode, .name, .kind].map { phrase in
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(phrase)))
                }))),
                .tbody(.group(partners.map { partner in
                    .tr(.td(.code(.text(partner.code))),
                        .th(.attribute(named: "scope", value: "row"),
                            partner.website.map { .a(.href($0), .text(partner.name)) } ?? .text(partner.name)),
                        .td(.text(context.label(partner.kind))))
                }))
            )
        )
    }
}
