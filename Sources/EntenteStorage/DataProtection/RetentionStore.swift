import EntenteCore
import Fluent
import Foundation

/// The retention rules against the data: what is due (the dry run), and the purge that replaces what is
/// due by `RetentionRule.erased`, logged in `retention_purges` and the audit trail.
public struct RetentionStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// What each rule would change today; nothing is written.
    public func due(_ rules: [RetentionRule], today: CalendarDate) async throws -> [RetentionPurge] {
        var due: [RetentionPurge] = []
        for rule in rules {
            let purge = RetentionPurge(data: rule.data, cutoff: rule.cutoff(on: today), count: 0)
            due.append(RetentionPurge(data: rule.data, cutoff: purge.cutoff, count: try await count(purge, on: database)))
        }
        return due
    }

    /// Applies every rule, each in its own transaction with its log line; returns what was done.
    public func purge(_ rules: [RetentionRule], today: CalendarDate, actor: String, at now: Instant) async throws -> [RetentionPurge] {
        var done: [RetentionPurge] = []
        for rule in rules {
            let cutoff = rule.cutoff(on: today)
            let purge = try await database.transaction { database in
                let due = RetentionPurge(data: rule.data, cutoff: cutoff, count: 0)
                let count = try await self.count(due, on: database)
                try await self.erase(due, on: database)
                let purge = RetentionPurge(data: rule.data, cutoff: cutoff, count: count, at: now, actor: actor)
                try await RetentionPurgeRecord(purge).create(on: database)
                if count > 0 {
                    try await AuditRecord(at: now.date, actor: actor, action: .retentionPurged, subject: rule.data.rawValue,
                                          after: "cutoff=\(cutoff) count=\(count)").create(on: database)
                }
                return purge
            }
            done.append(purge)
        }
        return done
    }

    /// The purges done, the latest first.
    public func log(limit: Int = 100) async throws -> [RetentionPurge] {
        try await RetentionPurgeRecord.query(on: database).sort(\.$at, .descending).limit(limit).all().map { try $0.purge() }
    }

    private func count(_ purge: RetentionPurge, on database: any Database) async throws -> Int {
        switch purge.data {
        case .loanHolders: try await endedLoans(purge, on: database).count()
        case .ticketRequesters: try await closedTickets(purge, on: database).count()
        case .breachRegister: try await resolvedBreaches(purge, on: database).count()
        }
    }

    private func erase(_ purge: RetentionPurge, on database: any Database) async throws {
        let erased = RetentionRule.erased
        switch purge.data {
        case .loanHolders:
            try await endedLoans(purge, on: database).set(\.$holderName, to: erased).update()
            try await AssetLoanRecord.query(on: database).filter(\.$endedOn <= purge.cutoff.description)
                .filter(\.$guardianName != nil).filter(\.$guardianName != erased).set(\.$guardianName, to: erased).update()
        case .ticketRequesters:
            try await closedTickets(purge, on: database).set(\.$requesterName, to: erased).set(\.$requesterEmail, to: nil).update()
        case .breachRegister:
            try await resolvedBreaches(purge, on: database).set(\.$declaredBy, to: erased).update()
        }
    }

    // Days are stored as YYYY-MM-DD, which sort as text.
    private func endedLoans(_ purge: RetentionPurge, on database: any Database) -> QueryBuilder<AssetLoanRecord> {
        AssetLoanRecord.query(on: database).filter(\.$endedOn <= purge.cutoff.description)
            .filter(\.$holderName != nil).filter(\.$holderName != RetentionRule.erased)
    }

    private func closedTickets(_ purge: RetentionPurge, on database: any Database) -> QueryBuilder<TicketRecord> {
        TicketRecord.query(on: database).filter(\.$isOpen == false).filter(\.$updatedAt < purge.bound.date)
            .filter(\.$requesterName != RetentionRule.erased)
    }

    private func resolvedBreaches(_ purge: RetentionPurge, on database: any Database) -> QueryBuilder<BreachRecord> {
        BreachRecord.query(on: database).filter(\.$resolvedAt < purge.bound.date).filter(\.$declaredBy != RetentionRule.erased)
    }
}

/// A row of `retention_purges`.
final class RetentionPurgeRecord: Model, @unchecked Sendable {
    static let schema = "retention_purges"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "rule") var rule: String
    @Field(key: "cutoff") var cutoff: String
    @Field(key: "count") var count: Int
    @Field(key: "actor") var actor: String

    init() {}

    init(_ purge: RetentionPurge) {
        id = UUID()
        at = (purge.at ?? Instant(Date())).date
        rule = purge.data.rawValue
        cutoff = purge.cutoff.description
        count = purge.count
        actor = purge.actor ?? "system"
    }

    func purge() throws -> RetentionPurge {
        RetentionPurge(data: try StoredValueError.decode(rule, table: Self.schema, column: "rule"),
                       cutoff: try StoredValueError.day(cutoff, table: Self.schema, column: "cutoff"),
                       count: count, at: Instant(at), actor: actor)
    }
}
