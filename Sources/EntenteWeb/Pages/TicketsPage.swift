import EntenteCore
import EntenteStorage
import Foundation
import Plot
import Vapor

/// A queue: the tickets of the user's party or establishment, most urgent first.
struct TicketsPage {
    struct Row {
        var ticket: TicketRecord
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

    private var page: Int { query.page }
    private var status: String { query.status }
    private var text: String { query.text }

    func render() -> Response {
        Layout(context: context, title: context.desk(.tickets)).render(
            .h1(.text(context.desk(.tickets))),
            .if(context.user?.role != .observer, .p(.a(.class("button"), .href(SiteURL.newTicket.path), .text(context.desk(.newTicket))))),
            filters,
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
            .div(.class("field"),
                 .label(.for("status"), .text(context.desk(.status))),
                 .select(.id("status"), .attribute(named: "name", value: "status"), .group(options.map { value, label in
                     FormOption.node(value, label, selected: value == status)
                 }))),
            .div(.class("field"),
                 .label(.for("q"), .text(context.desk(.search))),
                 .input(.type(.search), .id("q"), .name("q"), .value(text))),
            .div(.class("field"),
                 .label(.for("establishment-filter"), .text(context.desk(.establishment) + " (UAI)")),
                 .input(.type(.text), .id("establishment-filter"), .name("establishment"), .value(query.establishment))),
            .div(.class("field"),
                 .label(.for("component-filter"), .text(context.desk(.component) + " (id)")),
                 .input(.type(.text), .id("component-filter"), .name("component"), .value(query.component))),
            partyFilter,
            teamFilter,
            serviceLevelFilters,
            .if(query.territory, .input(.type(.hidden), .name("scope"), .value("territory"))),
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
                        FormOption.node(value, label, selected: value == query.party)
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
                        FormOption.node(value, label, selected: value == query.team)
                    })))
    }

    /// Standing, order and opening days; a bad day is said next to its field (RGAA: linked by
    /// `aria-describedby`, flagged `aria-invalid`).
    private var serviceLevelFilters: Node<HTML.FormContext> {
        let language = context.language
        let standings = [("", ServiceLevelPhrase.anyStanding.text(language))]
            + ServiceLevelStanding.filterable.map { ($0.rawValue, ServiceLevelPhrase.label($0, language)) }
        let sorts = [("", ServiceLevelPhrase.sortUsual.text(language)), ("due", ServiceLevelPhrase.sortDue.text(language))]
        func day(_ bound: OpeningPeriod.Bound, _ phrase: ServiceLevelPhrase, _ value: String) -> Node<HTML.FormContext> {
            let id = bound.rawValue.replacingOccurrences(of: "_", with: "-")
            let problem = query.periodProblems[bound]
            return .div(.class(problem == nil ? "field" : "field invalid"),
                        .label(.for(id), .text(phrase.text(language))),
                        .input(.type(.date), .id(id), .name(bound.rawValue), .value(value),
                               .attribute(named: "aria-describedby", value: problem == nil ? "\(id)-hint" : "\(id)-hint \(id)-error"),
                               .attribute(named: "aria-invalid", value: problem == nil ? nil : "true")),
                        .small(.id("\(id)-hint"), .text(ServiceLevelPhrase.dayHint.text(language))),
                        .unwrap(problem) { problem in
                            .p(.class("field-error"), .id("\(id)-error"), .text(ServiceLevelPhrase.problem(problem, language)))
                        })
        }
        return .group(
            .div(.class("field"),
                 .label(.for("sla-filter"), .text(ServiceLevelPhrase.standing.text(language))),
                 .select(.id("sla-filter"), .attribute(named: "name", value: "sla"), .group(standings.map { value, label in
                     FormOption.node(value, label, selected: value == query.serviceLevel)
                 }))),
            .div(.class("field"),
                 .label(.for("sort"), .text(ServiceLevelPhrase.sort.text(language))),
                 .select(.id("sort"), .attribute(named: "name", value: "sort"), .group(sorts.map { value, label in
                     FormOption.node(value, label, selected: value == query.sort)
                 }))),
            day(.from, .openedFrom, query.openedFrom),
            day(.to, .openedTo, query.openedTo)
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
            .td(.a(.href(SiteURL.ticket(ticket.id ?? UUID()).path), .text(ticket.reference))),
            .th(.attribute(named: "scope", value: "row"), .text(ticket.title)),
            .td(.code(.text(ticket.establishmentUAI))),
            .td(.text(ticket.componentName)),
            .td(.text(context.label(ticket.ticketStatus))),
            .td(.text(ticket.partyCode)),
            .td(.text(TeamPhrase.label(row.team, code: ticket.teamCode))),
            .td(.text(context.label(ticket.ticketCriticality))),
            .td(deadline)
        )
    }

    /// The current filters as a query string, for pages and the CSV.
    private func queryString(page: Int) -> String {
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "status", value: status), URLQueryItem(name: "q", value: text),
                                 URLQueryItem(name: "establishment", value: query.establishment),
                                 URLQueryItem(name: "component", value: query.component),
                                 URLQueryItem(name: "party", value: query.party),
                                 URLQueryItem(name: "team", value: query.team),
                                 URLQueryItem(name: "sla", value: query.serviceLevel),
                                 URLQueryItem(name: "sort", value: query.sort),
                                 URLQueryItem(name: OpeningPeriod.Bound.from.rawValue, value: query.openedFrom),
                                 URLQueryItem(name: OpeningPeriod.Bound.to.rawValue, value: query.openedTo),
                                 URLQueryItem(name: "page", value: String(page))]
            + (query.territory ? [URLQueryItem(name: "scope", value: "territory")] : [])
        return components.percentEncodedQuery ?? ""
    }

    private var pagination: Node<HTML.BodyContext> {
        let pages = max(1, (total + 49) / 50)
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
    nonisolated(unsafe) private static let french = formatter("fr_FR")
    nonisolated(unsafe) private static let english = formatter("en_GB")

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
