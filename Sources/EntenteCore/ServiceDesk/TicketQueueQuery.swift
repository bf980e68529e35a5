import Foundation

/// The filters of a ticket list — the queue page, its CSV, the API's list — as a query string
/// gives them, validated once for all three. Every number is bounded and every enumerated value
/// checked: a bad value is a `Problem` named by its parameter, never a silent default and never an
/// overflow further down (a page number is what the offset is computed from).
public struct TicketQueueQuery: Hashable, Sendable {
    public enum Parameter: String, CaseIterable, Sendable {
        case status, q, establishment, component, party, team, sla, sort, scope, page
        case perPage = "per_page"
        case openedFrom = "opened_from"
        case openedTo = "opened_to"
    }

    public enum Problem: Equatable, Sendable {
        /// Not a whole number within the range.
        case notANumber(ClosedRange<Int>)
        /// Not one of the listed values.
        case notOneOf([String])
        /// Longer than this many characters.
        case tooLong(Int)
        /// Not a `YYYY-MM-DD` day, or (`opened_to`) before `opened_from`.
        case period(OpeningPeriod.Problem)
    }

    /// `open` (the usual queue), `all`, or some statuses.
    public enum StatusFilter: Hashable, Sendable {
        case open
        case all
        case only([TicketStatus])

        public var statuses: [TicketStatus] {
            switch self {
            case .open: TicketStatus.allCases.filter(\.isOpen)
            case .all: []
            case .only(let statuses): statuses
            }
        }
    }

    /// The user's own queue, or (read-only) every ticket of their conventions.
    public enum Scope: String, CaseIterable, Sendable {
        case queue, territory
    }

    /// Priority then age (the usual order), or the soonest deadline first.
    public enum Order: String, CaseIterable, Sendable {
        case priority, due
    }

    public static let pages = 1...1_000_000
    public static let pageSizes = 1...100
    public static let defaultPageSize = 50
    /// Longest search phrase or code accepted: a filter, not a document.
    public static let maxTextLength = 200

    public var status: StatusFilter = .open
    public var text: String?
    /// Upper-cased, as UAIs are written.
    public var establishmentUAI: String?
    public var componentID: String?
    public var partyCode: String?
    public var teamCode: String?
    public var serviceLevel: ServiceLevelStanding?
    public var order: Order = .priority
    public var scope: Scope = .queue
    public var period = OpeningPeriod(start: nil, end: nil)
    public var page = 1
    public var perPage = TicketQueueQuery.defaultPageSize

    public init() {}

    /// The first row of `page`; the bounds on both numbers keep it far from overflowing.
    public var offset: Int { (page - 1) * perPage }

    /// Reads `parameters` (name → value, unknown names ignored). An empty value is an absent one,
    /// as a form sends its untouched fields. Returns the query with every valid value and a problem
    /// for every invalid one; a caller must not list with a query that has problems.
    public static func parse(_ parameters: [String: String]) -> (query: TicketQueueQuery, problems: [Parameter: Problem]) {
        var query = TicketQueueQuery()
        var problems: [Parameter: Problem] = [:]
        func value(_ parameter: Parameter) -> String? {
            guard let raw = parameters[parameter.rawValue] else { return nil }
            // Counted as sent, in code points, as the OpenAPI document's `maxLength` counts.
            guard TicketIntake.fits(raw, maxTextLength) else {
                problems[parameter] = .tooLong(maxTextLength)
                return nil
            }
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        func number(_ parameter: Parameter, in range: ClosedRange<Int>) -> Int? {
            guard let text = value(parameter) else { return nil }
            guard let number = Int(text), range.contains(number) else {
                problems[parameter] = .notANumber(range)
                return nil
            }
            return number
        }
        func choice<Choice: RawRepresentable & CaseIterable>(_ parameter: Parameter, _ type: Choice.Type) -> Choice?
            where Choice.RawValue == String {
            guard let text = value(parameter) else { return nil }
            guard let choice = Choice(rawValue: text) else {
                problems[parameter] = .notOneOf(Choice.allCases.map(\.rawValue))
                return nil
            }
            return choice
        }

        if let text = value(.status) {
            switch text {
            case "open": query.status = .open
            case "all": query.status = .all
            default:
                let statuses = text.split(separator: ",", omittingEmptySubsequences: false).map { TicketStatus(rawValue: String($0)) }
                if statuses.contains(nil) {
                    problems[.status] = .notOneOf(["open", "all"] + TicketStatus.allCases.map(\.rawValue))
                } else {
                    query.status = .only(statuses.compactMap { $0 })
                }
            }
        }
        query.text = value(.q)
        query.establishmentUAI = value(.establishment)?.uppercased()
        query.componentID = value(.component)
        query.partyCode = value(.party)
        query.teamCode = value(.team)
        if let text = value(.sla) {
            if let standing = ServiceLevelStanding(rawValue: text), ServiceLevelStanding.filterable.contains(standing) {
                query.serviceLevel = standing
            } else {
                problems[.sla] = .notOneOf(ServiceLevelStanding.filterable.map(\.rawValue))
            }
        }
        query.order = choice(.sort, Order.self) ?? .priority
        query.scope = choice(.scope, Scope.self) ?? .queue
        query.page = number(.page, in: pages) ?? 1
        query.perPage = number(.perPage, in: pageSizes) ?? defaultPageSize
        let from = value(.openedFrom), to = value(.openedTo)
        switch OpeningPeriod.parse(from: from, to: to) {
        case .success(let period): query.period = period
        case .failure(let list):
            for problem in list.problems {
                switch problem {
                case .notADay(.from, _): problems[.openedFrom] = .period(problem)
                case .notADay(.to, _), .reversed: problems[.openedTo] = .period(problem)
                }
            }
        }
        return (query, problems)
    }
}
