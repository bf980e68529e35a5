import EntenteCore
import Plot
import Vapor

/// One batch: where it went, its devices as they were, its certificate.
struct DisposalPage {
    let context: PageContext
    let batch: DisposalBatch
    let canEdit: Bool
    let componentNames: [String: String]

    private func d(_ phrase: DisposalPhrase) -> String { phrase.text(context.language) }
    private func t(_ phrase: InventoryPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        let title = "\(d(.batch)) \(batch.madeOn) — \(DisposalPhrase.destination(batch.destination, context.language))"
        return Layout(context: context, title: title).render(
            .p(.a(.href(SiteURL.disposals.path), .text("← " + d(.title)))),
            .h1(.text(title)),
            .p(.text("\(d(.establishment))\(context.colon)\(batch.establishment.value)")),
            .h2(.text(d(.certificate))),
            .unwrap(batch.certificate, { certificate in
                .p(.a(.href(SiteURL.disposalCertificate(batch.id).path), .attribute(named: "download", value: certificate.fileName),
                      .text("\(d(.download)) \(certificate.fileName)")))
            }, else: .p(.text(d(.noCertificate)))),
            .if(canEdit, .form(
                .method(.post), .action(SiteURL.disposalCertificate(batch.id).path), .enctype(.multipartData),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .div(.class("field"), .label(.for("file"), .text(d(.file))),
                     .input(.type(.file), .id("file"), .name("file"), .required(true))),
                .button(.type(.submit), .text(d(.attach))))),
            .table(
                .class("listing"),
                .caption(.text(d(.items))),
                .thead(.tr(.group([t(.inventoryNumber), t(.serialNumber), t(.component), t(.model), t(.acquiredOn)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(batch.items.map { item in
                    .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.asset(item.assetID).path), .text(item.inventoryNumber))),
                        .td(.text(item.serialNumber ?? "—")), .td(.text(componentNames[item.componentID] ?? item.componentID)),
                        .td(.text(item.model ?? "—")), .td(.text(item.acquiredOn?.description ?? "—")))
                })))
        )
    }
}
