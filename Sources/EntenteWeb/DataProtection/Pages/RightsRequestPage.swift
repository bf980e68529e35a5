import EntenteCore
import Plot
import Vapor

/// A rights request: who asked what, who handles it under the convention, its deadline and the rule,
/// and its steps — identity, acknowledgement (with the template's text), extension, answer.
struct RightsRequestPage {
    let context: PageContext
    let item: RightsRequest
    let convention: Convention?
    let route: RightsRequestRouting.Route?
    let today: CalendarDate
    let refusal: String?

    private func r(_ phrase: RightsRequestPhrase) -> String { phrase.text(context.language) }
    private func day(_ day: CalendarDate?) -> String {
        day.map { context.language == .fr ? $0.frenchLabel : $0.description } ?? "—"
    }
    private func party(_ code: String) -> String {
        code + (convention?.party(code: code).map { " — \($0.name)" } ?? "")
    }

    func render() -> Response { render(status: .ok) }

    func render(status: HTTPStatus) -> Response {
        let facts: [(String, String)] = [
            (r(.convention), convention?.title ?? item.conventionID),
            (r(.right), RightsRequestPhrase.right(item.right, context.language)),
            (r(.requester), RightsRequestPhrase.requester(item.requester, context.language) + " — " + item.requesterName),
            (r(.requesterContact), item.requesterContact.isEmpty ? "—" : item.requesterContact),
            (r(.receivedBy), party(item.receivedBy)),
            (r(.receivedOn), day(item.receivedOn)),
            (r(.handler), ([item.handlerCode] + item.contributorCodes).map(party).joined(separator: " ; ")),
            (r(.identity), RightsRequestPhrase.identity(item.identity, context.language) + (item.identityNote.map { " — \($0)" } ?? "")),
            (r(.acknowledgedOn), day(item.acknowledgedOn)),
            (r(.extendedOn), item.extendedOn.map { day($0) + " — " + (item.extensionReason ?? "") } ?? "—"),
            (r(.lastDay), day(item.lastDay)),
            (r(.standing), RightsRequestPhrase.standing(item.standing(on: today), context.language)),
        ]
        let handler = convention?.party(code: item.handlerCode)?.name ?? item.handlerCode
        let response = Layout(context: context, title: item.reference).render(
            .p(.a(.href(SiteURL.rightsRequests.path), .text("← " + r(.register)))),
            .h1(.text(r(.navigation) + " — " + item.reference)),
            .unwrap(refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .dl(.class("facts"), .group(facts.map { label, value in .group(.dt(.text(label)), .dd(.text(value))) })),
            .p(.class("hint"), .text(RightsRequestWording.rule(received: item.receivedOn, extended: item.isExtended,
                                                               lastDay: item.lastDay, language: context.language))),
            routing,
            .if(item.answeredOn == nil, .group(identityForm, acknowledgement(handler: handler), extensionForm, answerForm),
                else: .section(.h2(.text(r(.answer))), .p(.text(r(.answeredOn) + context.colon + day(item.answeredOn))),
                               .p(.text(item.answer ?? ""))))
        )
        response.status = status
        return response
    }

    private var routing: Node<HTML.BodyContext> {
        .section(
            .h2(.text(r(.routing))),
            .unwrap(route) { route in
                .group(
                    .if(route.isByDefault, .p(.text(r(.byDefault)))),
                    .if(!route.preemptionCodes.isEmpty, .p(.text(r(.preemption) + context.colon + route.preemptionCodes.joined(separator: ", ")))),
                    .unwrap(route.row) { row in
                        .p(.class("hint"), .text(r(.routedBy) + context.colon + (row.note ?? "") + " (" + row.source.section + ")"))
                    })
            })
    }

    private func form(_ step: String, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(SiteURL.rightsRequestStep(item.id, step).path),
              .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
              .group(content))
    }

    private var identityForm: Node<HTML.BodyContext> {
        .section(
            .h2(.text(r(.identity))),
            form("identity",
                 .div(.class("field"), .label(.for("identity"), .text(r(.identity))),
                      .select(.id("identity"), .attribute(named: "name", value: "identity"),
                              .group(RightsRequest.Identity.allCases.map {
                                  FormOption.node($0.rawValue, RightsRequestPhrase.identity($0, context.language), selected: $0 == item.identity)
                              }))),
                 .div(.class("field"), .label(.for("identity_note"), .text(r(.identityNote))),
                      .input(.type(.text), .id("identity_note"), .name("identity_note"), .value(item.identityNote ?? ""))),
                 .button(.type(.submit), .text(r(.saveIdentity)))))
    }

    private func acknowledgement(handler: String) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(r(.acknowledgement))),
            .element(named: "pre", nodes: [.class("letter"), .text(RightsRequestPhrase.acknowledgementText(item, handler: handler))]),
            .if(item.acknowledgedOn == nil, form("acknowledgement", .button(.type(.submit), .text(r(.acknowledge))))))
    }

    private var extensionForm: Node<HTML.BodyContext> {
        .if(!item.isExtended, .section(
            .h2(.text(r(.extensionTitle))),
            form("extension",
                 .div(.class("field"), .label(.for("reason"), .text(r(.extensionReason))),
                      .textarea(.id("reason"), .name("reason"), .rows(3), .required(true))),
                 .button(.type(.submit), .text(r(.extend))))))
    }

    private var answerForm: Node<HTML.BodyContext> {
        .section(
            .h2(.text(r(.answer))),
            form("answer",
                 .div(.class("field"), .label(.for("answer"), .text(r(.answerText))),
                      .textarea(.id("answer"), .name("answer"), .rows(5), .required(true))),
                 .button(.type(.submit), .text(r(.recordAnswer)))))
    }
}
