import EntenteCore
import Fluent
import Foundation

/// The rights requests: recorded under the next number, each change saved with its audit entry (which
/// names the request by its id, never the person).
public struct RightsRequestStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func record(_ request: RightsRequest, actor: String, at now: Instant) async throws -> RightsRequest {
        try await database.transaction { database in
            var numbered = request
            numbered.number = (try await RightsRequestRecord.query(on: database).max(\.$number) ?? 0) + 1
            try await RightsRequestRecord(numbered).create(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .rightsRequestRecorded,
                                  subject: numbered.id.uuidString.lowercased()).create(on: database)
            return numbered
        }
    }

    public func save(_ request: RightsRequest, change: String, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await RightsRequestRecord.find(request.id, on: database) else { throw BreachStore.Failure.notFound }
            record.update(from: request)
            try await record.save(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .rightsRequestUpdated,
                                  subject: request.id.uuidString.lowercased(), after: change).create(on: database)
        }
    }

    public func request(_ id: UUID) async throws -> RightsRequest? {
        try await RightsRequestRecord.find(id, on: database)?.request()
    }

    /// The requests of these conventions, the latest received first.
    public func requests(conventions: Set<String>, limit: Int = 1_000) async throws -> [RightsRequest] {
        guard !conventions.isEmpty else { return [] }
        return try await RightsRequestRecord.query(on: database).filter(\.$conventionID ~~ Array(conventions))
            .sort(\.$receivedOn, .descending).sort(\.$number, .descending).limit(limit).all().map { try $0.request() }
    }
}
