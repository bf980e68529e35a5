import Fluent
import Foundation

/// Signed-in sessions (`web_sessions`): what each holds, as name → value, until it ends.
public struct WebSessionStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func create(key: String, data: [String: String], endingAt end: Date) async throws {
        try await WebSessionRecord(key: key, data: data, expiresAt: end).create(on: database)
    }

    /// The session's data, unless it has ended by `now` or never existed.
    public func data(of key: String, at now: Date) async throws -> [String: String]? {
        try await WebSessionRecord.query(on: database).filter(\.$key == key).filter(\.$expiresAt > now).first()?.data
    }

    public func update(key: String, data: [String: String]) async throws {
        try await WebSessionRecord.query(on: database).filter(\.$key == key).set(\.$data, to: data).update()
    }

    public func delete(key: String) async throws {
        try await WebSessionRecord.query(on: database).filter(\.$key == key).delete()
    }

    /// Sessions ended by `now`: kept by nothing.
    public func purge(endedBy now: Date) async throws {
        try await WebSessionRecord.query(on: database).filter(\.$expiresAt <= now).delete()
    }
}
