import EntenteCore
import Plot
import Vapor

/// A security incident: where it happened and who handles it, and for the handlers its qualification,
/// timeline (requisitions and remediation with their states), the school head informed, its closure and
/// the breach it opened.
struct IncidentPage {
    let context: PageContext
    let incident: SecurityIncident
    let convention: Convention?
    let entries: [IncidentEntry]
    let handles: Bool
    let today: CalendarDate
    let refusal: String?

    private func i(_ phrase: IncidentPhrase) -> String { phrase.text(context.language) }
    private func moment(_ instant: Instant?) -> String { instant.map { BreachPhrase.moment($0, context.language) } ?? "—" }
    private func party(_ code: String) -> String { code + (convention?.party(code: code).map { " — \($0.name)" } ?? "") }

    func render(status: HTTPStatus = .ok) -> Response {
        let component = incident.componentID.flatMap { id in
            convention?.domains.flatMap(\.components).first { $0.id == id }?.name ?? id
        }
        let facts: [(String, String)] = [
            (i(.convention), convention?.title ?? incident.conventionID),
            (i(.establishment), incident.establishmentUAI ?? "—"),
            (i(.reportedBy), incident.reportedBy + ", " + moment(incident.reportedAt)),
            (i(.zone), incident.zone.map { DeskPhrase.zone($0, context.language) } ?? "—"),
            (i(.component), component ?? "—"),
            (i(.asset), incident.assetReference ?? "—"),
            (i(.summary), incident.summary),
            (i(.handler), party(incident.route.handlerCode)),
            (i(.informed), incident.route.informedCodes.isEmpty ? "—" : incident.route.informedCodes.map(party).joined(separator: " ; ")),
            (i(.chain), incident.route.chainID),
            (i(.category), incident.category.map { IncidentPhrase.category($0, context.language) } ?? "—"),
            (i(.severity), incident.severity.map { IncidentPhrase.severity($0, context.language) } ?? "—"),
            (i(.headInformed), moment(incident.headInformedAt)),
            (i(.status), incident.isClosed ? i(.closed) + ", " + moment(incident.closedAt) + " — " + (incident.lessons ?? "") : i(.open)),
        ]
        let response = Layout(context: context, title: incident.reference).render(
            .p(.a(.href(SiteURL.incidents.path), .text("← " + i(.register)))),
            .h1(.text(i(.navigation) + " — " + incident.reference)),
            .unwrap(refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .if(!handles, .p(.text(i(.yourReport)))),
            .dl(.class("facts"), .group(facts.map { label, value in .group(.dt(.text(label)), .dd(.text(value))) })),
            .if(handles, .group(breachLink, .if(!incident.isClosed, .group(qualification, headInformed)), timeline,
                                .if(!incident.isClosed, closure)))
        )
        response.status = status
        return response
    }

    private func form(_ change: String, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(SiteURL.incidentChange(incident.id, change).path),
              .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
              .group(content))
    }

    private var breachLink: Node<HTML.BodyContext> {
        if let breach = incident.breachID {
            return .p(.a(.href(SiteURL.breach(breach).path), .text(i(.breach))))
        }
        return .p(.a(.href(SiteURL.newBreach.path + "?incident=" + incident.id.uuidString.lowercased()), .text(i(.openBreach))))
    }

    private var qualification: Node<HTML.BodyContext> {
        .section(.h2(.text(i(.qualification))),
                 form("qualification",
                      LabelledSelect.field("category", i(.category), SecurityIncident.Category.allCases.map { ($0.rawValue, IncidentPhrase.category($0, context.language)) },
                             selected: incident.category?.rawValue),
                      LabelledSelect.field("severity", i(.severity), SecurityIncident.Severity.allCases.map { ($0.rawValue, IncidentPhrase.severity($0, context.language)) },
                             selected: incident.severity?.rawValue),
                      .button(.type(.submit), .text(i(.qualify)))))
    }

    private var headInformed: Node<HTML.BodyContext> {
        .if(incident.headInformedAt == nil && incident.establishmentUAI != nil,
            form("head-informed", .button(.type(.submit), .text(i(.informHead)))))
    }

    private var timeline: Node<HTML.BodyContext> {
        .section(
            .h2(.text(i(.timeline))),
            .if(entries.isEmpty, .p(.text(i(.noEntries))), else: .table(
                .class("listing"),
                .thead(.tr(.group([i(.reportedAt), i(.kind), i(.text), i(.party), i(.dueOn), i(.completed)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(entries.map { entry in
                    .tr(.td(.text(moment(entry.at))),
                        .th(.attribute(named: "scope", value: "row"), .text(IncidentPhrase.entry(entry.kind, context.language))),
                        .td(.text(entry.text)),
                        .td(.text(entry.party ?? "—")),
                        .td(.text(entry.dueOn?.description ?? "—"),
                            .if(entry.isOverdue(on: today), .strong(.class("late"), .text(" " + i(.overdue))))),
                        .td(completion(entry)))
                })))),
            .if(!incident.isClosed, form(
                "entries",
                .h3(.text(i(.addEntry))),
                LabelledSelect.field("kind", i(.kind), IncidentEntry.Kind.allCases.map { ($0.rawValue, IncidentPhrase.entry($0, context.language)) }, selected: nil),
                .div(.class("field"), .label(.for("text"), .text(i(.text))),
                     .textarea(.id("text"), .name("text"), .rows(3), .required(true))),
                .div(.class("field"), .label(.for("party"), .text(i(.party))),
                     .input(.type(.text), .id("party"), .name("party"))),
                .div(.class("field"), .label(.for("due_on"), .text(i(.dueOn))),
                     .input(.type(.date), .id("due_on"), .name("due_on"))),
                .button(.type(.submit), .text(i(.add)))))
        )
    }

    private func completion(_ entry: IncidentEntry) -> Node<HTML.BodyContext> {
        guard entry.kind == .requisition || entry.kind == .remediation else { return .text("—") }
        if let done = entry.completedAt { return .text(moment(done)) }
        return .form(.class("inline"), .method(.post), .action(SiteURL.incidentEntryDone(incident.id, entry.id).path),
                     .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                     .button(.type(.submit), .attribute(named: "aria-label", value: i(.complete) + " — " + entry.text),
                             .text(i(.complete))))
    }

    private var closure: Node<HTML.BodyContext> {
        .section(.h2(.text(i(.closure))),
                 form("closure",
                      .div(.class("field"), .label(.for("lessons"), .text(i(.lessons))),
                           .textarea(.id("lessons"), .name("lessons"), .rows(4), .required(true))),
                      .button(.type(.submit), .text(i(.close)))))
    }
}
