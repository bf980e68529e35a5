import EntenteCore
import Plot
import Vapor

/// One purchase request: its items, its decision, its receipt.
struct PurchasePage {
    struct Model {
        var purchase: PurchaseRequest
        var componentNames: [String: String]
        var canDecide: Bool
        var canReceive: Bool
        var refusal: PurchaseValidation.Refusal?
        var taken: [String]
    }

    let context: PageContext
    let model: Model

    private func p(_ phrase: PurchasePhrase) -> String { phrase.text(context.language) }
    private func money(_ amount: Money) -> String { InventoryPhrase.money(amount, context.language) }

    func render() -> Response {
        let purchase = model.purchase
        return Layout(context: context, title: purchase.reference).render(
            .p(.a(.href(SiteURL.purchases.path), .text("← " + p(.title)))),
            .h1(.text("\(purchase.reference) — \(p(PurchasePhrase.state(purchase.state)))")),
            .unwrap(model.refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0.text(context.language)))) },
            .if(!model.taken.isEmpty, .div(.class("field-error"), .attribute(named: "role", value: "alert"),
                                           .p(.text("\(p(.taken))\(context.colon)\(model.taken.joined(separator: ", "))")))),
            .dl(.class("facts"),
                .dt(.text(p(.establishment))), .dd(.text(purchase.establishment.value)),
                .dt(.text(p(.zone))), .dd(.text(DeskPhrase.zone(purchase.zone, context.language))),
                .dt(.text(p(.requestedOn))), .dd(.text("\(purchase.requestedOn) — \(purchase.requestedBy)")),
                .dt(.text(p(.validatingParty))), .dd(.text(purchase.validatingParty)),
                .group(decision.map { made in
                    [Node<HTML.DescriptionListContext>.dt(.text(p(.decidedBy))), .dd(.text("\(made.by), \(made.on) — \(made.reason)"))]
                } ?? [])),
            .table(
                .class("listing"), .caption(.text(p(.items))),
                .thead(.tr(.group([p(.component), p(.model), p(.quantity), p(.unitPrice), p(.total)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(purchase.items.map { item in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(model.componentNames[item.componentID] ?? item.componentID)),
                        .td(.text(item.model)), .td(.text(String(item.quantity))), .td(.text(money(item.unitPrice))), .td(.text(money(item.total))))
                })),
                .tfoot(.tr(.th(.attribute(named: "scope", value: "row"), .text(p(.total))), .td(), .td(.text(String(purchase.deviceCount))),
                           .td(), .td(.text(money(purchase.total)))))),
            .if(purchase.state == .pending && model.canDecide, decisionForm),
            .if(isApproved && model.canReceive, receiptForm)
        )
    }

    private var decision: PurchaseRequest.Decision? {
        switch model.purchase.state {
        case .pending: nil
        case .approved(let made), .refused(let made), .received(let made, _): made
        }
    }

    private var isApproved: Bool { if case .approved = model.purchase.state { true } else { false } }

    private var decisionForm: Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.purchaseDecision(model.purchase.id).path),
            .h2(.text(p(.decide))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .div(.class("field"), .label(.for("decision"), .text(p(.decide))),
                 .select(.id("decision"), .attribute(named: "name", value: "decision"),
                         FormOption.node("approve", p(.approve), selected: true), FormOption.node("refuse", p(.refuse), selected: false))),
            .div(.class("field"), .label(.for("reason"), .text(p(.reason))),
                 .textarea(.id("reason"), .name("reason"), .rows(3), .required(true))),
            .button(.type(.submit), .text(p(.record)))
        )
    }

    private var receiptForm: Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.purchaseReceipt(model.purchase.id).path),
            .h2(.text(p(.receive))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .div(.class("field"), .label(.for("inventory_numbers"), .text(p(.inventoryNumbers))),
                 .textarea(.id("inventory_numbers"), .name("inventory_numbers"), .rows(6), .required(true))),
            .div(.class("field"), .label(.for("received_on"), .text(p(.receivedOn))),
                 .input(.type(.date), .id("received_on"), .name("received_on"), .required(true), .value(model.purchase.requestedOn.description))),
            .button(.type(.submit), .text(p(.enter)))
        )
    }
}
