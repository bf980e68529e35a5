import Crypto
import EntenteCore
import Fluent
import Foundation

/// Issues, checks and revokes the API tokens of integrations. The clear token exists only in the
/// answer to `issue`; the database keeps its SHA-256.
public struct APITokenStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// What `issue` hands over once: the clear token and the row that stands for it.
    public struct IssuedToken: Sendable {
        public var token: String
        /// The token row's id, to revoke it.
        public var id: UUID
    }

    public static let prefix = "ent_"

    /// A new token acting as `user`: "ent_" and 32 random bytes in base64url (43 characters).
    public func issue(name: String, for user: UserAccount, at date: Date) async throws -> IssuedToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = Self.prefix + Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let record = APITokenRecord(name: name, tokenHash: Self.hash(token), userID: user.id, createdAt: date)
        try await database.transaction { database in
            try await record.create(on: database)
            try await AuditRecord(at: date, actor: user.email, action: .apiTokenCreated, subject: name,
                                  after: "token acting as \(user.email)").create(on: database)
        }
        return IssuedToken(token: token, id: try record.requireID())
    }

    /// The user a token acts as, or nil for an unknown or revoked token. The row is found by the
    /// hash (an index lookup on a digest reveals nothing of the token), then the digests are
    /// compared in constant time. `last_used_at` is written at most once a minute, so that a busy
    /// integration does not turn every read into a write.
    public func user(forToken token: String, at date: Date) async throws -> UserAccount? {
        guard token.hasPrefix(Self.prefix), token.utf8.count <= 128 else { return nil }
        let hash = Self.hash(token)
        guard let user = try await UserRecord.query(on: database)
            .join(APITokenRecord.self, on: \APITokenRecord.$user.$id == \UserRecord.$id)
            .filter(APITokenRecord.self, \.$tokenHash == hash).first() else { return nil }
        let record = try user.joined(APITokenRecord.self)
        guard Self.constantTimeEquals(Array(record.tokenHash.utf8), Array(hash.utf8)) else { return nil }
        if record.lastUsedAt.map({ date.timeIntervalSince($0) >= 60 }) ?? true {
            let id = try record.requireID()
            try await APITokenRecord.query(on: database).filter(\.$id == id).set(\.$lastUsedAt, to: date).update()
        }
        return try user.account()
    }

    /// Deletes a token; calls with it fail from then on.
    public func revoke(id: UUID, by actor: String, at date: Date) async throws {
        try await database.transaction { database in
            guard let record = try await APITokenRecord.find(id, on: database) else { return }
            try await record.delete(on: database)
            try await AuditRecord(at: date, actor: actor, action: .apiTokenRevoked, subject: record.name)
                .create(on: database)
        }
    }

    /// The tokens acting as a user, newest first.
    public func tokens(of userID: UUID) async throws -> [Token] {
        try await APITokenRecord.query(on: database).filter(\.$user.$id == userID).sort(\.$createdAt, .descending).all()
            .map { Token(id: try $0.requireID(), name: $0.name, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt) }
    }

    /// A token as its owner sees it listed: never its value.
    public struct Token: Sendable, Equatable {
        public var id: UUID
        public var name: String
        public var createdAt: Date
        public var lastUsedAt: Date?
    }

    /// Lowercase hex SHA-256 of the token's UTF-8 text.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// No early exit: the time taken does not tell how much of the digest matched.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
