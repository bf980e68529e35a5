import EntenteFiles
import EntenteStorage
import Fluent
import Vapor

/// API tokens from the command line: `entente token create` opens the database `serve` would use.
extension EntenteApp {
    public struct TokenIssuingError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Issues a token acting as the account `email` and returns it, in clear, this once. The
    /// application is configured exactly as `serve` configures it (same database, migrations,
    /// reference data), but it never listens.
    public static func issueToken(settings: ServerSettings, territory: DemoTerritory, email: String, name: String,
                                  database: DatabaseConfigurationFactory? = nil) async throws -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else {
            throw TokenIssuingError(description: "--name must say what the token is for, in 1 to 200 characters")
        }
        return try await withConfiguredApplication(settings: settings, territory: territory, database: database) { app in
            guard let user = try await AccountStore(database: app.db).account(email: email) else {
                throw TokenIssuingError(description: "no account with the e-mail address '\(email)'")
            }
            return try await APITokenStore(database: app.db).issue(name: name, for: user, at: Date()).token
        }
    }
}
