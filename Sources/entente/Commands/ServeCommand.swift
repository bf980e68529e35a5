import ArgumentParser
import EntenteFiles
import EntenteWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the Entente web server (SQLite in the data folder by default, PostgreSQL when DATABASE_URL is set).")

    @Option(help: "Address to listen on (ENTENTE_HOST; default 127.0.0.1).") var host: String?
    @Option(help: "Port to listen on (ENTENTE_PORT; default 8080).") var port: Int?
    @Option(name: .customLong("data-dir"), help: "Folder of the SQLite database (ENTENTE_DATA_DIR; default ~/.local/share/entente).")
    var dataDirectory: String?

    func run() async throws {
        let settings: ServerSettings
        do { settings = try ServerSettings.resolve(host: host, port: port, dataDirectory: dataDirectory) } catch {
            throw CommandFailure("\(error)")
        }
        // Validate every bundled file before touching the database: no partial load.
        let territory: DemoTerritory
        do { territory = try DemoTerritory.load() } catch {
            throw CommandFailure("Entente did not start: the bundled data is invalid.\n\(error.description)")
        }
        print("Entente: open http://\(settings.host):\(settings.port)/ (\(settings.databaseDescription))")
        try await EntenteServer.run(settings: settings, territory: territory)
    }
}
