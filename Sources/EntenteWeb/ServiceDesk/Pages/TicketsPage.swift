import EntenteCore
import EntenteStorage
import Foundation
import Plot
import Vapor

/// A queue: the tickets of the user's party or establishment, most urgent first.
struct TicketsPage {
    struct Row {
        var ticket: Ticket
        var pickup: ServiceLevelClock?
        var team: Team?
        /// From the stored deadlines: a badge when the ticket is breached or due soon.
        var standing: ServiceLevelStanding? = nil
    }

    let context: PageContext
    let rows: [Row]
    let total: Int
    let query: TicketController.QueueQuery
    /// The teams the viewer may narrow the queue to (none: no team filter).
    var teams: [Team] = []
    /// The parties of the conventions in the viewer's reach, by code (none: no party filter).
    var parties: [ConventionParty] = []

    private var page: Int { query.parsed.page }
    private var status: String { query[.status].isEmpty ? "open" : query[.status] }

    func render() -> Response {
        Layout(context: context, title: context.desk(.tickets)).render(
            .h1(.text(context.desk(.tickets))),
            .if(context.user?.role != .observer, .p(.a(.class("button"), .href(SiteURL.newTicket.path), .text(context.desk(.newTicket))))),
            filters,
            problemSummary,
            .p(.attribute(named: "role", value: "status"), .text("\(total) \(context.desk(.resultCount))")),
            .if(rows.isEmpty, .p(.text(context.desk(.noTickets))), else: table),
            pagination
        )
    }

    private var filters: Node<HTML.BodyContext> {
        let options: [(String, String)] = [("open", context.desk(.openOnly)), ("all", context.desk(.allStatuses))]
            + TicketStatus.allCases.map { ($0.rawValue, context.label($0)) }
        return .form(
            .class("filters"), .method(.get), .action(SiteURL.tickets.path),
            .attribute(named: "role", value: "search"),
            .div(.class(fieldClass(.status)),
                 .label(.for("status"), .text(context.desk(.status))),
                 .select(.id("status"), .attribute(named: "name", value: "status"), invalid(.status, "status"),
                         .group(options.map { value, label in
                     FormOption.node(value, label, selected: value == status)
                 })), problemNote(.status, "status")),
            textField(.q, id: "q", type: .search, label: context.desk(.search)),
            textField(.establishment, id: "establishment-filter", type: .text, label: context.desk(.establishment) + " (UAI)"),
            textField(.component, id: "component-filter", type: .text, label: context.desk(.component) + " (id)"),
            partyFilter,
            teamFilter,
            serviceLevelFilters,
            .if(query.parsed.scope == .territory, .input(.type(.hidden), .name("scope"), .value("territory"))),
            .button(.type(.submit), .text(context.desk(.filter))),
            .a(.href(SiteURL.ticketsCSV.path + "?" + queryString(page: 1)), .attribute(named: "download", value: ""),
               .text("CSV"))
        )
    }

    private var partyFilter: Node<HTML.FormContext> {
        guard !parties.isEmpty else { return .empty }
        let options = [("", context.desk(.allParties))] + parties.map { ($0.code, "\($0.code) — \($0.name)") }
        return .div(.class("field"),
                    .label(.for("party-filter"), .text(context.desk(.party))),
                    .select(.id("party-filter"), .attribute(named: "name", value: "party"), .group(options.map { value, label in
                        FormOption.node(value, label, selected: value == query[.party])
                    })))
    }

    /// The teams of the viewer's party, with theirs first when they belong to one.
    private var teamFilter: Node<HTML.FormContext> {
        guard !teams.isEmpty else { return .empty }
        let own = context.user?.teamCode.flatMap { code in teams.first { $0.code == code } }
        var options = [("", TeamPhrase.allTeams.text(context.language))]
        if let own { options.append((own.code, "\(TeamPhrase.myTeam.text(context.language)) — \(own.label)")) }
        options += teams.filter { $0.code != own?.code }.map { ($0.code, "\($0.partyCode) — \($0.label)") }
        return .div(.class("field"),
                    .label(.for("team-filter"), .text(TeamPhrase.team.text(context.language))),
                    .select(.id("team-filter"), .attribute(named: "name", value: "team"), .group(options.map { value, label in
                        FormOption.node(value, label, selected: value == query[.team])
                    })))
    }

