import EntenteCore
import Plot
import Vapor

/// A new rights request: the convention, the right, who asks and where it was received.
struct RightsRequestFormPage {
    let context: PageContext
    let conventions: [Convention]
    let form: RightsRequestController.RequestForm
    let problems: [String]

    private func r(_ phrase: RightsRequestPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let parties: [ConventionParty] = {
            var seen: Set<String> = []
            return conventions.flatMap(\.parties).filter { seen.insert($0.code).inserted }
        }()
        let response = Layout(context: context, title: r(.new)).render(
            .p(.a(.href(SiteURL.rightsRequests.path), .text("← " + r(.register)))),
            .h1(.text(r(.new))),
            .p(.text(r(.newIntro))),
            .if(!problems.isEmpty, .div(.class("alert"), .attribute(named: "role", value: "alert"),
                                        .ul(.group(problems.map { .li(.text($0)) })))),
            .form(
                .method(.post), .action(SiteURL.rightsRequests.path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                LabelledSelect.field("convention", r(.convention), conventions.map { ($0.id, $0.title) }, selected: form.convention),
                LabelledSelect.field("right", r(.right), DataSubjectRight.allCases.map { ($0.rawValue, RightsRequestPhrase.right($0, context.language)) },
                       selected: form.right ?? DataSubjectRight.access.rawValue),
                LabelledSelect.field("requester", r(.requester),
                       RequesterCategory.allCases.map { ($0.rawValue, RightsRequestPhrase.requester($0, context.language)) },
                       selected: form.requester),
                .div(.class("field"), .label(.for("requester_name"), .text(r(.requesterName))),
                     .input(.type(.text), .id("requester_name"), .name("requester_name"), .required(true), .value(form.requester_name ?? ""))),
                .div(.class("field"), .label(.for("requester_contact"), .text(r(.requesterContact))),
                     .input(.type(.text), .id("requester_contact"), .name("requester_contact"), .value(form.requester_contact ?? ""),
                            .attribute(named: "aria-describedby", value: "contact-hint")),
                     .p(.class("hint"), .id("contact-hint"), .text(r(.contactHint)))),
                LabelledSelect.field("received_by", r(.receivedBy), parties.map { ($0.code, "\($0.code) — \($0.name)") }, selected: form.received_by),
                .div(.class("field"), .label(.for("received_on"), .text(r(.receivedOn))),
                     .input(.type(.date), .id("received_on"), .name("received_on"), .required(true), .value(form.received_on ?? ""))),
                .button(.type(.submit), .text(r(.record)))
            )
        )
        response.status = status
        return response
    }
}
