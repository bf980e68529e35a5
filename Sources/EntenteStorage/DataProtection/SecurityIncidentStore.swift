import EntenteCore
import Fluent
import Foundation

/// Security incidents and their timelines; each change with its audit entry (the incident by its id).
public struct SecurityIncidentStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func report(_ incident: SecurityIncident, at now: Instant) async throws -> SecurityIncident {
        try await database.transaction { database in
            var numbered = incident
            numbered.number = (try await SecurityIncidentRecord.query(on: database).max(\.$number) ?? 0) + 1
            try await SecurityIncidentRecord(numbered).create(on: database)
            try await AuditRecord(at: now.date, actor: incident.reportedBy, action: .incidentReported,
                                  subject: numbered.id.uuidString.lowercased()).create(on: database)
            return numbered
        }
    }

    public func save(_ incident: SecurityIncident, change: String, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await SecurityIncidentRecord.find(incident.id, on: database) else { throw BreachStore.Failure.notFound }
            record.update(from: incident)
            try await record.save(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .incidentUpdated, subject: incident.id.uuidString.lowercased(),
                                  after: change).create(on: database)
        }
    }

    public func incident(_ id: UUID) async throws -> SecurityIncident? {
        try await SecurityIncidentRecord.find(id, on: database)?.incident()
    }

    /// The incidents of these conventions, and those `reporter` reported, the latest first.
    public func incidents(conventions: Set<String>, reportedBy reporter: String, limit: Int = 500) async throws -> [SecurityIncident] {
        try await SecurityIncidentRecord.query(on: database).group(.or) { group in
            group.filter(\.$reportedBy == reporter)
            if !conventions.isEmpty { group.filter(\.$conventionID ~~ Array(conventions)) }
        }.sort(\.$reportedAt, .descending).limit(limit).all().map { try $0.incident() }
    }

    public func add(_ entry: IncidentEntry, at now: Instant) async throws {
        try await database.transaction { database in
            try await IncidentEntryRecord(entry).create(on: database)
            try await AuditRecord(at: now.date, actor: entry.author, action: .incidentUpdated,
                                  subject: entry.incidentID.uuidString.lowercased(), after: "entry=\(entry.kind.rawValue)").create(on: database)
        }
    }

    /// Marks a requisition returned or a remediation done.
    public func complete(entry id: UUID, of incidentID: UUID, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await IncidentEntryRecord.find(id, on: database), record.incidentID == incidentID else {
                throw BreachStore.Failure.notFound
            }
            guard record.completedAt == nil else { return }
            record.completedAt = now.date
            try await record.save(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .incidentUpdated, subject: incidentID.uuidString.lowercased(),
                                  after: "completed=\(record.kind)").create(on: database)
        }
    }

    /// The incident's timeline, oldest first.
    public func entries(of incidentID: UUID) async throws -> [IncidentEntry] {
        try await IncidentEntryRecord.query(on: database).filter(\.$incidentID == incidentID).sort(\.$at).all().map { try $0.entry() }
    }
}
