import EntenteCore
import Plot
import Vapor

/// The batches of devices leaving the park, and the form that makes one.
struct DisposalsPage {
    struct Model {
        var batches: [DisposalBatch]
        var canMake: Bool
        var form: DisposalController.BatchForm?
        var refusal: DisposalBatch.Refusal?
    }

    let context: PageContext
    let model: Model

    private func d(_ phrase: DisposalPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: d(.title)).render(
            .p(.a(.href(SiteURL.inventory.path), .text("← " + InventoryPhrase.assets.text(context.language)))),
            .h1(.text(d(.title))),
            .p(.text(d(.intro))),
            .unwrap(model.refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0.text(context.language)))) },
            .if(model.canMake, form),
            .h2(.text(d(.batch))),
            .if(model.batches.isEmpty, .p(.text(d(.noBatches))), else: .table(
                .class("listing"),
                .thead(.tr(.group([d(.madeOn), d(.establishment), d(.destination), d(.devices), d(.certificate)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(model.batches.map { batch in
                    .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.disposal(batch.id).path), .text(batch.madeOn.description))),
                        .td(.code(.text(batch.establishment.value))),
                        .td(.text(DisposalPhrase.destination(batch.destination, context.language))),
                        .td(.text(String(batch.items.count))),
                        .td(.text(batch.certificate?.fileName ?? "—")))
                }))))
        )
        response.status = status
        return response
    }

    private var form: Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.disposals.path),
            .h2(.text(d(.newBatch))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .div(.class("field"), .label(.for("establishment"), .text(d(.establishment))),
                 .input(.type(.text), .id("establishment"), .name("establishment"), .required(true),
                        .value(model.form?.establishment ?? context.user?.establishmentUAI ?? ""))),
            .div(.class("field"), .label(.for("destination"), .text(d(.destination))),
                 .select(.id("destination"), .attribute(named: "name", value: "destination"),
                         .group(DisposalKind.allCases.map { kind in
                             FormOption.node(kind.rawValue, kind.text(context.language), selected: model.form?.destination == kind.rawValue)
                         }))),
            .div(.class("field"), .label(.for("recipient"), .text(d(.recipient))),
                 .input(.type(.text), .id("recipient"), .name("recipient"), .required(true), .value(model.form?.recipient ?? ""))),
            .div(.class("field"), .label(.for("devices"), .text(d(.devices))),
                 .textarea(.id("devices"), .name("devices"), .rows(6), .required(true), .text(model.form?.devices ?? ""))),
            .button(.type(.submit), .text(d(.make)))
        )
    }
}
