import EntenteStorage
import Fluent
import Foundation
import Synchronization
import Vapor

/// Sessions kept in the database (`web_sessions`), so that they survive a restart, behind an in-process
/// cache. Only signed-in users have one: anonymous pages carry a stateless CSRF cookie instead
/// (`CSRFProtection`), so a visit writes nothing. A session ends `Request.sessionLifetime` after it is
/// created (at sign-in); `Housekeeping` deletes the ended ones.
/// Vapor saves the session after every request that read it; Fluent's own driver then writes the row
/// each time, which made every page a database write. Here a page reads the cache and writes nothing
/// unless the session's data changed (sign-in, sign-out, a new CSRF token).
///
/// A cached entry is trusted for `freshness`: with several server instances, a session ended on one
/// is refused by the others at most that much later.
struct CachedSessions: AsyncSessionDriver {
    let cache: SessionCache
    static let freshness: TimeInterval = 60

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let id = SessionID(string: Self.newKey())
        try await WebSessionStore(database: request.db).create(
            key: id.string, data: data.snapshot, endingAt: request.entente.now().addingTimeInterval(Request.sessionLifetime))
        cache.store(id, data)
        return id
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        if let data = cache.fresh(sessionID, within: Self.freshness) { return data }
        let data = try await WebSessionStore(database: request.db).data(of: sessionID.string, at: request.entente.now())
            .map(SessionData.init(initialData:))
        if let data { cache.store(sessionID, data) } else { cache.remove(sessionID) }
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        guard cache.fresh(sessionID, within: Self.freshness) != data else { return sessionID }
        try await WebSessionStore(database: request.db).update(key: sessionID.string, data: data.snapshot)
        cache.store(sessionID, data)
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        cache.remove(sessionID)
        try await WebSessionStore(database: request.db).delete(key: sessionID.string)
    }

    /// 32 random bytes from the system's generator, as base64.
    static func newKey() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64EncodedString()
    }
}

/// The sessions read recently, with when each was read from or written to the database.
final class SessionCache: Sendable {
    private struct Entry {
        var data: SessionData
        var storedAt: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    /// Past this many sessions, stale entries are dropped (and all of them if none is stale).
    private let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    func fresh(_ id: SessionID, within freshness: TimeInterval, now: Date = Date()) -> SessionData? {
        entries.withLock { entries in
            guard let entry = entries[id.string], now.timeIntervalSince(entry.storedAt) < freshness else { return nil }
            return entry.data
        }
    }

    func store(_ id: SessionID, _ data: SessionData, now: Date = Date()) {
        entries.withLock { entries in
            if entries.count >= capacity {
                entries = entries.filter { now.timeIntervalSince($0.value.storedAt) < CachedSessions.freshness }
                if entries.count >= capacity { entries.removeAll() }
            }
            entries[id.string] = Entry(data: data, storedAt: now)
        }
    }

    func remove(_ id: SessionID) {
        _ = entries.withLock { $0.removeValue(forKey: id.string) }
    }
}