    /// Standing, order and opening days; a bad day is said next to its field (RGAA: linked by
    /// `aria-describedby`, flagged `aria-invalid`).
    private var serviceLevelFilters: Node<HTML.FormContext> {
        let language = context.language
        let standings = [("", ServiceLevelPhrase.anyStanding.text(language))]
            + ServiceLevelStanding.filterable.map { ($0.rawValue, ServiceLevelPhrase.label($0, language)) }
        let sorts = [("", ServiceLevelPhrase.sortUsual.text(language)), ("due", ServiceLevelPhrase.sortDue.text(language))]
        func day(_ parameter: TicketQueueQuery.Parameter, _ phrase: ServiceLevelPhrase) -> Node<HTML.FormContext> {
            let id = parameter.rawValue.replacingOccurrences(of: "_", with: "-")
            let problem = query.problems[parameter]
            return .div(.class(fieldClass(parameter)),
                        .label(.for(id), .text(phrase.text(language))),
                        .input(.type(.date), .id(id), .name(parameter.rawValue), .value(query[parameter]),
                               .attribute(named: "aria-describedby", value: problem == nil ? "\(id)-hint" : "\(id)-hint \(id)-error"),
                               .attribute(named: "aria-invalid", value: problem == nil ? nil : "true")),
                        .small(.id("\(id)-hint"), .text(ServiceLevelPhrase.dayHint.text(language))),
                        problemNote(parameter, id))
        }
        return .group(
            .div(.class(fieldClass(.sla)),
                 .label(.for("sla-filter"), .text(ServiceLevelPhrase.standing.text(language))),
                 .select(.id("sla-filter"), .attribute(named: "name", value: "sla"), invalid(.sla, "sla-filter"), .group(standings.map { value, label in
                     FormOption.node(value, label, selected: value == query[.sla])
                 })), problemNote(.sla, "sla-filter")),
            .div(.class(fieldClass(.sort)),
                 .label(.for("sort"), .text(ServiceLevelPhrase.sort.text(language))),
                 .select(.id("sort"), .attribute(named: "name", value: "sort"), invalid(.sort, "sort"), .group(sorts.map { value, label in
                     FormOption.node(value, label, selected: value == query[.sort])
                 })), problemNote(.sort, "sort")),
            day(.openedFrom, .openedFrom),
            day(.openedTo, .openedTo)
        )
    }

