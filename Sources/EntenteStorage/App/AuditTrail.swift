import EntenteCore
import Fluent
import Foundation

/// Appends to and reads the audit trail.
public struct AuditTrail: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func record(actor: String, action: AuditAction, subject: String, before: String? = nil, after: String? = nil,
                       at date: Date) async throws {
        try await AuditRecord(at: date, actor: actor, action: action, subject: subject, before: before, after: after)
            .create(on: database)
    }

    /// What happened to one subject (a ticket's reference, say), oldest first.
    public func entries(about subject: String, limit: Int = 500) async throws -> [AuditEntry] {
        try await AuditRecord.query(on: database).filter(\.$subject == subject).sort(\.$at).limit(limit).all().map(\.entry)
    }

    public func latest(_ count: Int = 50) async throws -> [AuditEntry] {
        try await AuditRecord.query(on: database).sort(\.$at, .descending).limit(count).all().map(\.entry)
    }
}
