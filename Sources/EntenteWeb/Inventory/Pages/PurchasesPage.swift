import EntenteCore
import Plot
import Vapor

/// Own-funds purchase requests: the list, and the form an establishment asks with.
struct PurchasesPage {
    struct Model {
        var requests: [PurchaseRequest]
        var canFile: Bool
        /// The référentiels' components, the only ones a purchase may buy.
        var components: [String]
        var componentNames: [String: String]
        var form: [String: String]
        var refusal: PurchaseValidation.Refusal?
    }

    let context: PageContext
    let model: Model

    private func p(_ phrase: PurchasePhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        Layout(context: context, title: p(.title)).render(
            .p(.a(.href(SiteURL.inventory.path), .text("← " + InventoryPhrase.assets.text(context.language)))),
            .h1(.text(p(.title))),
            .p(.text(p(.intro))),
            .unwrap(model.refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0.text(context.language)))) },
            .if(model.canFile, form),
            .h2(.text(p(.items))),
            .if(model.requests.isEmpty, .p(.text(p(.none))), else: .table(
                .class("listing"),
                .thead(.tr(.group([p(.reference), p(.establishment), p(.zone), p(.total), p(.validatingParty), p(.state)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(model.requests.map { request in
                    .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.purchase(request.id).path), .text(request.reference))),
                        .td(.code(.text(request.establishment.value))), .td(.text(DeskPhrase.zone(request.zone, context.language))),
                        .td(.text(InventoryPhrase.money(request.total, context.language))), .td(.text(request.validatingParty)),
                        .td(.text(p(PurchasePhrase.state(request.state)))))
                }))))
        )
    }

    private var form: Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.purchases.path),
            .h2(.text(p(.newRequest))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .if(context.user?.role == .administrator,
                .div(.class("field"), .label(.for("establishment"), .text(p(.establishment))),
                     .input(.type(.text), .id("establishment"), .name("establishment"), .value(model.form["establishment"] ?? "")))),
            .div(.class("field"), .label(.for("zone"), .text(p(.zone))),
                 .select(.id("zone"), .attribute(named: "name", value: "zone"),
                         .group([NetworkZone.pedagogique, .administratif].map { zone in
                             FormOption.node(zone.rawValue, DeskPhrase.zone(zone, context.language), selected: model.form["zone"] == zone.rawValue)
                         }))),
            .group((0..<PurchaseController.itemRows).map(itemRow)),
            .button(.type(.submit), .text(p(.file)))
        )
    }

    private func itemRow(_ row: Int) -> Node<HTML.FormContext> {
        .fieldset(
            .element(named: "legend", nodes: [.text("\(p(.items)) \(row + 1)")]),
            .div(.class("field"), .label(.for("component-\(row)"), .text(p(.component))),
                 .select(.id("component-\(row)"), .attribute(named: "name", value: "component-\(row)"),
                         .group([FormOption.node("", "—", selected: model.form["component-\(row)"] == nil)]
                             + model.components.map { id in
                                 FormOption.node(id, model.componentNames[id] ?? id, selected: model.form["component-\(row)"] == id)
                             }))),
            field("model-\(row)", p(.model), type: .text),
            field("quantity-\(row)", p(.quantity), type: .number),
            field("price-\(row)", p(.unitPrice) + " (€)", type: .text)
        )
    }

    private func field(_ name: String, _ label: String, type: HTMLInputType) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(name), .text(label)),
             .input(.type(type), .id(name), .name(name), .value(model.form[name] ?? "")))
    }
}
