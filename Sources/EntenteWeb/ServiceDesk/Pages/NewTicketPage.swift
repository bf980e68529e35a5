import EntenteCore
import Plot
import Vapor

/// The short intake form: only what routing needs, then the requester's words.
struct NewTicketPage {
    let context: PageContext
    let establishments: [Establishment]
    let lockedEstablishment: Bool
    let convention: Convention?
    let form: TicketController.IntakeForm
    let problems: [TicketIntake.Field: TicketIntake.Problem]
    /// The limits the optional file is held to (no file field without them).
    var attachmentPolicy: AttachmentPolicy? = nil
    /// Why the file sent was refused; the other fields come back as they were, the file must be chosen again.
    var fileProblem: String? = nil

    func render() -> Response {
        Layout(context: context, title: context.desk(.newTicket)).render(
            .h1(.text(context.desk(.newTicket))),
            .if(!problems.isEmpty || fileProblem != nil,
                .div(.class("alert"), .attribute(named: "role", value: "alert"), .id("erreurs"),
                     .ul(.group(TicketIntake.Field.allCases.compactMap { field in
                         problems[field].map { .li(.a(.href("#\(field.rawValue)"), .text(message($0)))) }
                     }),
                     .unwrap(fileProblem) { .li(.a(.href("#file"), .text($0))) }))),
            .form(
                .class("intake"), .method(.post), .action(SiteURL.tickets.path), .enctype(.multipartData),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                establishmentField,
                select(.kind, "kind", TicketKind.allCases.map { ($0.rawValue, context.label($0)) }, selected: form.kind),
                componentField,
                select(.nature, "nature", WorkNature.allCases.map { ($0.rawValue, context.label($0)) }, selected: form.nature),
                select(.funding, "funding", [("", context.desk(.fundingUnknown)),
                                             ("collectivite", context.desk(.fundingCollectivite)),
                                             ("etablissement", context.desk(.fundingEtablissement)),
                                             ("academie", context.desk(.fundingAcademie))],
                       selected: form.funding, field: .funding),
                select(.zone, "zone", [("", context.desk(.zoneUnknown))]
                    + NetworkZone.allCases.map { ($0.rawValue, DeskPhrase.zone($0, context.language)) },
                       selected: form.zone, field: .zone),
                .div(.class("field checkbox"),
                     .input(.type(.checkbox), .id("impacts_whole"), .name("impacts_whole"), .value("1"),
                            .checked(form.impacts_whole != nil)),
                     .label(.for("impacts_whole"), .text(context.desk(.impactsWhole)))),
                textField(.title, "title", value: form.title, field: .title),
                .div(.class("field"),
                     .label(.for("description"), .text(context.desk(.description))),
                     .textarea(.id("description"), .name("description"), .rows(6), .required(true),
                               .attribute(named: "aria-invalid", value: problems[.description] != nil ? "true" : nil),
                               .text(form.description ?? ""))),
                textField(.requester, "requester_name", value: form.requester_name, field: .requesterName),
                textField(.assetReference, "asset_reference", value: form.asset_reference, field: nil, required: false),
                .unwrap(attachmentPolicy) { fileField($0) },
                .button(.type(.submit), .text(context.desk(.fileTicket)))
            )
        )
    }

    /// One optional file, held to the same policy as the ticket page's uploads.
    private func fileField(_ policy: AttachmentPolicy) -> Node<HTML.FormContext> {
        let language = context.language
        let accept = AttachmentType.acceptedExtensions.map { "." + $0 }.joined(separator: ",")
        return .div(.class("field"),
                    .label(.for("file"), .text(AttachmentPhrase.optionalOnIntake.text(language))),
                    .input(.type(.file), .id("file"), .name("file"), .attribute(named: "accept", value: accept),
                           .attribute(named: "aria-invalid", value: fileProblem != nil ? "true" : nil),
                           .attribute(named: "aria-describedby", value: fileProblem != nil ? "file-erreur file-hint" : "file-hint")),
                    .p(.class("hint"), .id("file-hint"),
                       .text(AttachmentPhrase.fileHint.text(language) + ". " + AttachmentText.limits(policy, language))),
                    .unwrap(fileProblem) { .p(.class("field-error"), .id("file-erreur"), .text($0)) })
    }

