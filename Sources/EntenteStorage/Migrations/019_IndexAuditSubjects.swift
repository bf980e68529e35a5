import Fluent
import SQLKit

/// 019: a ticket's page lists the audit entries about it, found by subject.
struct IndexAuditSubjects: AsyncMigration {
    static let index = TableIndex("audit_log_subject", on: AuditRecord.schema, ["subject", "at"])

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await Self.index.create(on: sql)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await Self.index.drop(on: sql)
    }
}
