import EntenteCore
import Plot
import Vapor

/// The report of a security incident: the convention, where it happened, what was seen.
struct IncidentFormPage {
    let context: PageContext
    let conventions: [Convention]
    let form: IncidentController.ReportForm
    let problems: [String]

    private func i(_ phrase: IncidentPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let components = conventions.first { $0.id == form.convention }.map { convention in
            convention.domains.flatMap { domain in domain.components.map { ($0.id, $0.name) } }
        } ?? []
        let response = Layout(context: context, title: i(.report)).render(
            .p(.a(.href(SiteURL.incidents.path), .text("← " + i(.register)))),
            .h1(.text(i(.report))),
            .p(.text(i(.reportIntro))),
            .if(!problems.isEmpty, .div(.class("alert"), .attribute(named: "role", value: "alert"),
                                        .ul(.group(problems.map { .li(.text($0)) })))),
            .form(
                .method(.post), .action(SiteURL.incidents.path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                LabelledSelect.field("convention", i(.convention), conventions.map { ($0.id, $0.title) }, selected: form.convention),
                .if(context.user?.establishmentUAI == nil, .div(
                    .class("field"), .label(.for("establishment"), .text(i(.establishment))),
                    .input(.type(.text), .id("establishment"), .name("establishment"), .value(form.establishment ?? "")))),
                LabelledSelect.field("zone", i(.zone), [("", i(.unknownZone))] + NetworkZone.allCases.map { ($0.rawValue, DeskPhrase.zone($0, context.language)) },
                       selected: form.zone),
                LabelledSelect.field("component", i(.component), [("", i(.noComponent))] + components, selected: form.component),
                .div(.class("field"), .label(.for("asset"), .text(i(.asset))),
                     .input(.type(.text), .id("asset"), .name("asset"), .value(form.asset ?? ""))),
                .div(.class("field"), .label(.for("summary"), .text(i(.summary))),
                     .textarea(.id("summary"), .name("summary"), .rows(5), .required(true), .text(form.summary ?? ""))),
                .button(.type(.submit), .text(i(.report)))
            )
        )
        response.status = status
        return response
    }
}
