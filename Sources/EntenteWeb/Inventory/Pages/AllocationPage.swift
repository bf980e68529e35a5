import EntenteCore
import Plot
import Vapor

/// Allocating a batch of devices to a class list, and what was allocated to whom.
struct AllocationPage {
    struct Model {
        var establishment: String
        var component: String = ""
        var className: String = ""
        var pupils: String = ""
        /// Component names by id, for the choice of devices.
        var components: [String: String]
        var problem: LoanPhrase?
        var refusal: AssetLending.Refusal?
        var allocated: [(asset: Asset, holder: AssetLoan.Holder)] = []
        /// Loans ended by an end of schooling.
        var ended: Int?
    }

    let context: PageContext
    let model: Model

    private func l(_ phrase: LoanPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: l(.allocate)).render(
            .p(.a(.href(SiteURL.inventory.path), .text("← " + InventoryPhrase.assets.text(context.language)))),
            .h1(.text(l(.allocate))),
            .unwrap(model.refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0.text(context.language)))) },
            .unwrap(model.problem) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text(l($0)))) },
            .if(!model.allocated.isEmpty, .section(
                .attribute(named: "aria-labelledby", value: "attribues"),
                .h2(.id("attribues"), .text("\(model.allocated.count) \(l(.allocated))")),
                .table(.class("listing"),
                       .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(InventoryPhrase.inventoryNumber.text(context.language))),
                                  .th(.attribute(named: "scope", value: "col"), .text(l(.holderKind))))),
                       .tbody(.group(model.allocated.map { asset, holder in
                           .tr(.th(.attribute(named: "scope", value: "row"),
                                   .a(.href(SiteURL.asset(asset.id).path), .text(asset.details.inventoryNumber))),
                               .td(.text(LoanPhrase.holder(holder, cartNames: [:], context.language))))
                       }))))),
            .unwrap(model.ended) { .div(.attribute(named: "role", value: "status"), .p(.text("\($0) \(l(.loansEnded))"))) },
            .form(
                .method(.post), .action(SiteURL.allocations.path),
                .p(.text(l(.allocateIntro))),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .div(.class("field"), .label(.for("establishment"), .text(l(.establishment))),
                     .input(.type(.text), .id("establishment"), .name("establishment"), .value(model.establishment), .required(true))),
                .div(.class("field"), .label(.for("component"), .text(l(.component))),
                     .select(.id("component"), .attribute(named: "name", value: "component"),
                             .group(model.components.sorted { $0.value < $1.value }.map { id, name in
                                 FormOption.node(id, name, selected: id == model.component)
                             }))),
                .div(.class("field"), .label(.for("class_name"), .text(l(.className))),
                     .input(.type(.text), .id("class_name"), .name("class_name"), .value(model.className), .required(true))),
                .div(.class("field"), .label(.for("pupils"), .text(l(.pupils))),
                     .textarea(.id("pupils"), .name("pupils"), .rows(8), .required(true), .text(model.pupils))),
                .button(.type(.submit), .text(l(.allocateButton)))
            ),
            .form(
                .method(.post), .action(SiteURL.allocationsEnd.path),
                .h2(.text(l(.endSchooling))),
                .p(.text(l(.endSchoolingIntro))),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .div(.class("field"), .label(.for("end-establishment"), .text(l(.establishment))),
                     .input(.type(.text), .id("end-establishment"), .name("establishment"), .value(model.establishment), .required(true))),
                .div(.class("field"), .label(.for("end-class"), .text(l(.className))),
                     .input(.type(.text), .id("end-class"), .name("class_name"), .required(true))),
                .div(.class("field"), .label(.for("end"), .text(l(.schoolingEnd))),
                     .select(.id("end"), .attribute(named: "name", value: "end"),
                             .group(AssetLending.SchoolingEnd.allCases.map { FormOption.node($0.rawValue, $0.text(context.language), selected: false) }))),
                .button(.type(.submit), .text(l(.endLoans)))
            )
        )
        response.status = status
        return response
    }
}
