import EntenteCore
import Plot
import Vapor

/// The conformance of a scope to the référentiel: each establishment's percentage, or one
/// establishment line by line with the form that records a modulation.
struct ConformancePage {
    struct Evaluation: Sendable {
        var establishment: Establishment
        var standard: EquipmentStandard
        var conformance: EquipmentConformance
    }

    struct Model {
        var evaluations: [Evaluation]
        var focus: Establishment?
        var percentage: Int?
        var componentNames: [String: String]
        var canModulate: Bool
        var today: CalendarDate
    }

    let context: PageContext
    let model: Model

    private func c(_ phrase: ConformancePhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        Layout(context: context, title: c(.title)).render(
            .p(.a(.href(SiteURL.inventory.path), .text("← " + InventoryPhrase.assets.text(context.language)))),
            .h1(.text(c(.title))),
            .p(.text(c(.intro))),
            .form(
                .class("filters"), .method(.get), .action(SiteURL.conformance.path), .attribute(named: "role", value: "search"),
                .div(.class("field"), .label(.for("establishment"), .text(c(.allEstablishments))),
                     .input(.type(.text), .id("establishment"), .name("establishment"), .value(model.focus?.uai.value ?? ""))),
                .button(.type(.submit), .text(c(.filter)))
            ),
            .if(model.evaluations.isEmpty, .p(.text(c(.noStandard))), else: .group([
                .p(.attribute(named: "role", value: "status"),
                   .text("\(c(.territory))\(context.colon)"), .strong(.text(percent(model.percentage)))),
                model.focus == nil ? establishments : lines(model.evaluations[0]),
            ]))
        )
    }

    private func percent(_ value: Int?) -> String { value.map { "\($0) %" } ?? "—" }

    private var establishments: Node<HTML.BodyContext> {
        .table(
            .class("listing"),
            .thead(.tr(.group([c(.establishment), c(.percentage), c(.missing), c(.unapproved)]
                .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
            .tbody(.group(model.evaluations.map { evaluation in
                let conformance = evaluation.conformance
                return .tr(
                    .th(.attribute(named: "scope", value: "row"),
                        .a(.href(SiteURL.conformance.path + "?establishment=\(evaluation.establishment.uai.value)"),
                           .text("\(evaluation.establishment.name) (\(evaluation.establishment.uai.value))"))),
                    .td(.text(percent(conformance.percentage))),
                    .td(.text(String(conformance.lines.reduce(0) { $0 + $1.missing }))),
                    .td(.text(String(conformance.lines.reduce(0) { $0 + $1.unapproved }))))
            }))
        )
    }

    private func lines(_ evaluation: Evaluation) -> Node<HTML.BodyContext> {
        .group(
            .p(.text("\(c(.source))\(context.colon)\(evaluation.standard.source)")),
            .table(
                .class("listing"),
                .caption(.text("\(evaluation.establishment.name) (\(evaluation.establishment.uai.value))")),
                .thead(.tr(.group([c(.component), c(.standard), c(.modulated), c(.have), c(.missing), c(.surplus), c(.unapproved), c(.conformant)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(evaluation.conformance.lines.map { line in
                    let standard = evaluation.standard.lines.first { $0.componentID == line.componentID }
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(model.componentNames[line.componentID] ?? line.componentID)),
                        .td(.text(standard?.quantities[evaluation.establishment.kind]
                            .flatMap { $0.expected(pupils: evaluation.establishment.latestPupils?.count) }.map(String.init) ?? "—")),
                        .td(.text(line.modulation.map { "\($0.quantity) (\($0.agreedOn), \($0.agreedWith)\(context.colon)\($0.reason))" } ?? "—")),
                        .td(.text(String(line.have))), .td(.text(String(line.missing))), .td(.text(String(line.surplus))),
                        .td(.text(String(line.unapproved))),
                        .td(.text(line.expected == nil ? c(.notJudged) : c(line.isConformant ? .yes : .no))))
                }))
            ),
            .if(model.canModulate, modulationForm(evaluation))
        )
    }

    private func modulationForm(_ evaluation: Evaluation) -> Node<HTML.BodyContext> {
        let modulable = evaluation.standard.lines.filter(\.modulable)
        guard !modulable.isEmpty else { return .empty }
        return .form(
            .method(.post), .action(SiteURL.modulations.path),
            .h2(.text(c(.modulate))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .input(.type(.hidden), .name("establishment"), .value(evaluation.establishment.uai.value)),
            .div(.class("field"), .label(.for("component"), .text(c(.component))),
                 .select(.id("component"), .attribute(named: "name", value: "component"),
                         .group(modulable.map { FormOption.node($0.componentID, model.componentNames[$0.componentID] ?? $0.componentID, selected: false) }))),
            .div(.class("field"), .label(.for("quantity"), .text(c(.quantity))),
                 .input(.type(.number), .id("quantity"), .name("quantity"), .required(true), .attribute(named: "min", value: "0"))),
            .div(.class("field"), .label(.for("agreed_on"), .text(c(.agreedOn))),
                 .input(.type(.date), .id("agreed_on"), .name("agreed_on"), .value(model.today.description), .required(true))),
            .div(.class("field"), .label(.for("agreed_with"), .text(c(.agreedWith))),
                 .input(.type(.text), .id("agreed_with"), .name("agreed_with"), .required(true))),
            .div(.class("field"), .label(.for("reason"), .text(c(.reason))),
                 .textarea(.id("reason"), .name("reason"), .rows(3), .required(true))),
            .button(.type(.submit), .text(c(.record)))
        )
    }
}
