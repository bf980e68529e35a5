import EntenteCore
import Plot
import Vapor

/// Scheduling a meeting of a body the user runs.
struct MeetingFormPage {
    let context: PageContext
    let bodies: [(id: String, label: String)]
    let form: GovernanceController.ScheduleForm
    let previous: GovernanceMeeting?
    let carried: Set<Int>
    let problems: [String]

    private func g(_ phrase: GovernancePhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: g(.schedule)).render(
            .p(.a(.href(SiteURL.governance.path), .text("← " + g(.navigation)))),
            .h1(.text(g(.schedule))),
            .p(.text(g(.scheduleIntro))),
            .if(!problems.isEmpty, .div(.class("field-error"), .attribute(named: "role", value: "alert"),
                                        .ul(.group(problems.map { .li(.text($0)) })))),
            GovernanceForms.post(SiteURL.governance.path, context.csrfToken,
                                 GovernanceForms.select("body", name: "body", g(.body), bodies.map { ($0.id, $0.label) }, selected: form.body),
                                 GovernanceForms.input("scheduled_at", name: "scheduled_at", g(.scheduledAt), type: .datetimeLocal, value: form.scheduled_at),
                                 GovernanceForms.input("place", name: "place", g(.place), value: form.place),
                                 carryOver,
                                 GovernanceForms.textarea("agenda", name: "agenda", g(.agenda) + " — " + g(.agendaHint), value: form.agenda ?? "",
                                                          rows: 6, required: false),
                                 .button(.type(.submit), .text(g(.save))))
        )
        response.status = status
        return response
    }

    /// The last meeting's agenda items, to take up again (carried over).
    private var carryOver: Node<HTML.FormContext> {
        guard let previous, !previous.agenda.isEmpty else { return .empty }
        return .fieldset(.element(named: "legend", text: g(.carryOver) + " " + BreachPhrase.moment(previous.scheduledAt, context.language)),
                         .group(previous.agenda.enumerated().map { index, item in
                             .div(.class("field checkbox"),
                                  .input(.type(.checkbox), .id("carry-\(index)"), .name("carry_\(index)"), .value("1"), .checked(carried.contains(index))),
                                  .label(.for("carry-\(index)"), .text(item.title)))
                         }))
    }
}
