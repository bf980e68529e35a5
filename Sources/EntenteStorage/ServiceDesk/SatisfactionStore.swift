import EntenteCore
import Fluent
import Foundation
import SQLKit

/// Reads the satisfaction figures beyond one month's (`SatisfactionTrend`, `RatingComment`) over a
/// queue's scope: ratings are counted by month and score in the database, never read one by one.
public struct SatisfactionStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    private static let tickets = TicketRecord.schema
    private static let ratings = TicketRatingRecord.schema

    private static func column(_ name: String, _ table: String) -> SQLColumn { SQLColumn(name, table: table) }

    /// The twelve months up to `month`: one grouped query, the month of each rating told by a `CASE`
    /// over the months' bounds (midnights in `timeZone`), so that both engines bucket alike.
    public func trend(endingWith month: StatisticsMonth, timeZone: TimeZone = .europeParis,
                      matching filter: TicketStore.Filter) async throws -> SatisfactionTrend {
        guard let sql = database as? any SQLDatabase else { throw NotificationStore.NotSQLDatabase() }
        if let conventions = filter.conventionIDs, conventions.isEmpty {
            return SatisfactionTrend(endingWith: month, counts: [])
        }
        let months = SatisfactionTrend.months(endingWith: month)
        let ratedAt = SQLQueryString("\(ident: Self.ratings).\(ident: "at")")
        var bucket = SQLQueryString("CASE")
        for (index, month) in months.enumerated().dropLast() {
            bucket.appendInterpolation(unsafeRaw: " WHEN ")
            bucket.appendInterpolation(ratedAt)
            bucket.appendInterpolation(unsafeRaw: " < ")
            bucket.appendInterpolation(bind: month.end(in: timeZone).date)
            bucket.appendInterpolation(unsafeRaw: " THEN \(index)")
        }
        bucket.appendInterpolation(unsafeRaw: " ELSE \(months.count - 1) END")
        let query = sql.select()
            .column(SQLAlias(bucket, as: SQLIdentifier("bucket")))
            .column(Self.column("score", Self.ratings), as: "score")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "ratings")
            .from(Self.ratings)
            .join(Self.tickets, on: Self.column("id", Self.tickets), .equal, Self.column("ticket_id", Self.ratings))
            .where(Self.column("at", Self.ratings), .greaterThanOrEqual, SQLBind(months[0].start(in: timeZone).date))
            .where(Self.column("at", Self.ratings), .lessThan, SQLBind(month.end(in: timeZone).date))
        Self.scope(query, filter)
        query.groupBy(SQLIdentifier("bucket")).groupBy(Self.column("score", Self.ratings))
        let counts = try await query.all().map { row in
            SatisfactionTrend.Count(monthIndex: try row.decode(column: "bucket", as: Int.self),
                                    score: try row.decode(column: "score", as: Int.self),
                                    count: try row.decode(column: "ratings", as: Int.self))
        }
        return SatisfactionTrend(endingWith: month, counts: counts)
    }

    /// The month's ratings of `maxScore` or less that carry a comment, newest first (at most `limit`).
    public func lowRatedComments(in month: StatisticsMonth, timeZone: TimeZone = .europeParis,
                                 maxScore: Int = SatisfactionComments.lowScore, matching filter: TicketStore.Filter,
                                 limit: Int = 100) async throws -> [RatingComment] {
        guard let sql = database as? any SQLDatabase else { throw NotificationStore.NotSQLDatabase() }
        if let conventions = filter.conventionIDs, conventions.isEmpty { return [] }
        let (tickets, ratings) = (Self.tickets, Self.ratings)
        let query = sql.select()
            .columns(["id", "reference", "title", "partner_code", "establishment_uai"].map {
                Self.column($0, tickets) as any SQLExpression
            })
            .columns(["score", "comment", "at"].map { Self.column($0, ratings) as any SQLExpression })
            .from(ratings)
            .join(tickets, on: Self.column("id", tickets), .equal, Self.column("ticket_id", ratings))
            .where(Self.column("at", ratings), .greaterThanOrEqual, SQLBind(month.start(in: timeZone).date))
            .where(Self.column("at", ratings), .lessThan, SQLBind(month.end(in: timeZone).date))
            .where(Self.column("score", ratings), .lessThanOrEqual, SQLBind(maxScore))
            .where(Self.column("comment", ratings), .isNot, SQLLiteral.null)
        Self.scope(query, filter)
        query.orderBy(Self.column("at", ratings), SQLDirection.descending).limit(limit)
        return try await query.all().map { row in
            RatingComment(ticketID: try row.decode(column: "id", as: UUID.self),
                          reference: try row.decode(column: "reference", as: String.self),
                          title: try row.decode(column: "title", as: String.self),
                          score: try row.decode(column: "score", as: Int.self),
                          comment: try row.decode(column: "comment", as: String.self),
                          at: Instant(try row.decode(column: "at", as: Date.self)),
                          partnerCode: try row.decode(column: "partner_code", as: String?.self),
                          establishmentUAI: try row.decode(column: "establishment_uai", as: String.self))
        }
    }

    /// The queue's scope on the `tickets` table, as the monthly statistics read it.
    private static func scope(_ query: some SQLPredicateBuilder, _ filter: TicketStore.Filter) {
        if let partner = filter.partnerCode { query.where(column("partner_code", tickets), .equal, SQLBind(partner)) }
        if let party = filter.partyCode { query.where(column("party_code", tickets), .equal, SQLBind(party)) }
        if let conventions = filter.conventionIDs {
            query.where(column("convention_id", tickets), .in, SQLBind.group(conventions))
        }
        if let uai = filter.establishmentUAI { query.where(column("establishment_uai", tickets), .equal, SQLBind(uai)) }
        if let criticality = filter.criticality {
            query.where(column("criticality", tickets), .equal, SQLBind(criticality.rawValue))
        }
    }
}
