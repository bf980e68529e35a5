import EntenteCore
import Plot
import Vapor

/// A convention's crisis directory by party, the reviews overdue flagged, and the form to add a person.
struct CrisisDirectoryPage {
    let context: PageContext
    let convention: Convention
    let contacts: [CrisisContact]
    let editable: Set<String>
    let today: CalendarDate
    let form: CrisisDirectoryController.ContactForm?
    let problems: [CrisisContact.Problem]

    private func c(_ phrase: CrisisPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: c(.title) + " — " + convention.title).render(
            .p(.a(.href(SiteURL.convention(convention.id).path), .text("← " + convention.title))),
            .h1(.text(c(.title) + " — " + convention.title)),
            .p(.text(c(.intro))),
            .p(.class("hint"), .text(c(.printHint))),
            .if(contacts.isEmpty, .p(.text(c(.noContacts))), else: table),
            .if(!editable.isEmpty, addForm)
        )
        response.status = status
        return response
    }

    private var table: Node<HTML.BodyContext> {
        .table(
            .class("listing"),
            .thead(.tr(.group([c(.party), c(.function), c(.name), c(.phone), c(.email), c(.deputy), c(.reviewedOn)]
                .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
            .tbody(.group(contacts.map { contact in
                let overdue = contact.isReviewOverdue(on: today)
                return .tr(
                    .th(.attribute(named: "scope", value: "row"), .code(.text(contact.partyCode))),
                    .td(.text(CrisisPhrase.function(contact.function, context.language))),
                    .td(.text(contact.name)),
                    .td(.text(contact.phone)),
                    .td(.text(contact.email)),
                    .td(.text(contact.deputy.map { "\($0.name) — \($0.phone)" } ?? "—")),
                    .td(.text(contact.reviewedOn.description),
                        .if(overdue, .group(.text(" "), .strong(.class("late"), .text(c(.reviewOverdue))))),
                        .if(editable.contains(contact.partyCode), .form(
                            .class("inline"), .method(.post), .action(SiteURL.crisisContactReview(contact.id).path),
                            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                            .button(.type(.submit), .attribute(named: "aria-label", value: c(.markReviewed) + " — " + contact.name),
                                    .text(c(.markReviewed)))))))
            }))
        )
    }

    private var addForm: Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.crisisDirectory(convention.id).path),
            .h2(.text(c(.add))),
            .if(!problems.isEmpty, .div(.class("alert"), .attribute(named: "role", value: "alert"),
                                        .p(.text(c(.errors))),
                                        .ul(.group(problems.map { .li(.text(c(CrisisPhrase.problem($0)))) })))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .div(.class("field"), .label(.for("party"), .text(c(.party))),
                 .select(.id("party"), .attribute(named: "name", value: "party"),
                         .group(convention.parties.filter { editable.contains($0.code) }.map {
                             FormOption.node($0.code, "\($0.code) — \($0.name)", selected: $0.code == form?.party)
                         }))),
            .div(.class("field"), .label(.for("function"), .text(c(.function))),
                 .select(.id("function"), .attribute(named: "name", value: "function"),
                         .group(CrisisContact.Function.allCases.map {
                             FormOption.node($0.rawValue, CrisisPhrase.function($0, context.language), selected: $0.rawValue == form?.function)
                         }))),
            field("name", c(.name), form?.name, required: true),
            field("email", c(.email), form?.email, required: true, type: .email),
            field("phone", c(.phone), form?.phone, required: true, type: .tel),
            field("deputy_name", c(.deputyName), form?.deputy_name),
            field("deputy_phone", c(.deputyPhone), form?.deputy_phone, type: .tel),
            .button(.type(.submit), .text(c(.save)))
        )
    }

    private func field(_ name: String, _ label: String, _ value: String?, required: Bool = false,
                       type: HTMLInputType = .text) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(name), .text(label)),
             .input(.type(type), .id(name), .name(name), .value(value ?? ""), .required(required)))
    }
}
