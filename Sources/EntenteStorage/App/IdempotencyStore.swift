import Fluent
import Foundation

/// The keys of idempotent API creations, after the IETF draft "The Idempotency-Key HTTP Header
/// Field": the same key with the same body gets the first answer again; with another body, or
/// while the first is still being answered, it is refused. Keys are kept `lifetime`.
public struct IdempotencyStore: Sendable {
    public let database: any Database
    public static let lifetime: TimeInterval = 24 * 3600

    public init(database: any Database) {
        self.database = database
    }

    public struct StoredAnswer: Equatable, Sendable {
        public var status: Int
        public var body: String
        public var location: String?

        public init(status: Int, body: String, location: String?) {
            self.status = status
            self.body = body
            self.location = location
        }
    }

    public enum Start: Equatable, Sendable {
        /// First use of the key: answer, then `complete` (or `abandon` on failure).
        case started
        /// The key's request was answered: give this again.
        case replay(StoredAnswer)
        case stillInProgress
        case reusedWithAnotherBody
    }

    public func start(account: UUID, key: String, fingerprint: String, at now: Date) async throws -> Start {
        if let existing = try await find(account, key), now.timeIntervalSince(existing.createdAt) < Self.lifetime {
            return Self.verdict(existing, fingerprint)
        }
        try await IdempotencyKeyRecord.query(on: database).filter(\.$accountID == account).filter(\.$key == key).delete()
        do {
            try await IdempotencyKeyRecord(accountID: account, key: key, fingerprint: fingerprint, createdAt: now).create(on: database)
            return .started
        } catch where (error as? any DatabaseError)?.isConstraintFailure == true {
            // Another request with the same key won the race.
            guard let existing = try await find(account, key) else { throw error }
            return Self.verdict(existing, fingerprint)
        }
    }

    public func complete(account: UUID, key: String, with answer: StoredAnswer) async throws {
        try await IdempotencyKeyRecord.query(on: database).filter(\.$accountID == account).filter(\.$key == key)
            .set(\.$status, to: answer.status).set(\.$body, to: answer.body).set(\.$location, to: answer.location).update()
    }

    /// The request failed without writing anything: the key may be used again.
    public func abandon(account: UUID, key: String) async throws {
        try await IdempotencyKeyRecord.query(on: database).filter(\.$accountID == account).filter(\.$key == key).delete()
    }

    public func purge(olderThan date: Date) async throws {
        try await IdempotencyKeyRecord.query(on: database).filter(\.$createdAt < date).delete()
    }

    private func find(_ account: UUID, _ key: String) async throws -> IdempotencyKeyRecord? {
        try await IdempotencyKeyRecord.query(on: database).filter(\.$accountID == account).filter(\.$key == key).first()
    }

    private static func verdict(_ record: IdempotencyKeyRecord, _ fingerprint: String) -> Start {
        guard record.fingerprint == fingerprint else { return .reusedWithAnotherBody }
        guard let status = record.status, let body = record.body else { return .stillInProgress }
        return .replay(StoredAnswer(status: status, body: body, location: record.location))
    }
}
