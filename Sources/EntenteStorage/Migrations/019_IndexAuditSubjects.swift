import Fluent
import SQLKit

/// 019: a ticket's page lists the audit entries about it, found by subject.
struct IndexAuditSubjects: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "audit_log_subject").on(AuditRecord.schema).column("subject").column("at").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "audit_log_subject").run()
    }
}
