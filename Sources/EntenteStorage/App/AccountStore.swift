import EntenteCore
import Fluent
import Foundation

/// Reads and creates accounts; the password hash leaves only to be verified at sign-in.
public struct AccountStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func account(id: UUID) async throws -> UserAccount? {
        try await UserRecord.find(id, on: database)?.account()
    }

    public func account(email: String) async throws -> UserAccount? {
        try await UserRecord.query(on: database).filter(\.$email == email.lowercased()).first()?.account()
    }

    /// The account and its password hash, to check a password against.
    public func credentials(email: String) async throws -> (account: UserAccount, passwordHash: String)? {
        guard let record = try await UserRecord.query(on: database).filter(\.$email == email.lowercased()).first() else {
            return nil
        }
        return (try record.account(), record.passwordHash)
    }

    public func accounts(emails: Set<String>) async throws -> [UserAccount] {
        try await UserRecord.query(on: database).filter(\.$email ~~ emails).all().map { try $0.account() }
    }

    /// The e-mail addresses of the agents of `partners`, in order.
    public func agentEmails(of partners: [String]) async throws -> [String] {
        try await UserRecord.query(on: database).filter(\.$partnerCode ~~ partners)
            .filter(\.$role == UserRole.partnerAgent.rawValue).sort(\.$email).all().map(\.email)
    }

    /// Creates the account unless one has its e-mail address; says whether it did.
    @discardableResult
    public func createIfAbsent(email: String, displayName: String, passwordHash: String, role: UserRole,
                               partnerCode: String? = nil, establishmentUAI: String? = nil,
                               teamCode: String? = nil) async throws -> Bool {
        guard try await account(email: email) == nil else { return false }
        try await UserRecord(email: email, displayName: displayName, passwordHash: passwordHash, role: role,
                             partnerCode: partnerCode, establishmentUAI: establishmentUAI, teamCode: teamCode)
            .create(on: database)
        return true
    }
}