    private var establishmentField: Node<HTML.FormContext> {
        .div(.class("field"),
             .label(.for("establishment"), .text(context.desk(.establishment))),
             .select(.id("establishment"), .attribute(named: "name", value: "establishment"),
                     .attribute(named: "disabled", value: lockedEstablishment ? "disabled" : nil),
                     .group(establishments.map { establishment in
                         FormOption.node(establishment.uai.value,
                                        "\(establishment.name) — \(establishment.commune) (\(establishment.uai.value))",
                                        selected: establishment.uai.value == form.establishment)
                     })),
             problemText(.establishment))
    }

    private var componentField: Node<HTML.FormContext> {
        .div(.class("field"),
             .label(.for("component"), .text(context.desk(.component))),
             .select(.id("component"), .attribute(named: "name", value: "component"),
                     .attribute(named: "aria-invalid", value: problems[.component] != nil ? "true" : nil),
                     .group((convention?.domains ?? []).filter { $0.kind == .service }.map { domain in
                         .element(named: "optgroup", nodes: [
                             .attribute(named: "label", value: domain.name),
                             .group(domain.components.map { component in
                                 FormOption.node(component.id, component.name, selected: component.id == form.component)
                             }),
                         ])
                     })),
             problemText(.component))
    }

    private func select(_ phrase: DeskPhrase, _ name: String, _ options: [(String, String)], selected: String?,
                        field: TicketIntake.Field? = nil) -> Node<HTML.FormContext> {
        .div(.class("field"),
             .label(.for(name), .text(context.desk(phrase))),
             .select(.id(name), .attribute(named: "name", value: name),
                     .attribute(named: "aria-invalid", value: field.flatMap { problems[$0] } != nil ? "true" : nil),
                     .group(options.map { value, label in FormOption.node(value, label, selected: value == selected) })),
             .unwrap(field) { problemText($0) })
    }

    private func textField(_ phrase: DeskPhrase, _ name: String, value: String?, field: TicketIntake.Field?,
                           required: Bool = true) -> Node<HTML.FormContext> {
        .div(.class("field"),
             .label(.for(name), .text(context.desk(phrase))),
             .input(.type(.text), .id(name), .name(name), .value(value ?? ""), .required(required),
                    .attribute(named: "aria-invalid", value: field.flatMap { problems[$0] } != nil ? "true" : nil)),
             .unwrap(field) { problemText($0) })
    }

    private func problemText<Context: HTML.BodyContext>(_ field: TicketIntake.Field) -> Node<Context> {
        .unwrap(problems[field]) { .p(.class("field-error"), .id("\(field.rawValue)-erreur"), .text(message($0))) }
    }

    private func message(_ problem: TicketIntake.Problem) -> String {
        switch problem {
        case .required: return context.desk(.fieldRequired)
        case .tooLong(let max): return context.desk(.fieldTooLong) + " " + DeskPhrase.atMostCharacters(max, context.language)
        case .notOneOf: return context.desk(.unknownChoice)
        case .notCovered: return context.desk(.notCovered)
        case .unknownComponent: return context.desk(.unknownComponent)
        case .needsContext(let rules):
            let options = rules.map { "\($0.raci.responsible.joined(separator: "+")) (\(context.label($0.condition)))" }
            let phrase: DeskPhrase = rules.contains { $0.condition.funding != nil } ? .needsFunding : .needsZone
            return context.desk(phrase) + " " + options.joined(separator: " ; ")
        case .nobodyResponsible: return context.desk(.nobodyResponsible)
        }
    }
}

/// An `<option>` with its text: Plot's own option element carries no content. The value is written
/// even when empty: Plot drops empty attributes, and an option without one sends its label ("Toutes
/// les équipes") instead of nothing.
enum FormOption {
    static func node(_ value: String, _ label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [
            .attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
            .attribute(named: "selected", value: selected ? "selected" : nil),
            .text(label),
        ])
    }
}