    private var table: Node<HTML.BodyContext> {
        let headers = [DeskPhrase.reference, .title, .establishment, .component, .status, .party].map(context.desk)
            + [TeamPhrase.team.text(context.language)] + [DeskPhrase.criticality, .deadline].map(context.desk)
        return .table(
            .class("listing queue"),
            .thead(.tr(.group(headers.map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
            .tbody(.group(rows.map(row)))
        )
    }

    private func row(_ row: Row) -> Node<HTML.TableContext> {
        let ticket = row.ticket
        let clock: Node<HTML.BodyContext> = row.pickup.map { clock in
            .span(.class("sla sla-\(clock.state.rawValue)"), .text(ClockText.short(clock, context)))
        } ?? .text("—")
        let badge: Node<HTML.BodyContext> = switch row.standing {
        case .breached?, .atRisk?:
            .span(.class("badge sla-\(row.standing!.rawValue)"), .text(ServiceLevelPhrase.label(row.standing!, context.language)))
        default: .empty
        }
        let deadline: Node<HTML.BodyContext> = .group(badge, .text(" "), clock)
        return .tr(
            .td(.a(.href(SiteURL.ticket(ticket.id).path), .text(ticket.reference))),
            .th(.attribute(named: "scope", value: "row"), .text(ticket.title)),
            .td(.code(.text(ticket.establishmentUAI))),
            .td(.text(ticket.componentName)),
            .td(.text(context.label(ticket.status))),
            .td(.text(ticket.partyCode)),
            .td(.text(TeamPhrase.label(row.team, code: ticket.teamCode))),
            .td(.text(context.label(ticket.criticality))),
            .td(deadline)
        )
    }

    /// The current filters as a query string, for pages and the CSV.
    private func queryString(page: Int) -> String {
        var components = URLComponents()
        let filters: [TicketQueueQuery.Parameter] = [.status, .q, .establishment, .component, .party, .team, .sla, .sort,
                                                     .openedFrom, .openedTo]
        components.queryItems = filters.map { URLQueryItem(name: $0.rawValue, value: $0 == .status ? status : query[$0]) }
            + [URLQueryItem(name: "page", value: String(page))]
            + (query.parsed.scope == .territory ? [URLQueryItem(name: "scope", value: "territory")] : [])
        return components.percentEncodedQuery ?? ""
    }

    private func fieldClass(_ parameter: TicketQueueQuery.Parameter) -> String {
        query.problems[parameter] == nil ? "field" : "field invalid"
    }

    /// Flags a control whose value was refused and links it to what is wrong (RGAA).
    private func invalid<Context>(_ parameter: TicketQueueQuery.Parameter, _ id: String) -> Node<Context> {
        guard query.problems[parameter] != nil else { return .empty }
        return .group(.attribute(named: "aria-invalid", value: "true"), .attribute(named: "aria-describedby", value: "\(id)-error"))
    }

    private func problemNote<Context: HTML.BodyContext>(_ parameter: TicketQueueQuery.Parameter, _ id: String) -> Node<Context> {
        .unwrap(query.problems[parameter]) { problem in
            .p(.class("field-error"), .id("\(id)-error"), .text(QueryProblemText.fieldMessage(problem, context.language)))
        }
    }

    private func textField(_ parameter: TicketQueueQuery.Parameter, id: String, type: HTMLInputType,
                           label: String) -> Node<HTML.FormContext> {
        .div(.class(fieldClass(parameter)),
             .label(.for(id), .text(label)),
             .input(.type(type), .id(id), .name(parameter.rawValue), .value(query[parameter]),
                    .attribute(named: "aria-invalid", value: query.problems[parameter] == nil ? nil : "true"),
                    .attribute(named: "aria-describedby", value: query.problems[parameter] == nil ? nil : "\(id)-error")),
             problemNote(parameter, id))
    }

    /// Parameters the form does not show (a page number, a scope typed in the address) are said above the queue.
    private var problemSummary: Node<HTML.BodyContext> {
        let hidden = query.problems.filter { [.page, .perPage, .scope, .party, .team].contains($0.key) }
            .sorted { $0.key.rawValue < $1.key.rawValue }
        guard !hidden.isEmpty else { return .empty }
        return .div(.class("field-error"), .attribute(named: "role", value: "alert"),
                    .ul(.group(hidden.map { .li(.text(QueryProblemText.message($0.key, $0.value, context.language))) })))
    }

    private var pagination: Node<HTML.BodyContext> {
        let pages = max(1, (total + query.parsed.perPage - 1) / query.parsed.perPage)
        guard pages > 1 else { return .empty }
        func link(_ target: Int, _ phrase: DeskPhrase) -> Node<HTML.BodyContext> {
            .a(.href(SiteURL.tickets.path + "?" + queryString(page: target)), .text(context.desk(phrase)))
        }
        return .nav(.attribute(named: "aria-label", value: context.desk(.page)),
                    .if(page > 1, link(page - 1, .previous)),
                    .text(" \(context.desk(.page)) \(page) / \(pages) "),
                    .if(page < pages, link(page + 1, .next)))
    }
}

/// How a clock reads in a cell: state and deadline, in the page's language.
enum ClockText {
    static func short(_ clock: ServiceLevelClock, _ context: PageContext) -> String {
        let state = stateLabel(clock.state, context)
        guard let deadline = clock.deadline else { return state }
        return "\(state) — \(dateTime(deadline, context))"
    }

    static func stateLabel(_ state: ServiceLevelClock.State, _ context: PageContext) -> String {
        let french = context.language == .fr
        switch state {
        case .running: return french ? "En cours" : "Running"
        case .paused: return french ? "En pause" : "Paused"
        case .met: return french ? "Respecté" : "Met"
        case .breached: return french ? "Dépassé" : "Breached"
        case .noTarget: return french ? "Au plus tôt" : "As soon as possible"
        }
    }

    static func dateTime(_ instant: Instant, _ context: PageContext) -> String {
        (context.language == .fr ? french : english).string(from: instant.date)
    }

    /// Made once: a formatter costs far more to build than to use, and queues format every row.
    /// Formatting with a shared DateFormatter is thread-safe.
    private static let french = formatter("fr_FR")
    private static let english = formatter("en_GB")

    private static func formatter(_ locale: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = .europeParis
        formatter.dateFormat = "EEE d MMM HH:mm"
        return formatter
    }

    /// "3 h 20 min" of working time.
    static func duration(seconds: Int) -> String {
        let sign = seconds < 0 ? "−" : ""
        let minutes = abs(seconds) / 60
        return minutes >= 60 ? "\(sign)\(minutes / 60) h \(minutes % 60) min" : "\(sign)\(minutes) min"
    }
}
