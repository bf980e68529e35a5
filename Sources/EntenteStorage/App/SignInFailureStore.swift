import Crypto
import EntenteCore
import Fluent
import Foundation

/// The counters of `SignInThrottle`, shared by every instance through the database.
public struct SignInFailureStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The counters of the keys that have failures (keys are the throttle's texts: `account:x@y`…).
    public func counters(_ keys: [SignInThrottle.Key: String]) async throws -> [SignInThrottle.Key: SignInThrottle.Counter] {
        let digests = keys.mapValues(Self.digest)
        let rows = try await SignInFailureRecord.query(on: database).filter(\.$key ~~ Array(digests.values)).all()
        var counters: [SignInThrottle.Key: SignInThrottle.Counter] = [:]
        for (key, digest) in digests {
            if let row = rows.first(where: { $0.key == digest }) {
                counters[key] = SignInThrottle.Counter(failures: row.failures, lastFailure: row.lastFailureAt)
            }
        }
        return counters
    }

    /// One more failure on each key. Two instances counting the same key at once: the second insert
    /// meets the unique key and is retried as an update.
    public func recordFailure(_ keys: [SignInThrottle.Key: String], throttle: SignInThrottle, at now: Date) async throws {
        for text in keys.values {
            let digest = Self.digest(text)
            for attempt in 0..<3 {
                do {
                    try await database.transaction { database in
                        if let row = try await SignInFailureRecord.query(on: database).filter(\.$key == digest).first() {
                            let next = throttle.failing(.init(failures: row.failures, lastFailure: row.lastFailureAt), at: now)
                            (row.failures, row.lastFailureAt) = (next.failures, next.lastFailure)
                            try await row.update(on: database)
                        } else {
                            try await SignInFailureRecord(key: digest, failures: 1, lastFailureAt: now).create(on: database)
                        }
                    }
                    break
                } catch let error as any DatabaseError where error.isConstraintFailure && attempt < 2 {
                    continue
                }
            }
        }
    }

    /// A successful sign-in clears its account's counters (never the address's: other accounts failed there).
    public func forget(_ keys: [String]) async throws {
        try await SignInFailureRecord.query(on: database).filter(\.$key ~~ keys.map(Self.digest)).delete()
    }

    /// Counters quiet for longer than the throttle remembers: kept by nothing.
    public func purge(olderThan date: Date) async throws {
        try await SignInFailureRecord.query(on: database).filter(\.$lastFailureAt < date).delete()
    }

    static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
