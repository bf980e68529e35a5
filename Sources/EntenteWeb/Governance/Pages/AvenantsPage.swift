import EntenteCore
import Plot
import Vapor

/// A convention's avenants under way and done, the dates of its term, and the proposal form.
struct AvenantsPage {
    let context: PageContext
    let convention: Convention
    let avenants: [Avenant]
    let proposes: Bool
    let form: AvenantController.ProposalForm
    let problem: String?
    let today: CalendarDate

    private func a(_ phrase: AvenantPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: a(.navigation) + " — " + convention.title).render(
            .p(.a(.href(SiteURL.convention(convention.id).path), .text("← " + convention.title))),
            .h1(.text(a(.navigation))),
            .p(.text(a(.intro))),
            .unwrap(problem) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            ConventionTermSection(context: context, convention: convention, today: today).node,
            .h2(.text(a(.navigation))),
            .if(avenants.isEmpty, .p(.text(a(.none))), else: GovernanceForms.table([a(.number), a(.title), a(.status), a(.proposedBy)], avenants.map { avenant in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(String(avenant.number))),
                    .td(.a(.href(SiteURL.avenant(convention.id, avenant.number).path), .text(avenant.title))),
                    .td(.text(AvenantPhrase.status(avenant.status, context.language))), .td(.text(avenant.proposedBy)))
            })),
            .if(proposes, .section(.h2(.text(a(.propose))), GovernanceForms.post(
                SiteURL.avenants(convention.id).path, context.csrfToken,
                GovernanceForms.input("title", name: "title", a(.title), value: form.title),
                GovernanceForms.textarea("summary", name: "summary", a(.summary), value: form.summary ?? "", rows: 3, required: false),
                GovernanceForms.select("component", name: "component", a(.component),
                                       convention.components.map { ($0.component.id, $0.domain.name + " — " + $0.component.name) }, selected: form.component),
                GovernanceForms.select("activity", name: "activity", a(.activity),
                                       Activity.allCases.map { ($0.rawValue, context.language == .fr ? $0.frenchLabel : $0.englishLabel) }, selected: form.activity),
                GovernanceForms.input("parties", name: "parties", a(.parties) + " — " + a(.partiesHint), value: form.parties, required: false),
                .fieldset(.element(named: "legend", text: a(.joining)),
                          GovernanceForms.input("joining-code", name: "joining_code", a(.joiningCode), value: form.joining_code, required: false),
                          GovernanceForms.input("joining-name", name: "joining_name", a(.joiningName), value: form.joining_name, required: false),
                          GovernanceForms.select("joining-kind", name: "joining_kind", a(.joiningKind),
                                                 PartnerKind.allCases.map { ($0.rawValue, $0.rawValue) }, selected: form.joining_kind),
                          GovernanceForms.input("joining-partner", name: "joining_partner", a(.joiningPartner), value: form.joining_partner,
                                                required: false)),
                GovernanceForms.select("leaving", name: "leaving", a(.leaving),
                                       [("", a(.nobody))] + Avenant.signatories(of: convention).map { ($0, $0) }, selected: form.leaving),
                .button(.type(.submit), .text(a(.propose))))))
        )
        response.status = status
        return response
    }
}

/// The dates of the convention's term, with those passed or near flagged.
struct ConventionTermSection {
    let context: PageContext
    let convention: Convention
    let today: CalendarDate

    var node: Node<HTML.BodyContext> {
        let term = ConventionTerm(convention)
        return .if(!term.milestones.isEmpty, .section(
            .h2(.text(AvenantPhrase.term.text(context.language))),
            .ul(.group(term.milestones.map { milestone, day in
                .li(.text(AvenantPhrase.milestone(milestone, context.language) + context.colon + day.frenchLabel),
                    .if(day < today, .strong(.class("late"), .text(" — " + AvenantPhrase.passed.text(context.language))),
                        else: .if(day <= today.adding(days: 90), .strong(.text(" — " + AvenantPhrase.soon.text(context.language))))))
            }))))
    }
}
