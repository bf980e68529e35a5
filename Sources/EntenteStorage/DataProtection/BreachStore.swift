import EntenteCore
import Fluent
import Foundation
import SQLKit

/// Personal-data breaches, their notifications and who read them. Every change is written with its
/// audit entry in one transaction; audit entries name the breach by its id and nothing of its content.
public struct BreachStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Writes a new breach under the next number and returns it.
    public func declare(_ breach: Breach, actor: String, at now: Instant) async throws -> Breach {
        try await database.transaction { database in
            let last = try await BreachRecord.query(on: database).max(\.$number) ?? 0
            var numbered = breach
            numbered.number = last + 1
            try await BreachRecord(numbered).create(on: database)
            try await Self.audit(.breachDeclared, numbered, actor: actor, at: now, on: database)
            return numbered
        }
    }

    /// Writes already numbered breaches in batches, without audit entries: benchmark data.
    public func insertForBenchmark(_ breaches: [Breach]) async throws {
        for chunk in breaches.chunked(1_000) {
            try await database.transaction { database in try await chunk.map(BreachRecord.init).create(on: database) }
        }
    }

    /// The breaches not resolved yet, whose clocks still run.
    public func openBreaches(limit: Int = 100_000) async throws -> [Breach] {
        try await BreachRecord.query(on: database).filter(\.$resolvedAt == nil).limit(limit).all().map { try $0.breach() }
    }

    /// The clock facts of every open breach, read straight from SQL: the standing of thousands of breaches
    /// is recomputed without building their models (Fluent's per-row cost was most of it).
    public func openClocks(limit: Int = 100_000) async throws -> [BreachClockFacts] {
        guard let sql = database as? any SQLDatabase else { return try await openBreaches(limit: limit).map(\.clockFacts) }
        let rows = try await sql.select()
            .columns(["id", "convention_id", "origin_code", "aware_at", "partner_notice_sent_at", "last_notice_sent_at",
                      "crisis_cell_at", "decision", "decided_at", "authority_notified_at", "receipt_shared_at", "high_risk",
                      "persons_informed_at"])
            .from(BreachRecord.schema).where(SQLColumn("resolved_at"), .is, SQLLiteral.null).limit(limit).all()
        return try rows.map { row in
            func instant(_ column: String) throws -> Instant? { try row.decode(column: column, as: Date?.self).map(Instant.init) }
            let decision: BreachRecord.Decision? = try StoredValueError.decode(
                try row.decode(column: "decision", as: String?.self), table: BreachRecord.schema, column: "decision")
            let progress = BreachProgress(
                awareness: Instant(try row.decode(column: "aware_at", as: Date.self)),
                partnerNoticeSentAt: try instant("partner_notice_sent_at"), lastNoticeSentAt: try instant("last_notice_sent_at"),
                crisisCellConvenedAt: try instant("crisis_cell_at"), authorityDecision: decision?.decision,
                authorityDecidedAt: try instant("decided_at"), authorityNotifiedAt: try instant("authority_notified_at"),
                receiptSharedAt: try instant("receipt_shared_at"), highRisk: try row.decode(column: "high_risk", as: Bool?.self),
                personsInformedAt: try instant("persons_informed_at"))
            return BreachClockFacts(id: try row.decode(column: "id", as: UUID.self),
                                    conventionID: try row.decode(column: "convention_id", as: String.self),
                                    originCode: try row.decode(column: "origin_code", as: String.self), progress: progress)
        }
    }

    public func breach(_ id: UUID) async throws -> Breach? {
        try await BreachRecord.find(id, on: database)?.breach()
    }

    /// The breaches of these conventions, the most recent awareness first.
    public func breaches(conventions: Set<String>, limit: Int = 500) async throws -> [Breach] {
        guard !conventions.isEmpty else { return [] }
        return try await BreachRecord.query(on: database).filter(\.$conventionID ~~ Array(conventions))
            .sort(\.$awareAt, .descending).limit(limit).all().map { try $0.breach() }
    }

    /// The breaches `email` declared.
    public func breaches(declaredBy email: String, limit: Int = 200) async throws -> [Breach] {
        try await BreachRecord.query(on: database).filter(\.$declaredBy == email)
            .sort(\.$awareAt, .descending).limit(limit).all().map { try $0.breach() }
    }

    /// Saves what changed in the breach (progress, decision, resolution) with its audit entry.
    public func save(_ breach: Breach, action: AuditAction, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await BreachRecord.find(breach.id, on: database) else { throw Failure.notFound }
            record.update(from: breach)
            try await record.save(on: database)
            try await Self.audit(action, breach, actor: actor, at: now, on: database)
        }
    }

    /// Writes the notification and what it changes in the breach's progress, together.
    public func record(_ notification: BreachNotification, actor: String, at now: Instant) async throws -> Breach {
        try await database.transaction { database in
            guard let record = try await BreachRecord.find(notification.breachID, on: database) else { throw Failure.notFound }
            var breach = try record.breach()
            notification.apply(to: &breach.progress)
            record.update(from: breach)
            try await record.save(on: database)
            let sent = try await BreachNotificationRecord.query(on: database).filter(\.$breachID == breach.id).count()
            try await BreachNotificationRecord(notification, sequence: sent + 1).create(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .breachNotified, subject: breach.id.uuidString.lowercased(),
                                  after: "\(notification.audience.rawValue) v\(notification.version) \(notification.phase.rawValue)")
                .create(on: database)
            return breach
        }
    }

    /// Its notifications, oldest first.
    public func notifications(of breachID: UUID) async throws -> [BreachNotification] {
        try await BreachNotificationRecord.query(on: database).filter(\.$breachID == breachID)
            .sort(\.$sequence).all().map { try $0.notification() }
    }

    public func logRead(of breachID: UUID, by reader: String, at now: Instant) async throws {
        try await BreachReadRecord(breachID: breachID, reader: reader, at: now).create(on: database)
    }

    /// Who read the breach, most recent first.
    public func reads(of breachID: UUID, limit: Int = 200) async throws -> [BreachRead] {
        try await BreachReadRecord.query(on: database).filter(\.$breachID == breachID).sort(\.$at, .descending)
            .limit(limit).all().map { BreachRead(reader: $0.reader, at: Instant($0.at)) }
    }

    public enum Failure: Error {
        case notFound
    }

    private static func audit(_ action: AuditAction, _ breach: Breach, actor: String, at now: Instant,
                              on database: any Database) async throws {
        try await AuditRecord(at: now.date, actor: actor, action: action, subject: breach.id.uuidString.lowercased())
            .create(on: database)
    }
}
