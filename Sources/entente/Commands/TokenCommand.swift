import ArgumentParser
import EntenteFiles
import EntenteWeb

/// `entente token create`: an API token for an integration, printed once.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "API tokens of integrations (an ENT's help button…).",
        subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a token acting as an account, with its rights; print it once on standard output.")

        @Option(help: "E-mail address of the account the token acts as (a service account of a partner, say).")
        var email: String
        @Option(help: "What the token is for, e.g. \"Bouton d'aide de l'ENT\".") var name: String
        @Option(name: .customLong("data-dir"),
                help: "Folder of the SQLite database (ENTENTE_DATA_DIR; DATABASE_URL for PostgreSQL).")
        var dataDirectory: String?

        func run() async throws {
            let (settings, territory) = try CommandContext.load(dataDirectory: dataDirectory)
            let token: String
            do {
                token = try await EntenteApp.issueToken(settings: settings, territory: territory, email: email, name: name)
            } catch {
                throw CommandFailure("no token issued: \(error)")
            }
            FileHandleOutput.standardError("Token \"\(name)\" acting as \(email) (\(settings.databaseDescription)). "
                + "It is shown this once: only its hash is kept.")
            print(token)
        }
    }
}
