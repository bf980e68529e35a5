import EntenteCore
import Fluent
import Foundation
import SQLKit

/// Reads what the monthly statistics need: the tickets a month concerns, with their rating, selecting
/// only the columns the figures use (no titles, no descriptions), and the backlog the month starts with.
public struct StatisticsStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// What the figures of a month are computed from.
    public struct Month: Sendable {
        /// The tickets opened, picked up, resolved or rated in the month.
        public var tickets: [MonthlyStatistics.Ticket]
        /// How many tickets were open at the month's start (`MonthlyStatistics.Ticket.isOpen(at:)`).
        public var backlogAtStart: Int
    }

    /// Statistics are read with SQL, which both of Entente's databases (SQLite, PostgreSQL) speak.
    public struct NotSQLDatabase: Error, CustomStringConvertible {
        public var description: String { "the monthly statistics need an SQL database" }
    }

    /// The tickets of `filter`'s scope with something in `month` (opened, picked up, resolved or rated),
    /// and the backlog it starts with: a count, so that the tickets open all month long are not read.
    /// The month's bounds are midnights in `timeZone`. The scope is the filter's partner, party,
    /// conventions, establishment and criticality; its statuses and text are ignored, as the statistics
    /// count every status.
    public func month(_ month: StatisticsMonth, timeZone: TimeZone = .europeParis,
                      matching filter: TicketStore.Filter) async throws -> Month {
        guard let sql = database as? any SQLDatabase else { throw NotSQLDatabase() }
        if let conventions = filter.conventionIDs, conventions.isEmpty { return Month(tickets: [], backlogAtStart: 0) }
        let start = month.start(in: timeZone).date
        let end = month.end(in: timeZone).date
        return Month(tickets: try await activity(from: start, to: end, matching: filter, on: sql),
                     backlogAtStart: try await backlog(at: start, matching: filter, on: sql))
    }

    private static let tickets = TicketRecord.schema
    private static let ratings = TicketRatingRecord.schema

    private static func column(_ name: String, _ table: String = tickets) -> SQLColumn { SQLColumn(name, table: table) }

    /// The filter's scope, on the `tickets` table.
    private static func scope(_ query: some SQLPredicateBuilder, _ filter: TicketStore.Filter) {
        if let partner = filter.partnerCode { query.where(column("partner_code"), .equal, SQLBind(partner)) }
        if let party = filter.partyCode { query.where(column("party_code"), .equal, SQLBind(party)) }
        if let conventions = filter.conventionIDs { query.where(column("convention_id"), .in, SQLBind.group(conventions)) }
        if let uai = filter.establishmentUAI { query.where(column("establishment_uai"), .equal, SQLBind(uai)) }
        if let criticality = filter.criticality {
            query.where(column("criticality"), .equal, SQLBind(criticality.rawValue))
        }
    }

    /// Opened before `instant` and not resolved for good before it, counted in parts that indexes answer
    /// without reading rows: tickets open now (status, opened_at), and tickets resolved or closed at or
    /// after `instant` or without a resolution instant (scope, resolved_at, status, opened_at: migration 018).
    /// The parts are separate counts because an `OR` between them would keep SQLite off those indexes.
    private func backlog(at instant: Date, matching filter: TicketStore.Filter, on sql: any SQLDatabase) async throws -> Int {
        let column = Self.column
        let open = TicketStatus.allCases.filter(\.isOpen).map(\.rawValue)
        let done = TicketStatus.allCases.filter { !$0.isOpen }.map(\.rawValue)
        func count(_ statuses: [String], resolved: ((any SQLPredicateBuilder) -> Void)?) async throws -> Int {
            let query = sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "backlog").from(Self.tickets)
            Self.scope(query, filter)
            query.where(column("status", Self.tickets), .in, SQLBind.group(statuses))
                .where(column("opened_at", Self.tickets), .lessThan, SQLBind(instant))
            resolved?(query)
            return try await query.first()?.decode(column: "backlog", as: Int.self) ?? 0
        }
        let resolvedAt = column("resolved_at", Self.tickets)
        return try await count(open, resolved: nil)
            + count(done, resolved: { $0.where(resolvedAt, .greaterThanOrEqual, SQLBind(instant)) })
            + count(done, resolved: { $0.where(resolvedAt, .is, SQLLiteral.null) })
    }

    /// The tickets with something in the month (only the columns the figures use), with their rating.
    private func activity(from start: Date, to end: Date, matching filter: TicketStore.Filter,
                          on sql: any SQLDatabase) async throws -> [MonthlyStatistics.Ticket] {
        let (tickets, ratings, column) = (Self.tickets, Self.ratings, Self.column)
        let query = sql.select()
            .columns(["convention_id", "opened_at", "picked_up_at", "resolved_at", "status", "criticality", "party_code",
                      "partner_code", "component_id", "component_name", "establishment_uai", "pickup_outcome",
                      "restoration_outcome"].map { column($0, tickets) as any SQLExpression })
            .column(column("score", ratings), as: "rating_score")
            .column(column("at", ratings), as: "rated_at")
            .from(tickets)
            .join(ratings, method: SQLJoinMethod.left, on: column("ticket_id", ratings), .equal, column("id", tickets))
        Self.scope(query, filter)
        // Each alternative on the tickets table alone, so that indexes on the instants can answer each
        // (SQLite's multi-index OR, PostgreSQL's bitmap OR).
        let rated = SQLSubquery.select { subquery in
            subquery.column(column("ticket_id", ratings)).from(ratings)
                .where(column("at", ratings), .greaterThanOrEqual, SQLBind(start))
                .where(column("at", ratings), .lessThan, SQLBind(end))
        }
        query.where { during in
            for name in ["opened_at", "picked_up_at", "resolved_at"] {
                during.orWhere { instant in
                    instant.where(column(name, tickets), .greaterThanOrEqual, SQLBind(start))
                        .where(column(name, tickets), .lessThan, SQLBind(end))
                }
            }
            return during.orWhere(column("id", tickets), .in, rated)
        }

        return try await query.all().map { row in
            let rating: MonthlyStatistics.Rating? = if let score = try row.decode(column: "rating_score", as: Int?.self),
                                                       let at = try row.decode(column: "rated_at", as: Date?.self) {
                MonthlyStatistics.Rating(score: score, at: Instant(at))
            } else {
                nil
            }
            return MonthlyStatistics.Ticket(
                conventionID: try row.decode(column: "convention_id", as: String.self),
                openedAt: Instant(try row.decode(column: "opened_at", as: Date.self)),
                pickedUpAt: try row.decode(column: "picked_up_at", as: Date?.self).map(Instant.init),
                resolvedAt: try row.decode(column: "resolved_at", as: Date?.self).map(Instant.init),
                status: try StoredValueError.decode(try row.decode(column: "status", as: String.self), table: tickets,
                                                    column: "status"),
                criticality: try StoredValueError.decode(try row.decode(column: "criticality", as: String.self),
                                                         table: tickets, column: "criticality"),
                partyCode: try row.decode(column: "party_code", as: String.self),
                partnerCode: try row.decode(column: "partner_code", as: String?.self),
                componentID: try row.decode(column: "component_id", as: String.self),
                componentName: try row.decode(column: "component_name", as: String.self),
                establishmentUAI: try row.decode(column: "establishment_uai", as: String.self),
                pickupOutcome: try StoredValueError.decode(try row.decode(column: "pickup_outcome", as: String?.self),
                                                           table: tickets, column: "pickup_outcome"),
                restorationOutcome: try StoredValueError.decode(try row.decode(column: "restoration_outcome", as: String?.self),
                                                                table: tickets, column: "restoration_outcome"),
                rating: rating)
        }
    }
}
