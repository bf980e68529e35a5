import EntenteCore
import Plot
import Vapor

/// The standard declaration form of a breach (seed 000, annex 1, art. 4.1), with the time of awareness.
struct BreachFormPage {
    let context: PageContext
    let conventions: [Convention]
    let form: BreachController.DeclarationForm
    let problems: [BreachDeclaration.Field: BreachDeclaration.Problem]

    private func b(_ phrase: BreachPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: b(.declare)).render(
            .p(.a(.href(SiteURL.breaches.path), .text("← " + b(.register)))),
            .h1(.text(b(.declare))),
            .p(.text(b(.declareIntro))),
            .if(!problems.isEmpty, .div(
                .class("alert"), .attribute(named: "role", value: "alert"), .id("erreurs"),
                .p(.text(b(.errors))),
                .ul(.group(BreachDeclaration.Field.allCases.compactMap { field in
                    problems[field].map { .li(.a(.href("#\(field.rawValue)"), .text(label(field) + context.colon + message($0)))) }
                })))),
            .form(
                .method(.post), .action(SiteURL.breaches.path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .unwrap(form.incident) { .input(.type(.hidden), .name("incident"), .value($0)) },
                .div(.class("field"), .label(.for("convention"), .text(b(.convention))),
                     .select(.id("convention"), .attribute(named: "name", value: "convention"),
                             .group(conventions.map { FormOption.node($0.id, $0.title, selected: $0.id == form.convention) }))),
                .div(.class("field"), .label(.for(BreachDeclaration.Field.origin.rawValue), .text(b(.origin))),
                     .select(.id(BreachDeclaration.Field.origin.rawValue), .attribute(named: "name", value: "origin"),
                             .attribute(named: "aria-describedby", value: "origin-hint"),
                             invalid(.origin),
                             .group(parties.map { FormOption.node($0.code, "\($0.code) — \($0.name)", selected: $0.code == form.origin) })),
                     .p(.class("hint"), .id("origin-hint"), .text(b(.originHint))),
                     problem(.origin)),
                dateField(.awareness, name: "aware", value: form.aware, required: true, hint: b(.awarenessHint)),
                textField(.service, name: "service", value: form.service, required: true),
                textField(.hostingLocation, name: "hosting", value: form.hosting),
                dateField(.startedAt, name: "started", value: form.started),
                dateField(.endedAt, name: "ended", value: form.ended),
                .fieldset(.id(BreachDeclaration.Field.natures.rawValue),
                          .element(named: "legend", text: b(.natures)),
                          natureBox(.confidentiality, checked: form.nature_confidentiality != nil),
                          natureBox(.integrity, checked: form.nature_integrity != nil),
                          natureBox(.availability, checked: form.nature_availability != nil),
                          problem(.natures)),
                area(.summary, name: "summary", value: form.summary, required: true),
                area(.dataCategories, name: "data", value: form.data),
                area(.personCategories, name: "persons", value: form.persons),
                textField(.personCount, name: "person_count", value: form.person_count, numeric: true),
                textField(.recordCount, name: "record_count", value: form.record_count, numeric: true),
                area(.measures, name: "measures", value: form.measures),
                .button(.type(.submit), .text(b(.declare)))
            )
        )
        response.status = status
        return response
    }

    /// Every party of every convention offered; the chosen convention's parties first.
    private var parties: [ConventionParty] {
        var seen: Set<String> = []
        let ordered = conventions.sorted { ($0.id == form.convention ? 0 : 1) < ($1.id == form.convention ? 0 : 1) }
        return ordered.flatMap(\.parties).filter { seen.insert($0.code).inserted }
    }

    private func label(_ field: BreachDeclaration.Field) -> String {
        switch field {
        case .awareness: b(.awareness)
        case .service: b(.service)
        case .hostingLocation: b(.hosting)
        case .startedAt: b(.started)
        case .endedAt: b(.ended)
        case .natures: b(.natures)
        case .summary: b(.summary)
        case .dataCategories: b(.dataCategories)
        case .personCategories: b(.personCategories)
        case .personCount: b(.personCount)
        case .recordCount: b(.recordCount)
        case .measures: b(.measures)
        case .origin: b(.origin)
        }
    }

    private func message(_ problem: BreachDeclaration.Problem) -> String {
        switch problem {
        case .required: b(.required)
        case .invalid: b(.invalid)
        case .inFuture: b(.inFuture)
        case .endBeforeStart: b(.endBeforeStart)
        case .negative: b(.negative)
        }
    }

    private func invalid<Context>(_ field: BreachDeclaration.Field) -> Node<Context> {
        .attribute(named: "aria-invalid", value: problems[field] != nil ? "true" : nil)
    }

    private func problem<Context: HTML.BodyContext>(_ field: BreachDeclaration.Field) -> Node<Context> {
        .unwrap(problems[field]) { .p(.class("field-error"), .id("\(field.rawValue)-erreur"), .text(message($0))) }
    }

    private func invalidInput(_ field: BreachDeclaration.Field) -> Attribute<HTML.InputContext> {
        .attribute(named: "aria-invalid", value: problems[field] != nil ? "true" : nil)
    }

    private func described(_ field: BreachDeclaration.Field, hint: Bool) -> Attribute<HTML.InputContext> {
        let ids = [hint ? "\(field.rawValue)-hint" : nil, problems[field] != nil ? "\(field.rawValue)-erreur" : nil].compactMap { $0 }
        return .attribute(named: "aria-describedby", value: ids.isEmpty ? nil : ids.joined(separator: " "))
    }

    private func dateField(_ field: BreachDeclaration.Field, name: String, value: String?, required: Bool = false,
                           hint: String? = nil) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(field.rawValue), .text(label(field))),
             .input(.type(.datetimeLocal), .id(field.rawValue), .name(name), .value(value ?? ""), .required(required),
                    invalidInput(field), described(field, hint: hint != nil)),
             .unwrap(hint) { .p(.class("hint"), .id("\(field.rawValue)-hint"), .text($0)) },
             problem(field))
    }

    private func textField(_ field: BreachDeclaration.Field, name: String, value: String?, required: Bool = false,
                           numeric: Bool = false) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(field.rawValue), .text(label(field))),
             .input(.type(.text), .id(field.rawValue), .name(name), .value(value ?? ""), .required(required),
                    .attribute(named: "inputmode", value: numeric ? "numeric" : nil),
                    invalidInput(field), described(field, hint: false)),
             problem(field))
    }

    private func area(_ field: BreachDeclaration.Field, name: String, value: String?, required: Bool = false) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(field.rawValue), .text(label(field))),
             .textarea(.id(field.rawValue), .name(name), .rows(3), .required(required), invalid(field), .text(value ?? "")),
             problem(field))
    }

    private func natureBox(_ nature: BreachNature, checked: Bool) -> Node<HTML.FormContext> {
        .div(.class("field checkbox"),
             .input(.type(.checkbox), .id("nature-\(nature.rawValue)"), .name("nature_\(nature.rawValue)"), .value("1"),
                    .checked(checked)),
             .label(.for("nature-\(nature.rawValue)"), .text(BreachPhrase.nature(nature, context.language))))
    }
}
