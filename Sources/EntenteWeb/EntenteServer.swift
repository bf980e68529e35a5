import EntenteFiles
import Vapor

/// Runs the server until it is stopped (Ctrl-C or SIGTERM).
public enum EntenteServer {
    public static func run(settings: ServerSettings, territory: DemoTerritory) async throws {
        var environment = try Environment.detect(arguments: ["entente"])
        try LoggingSystem.bootstrap(from: &environment)
        let app = try await Application.make(environment)
        do {
            try await EntenteApp.configure(app, settings: settings, territory: territory)
            let mode = settings.demoMode ? " — demo mode" : ""
            app.logger.notice("Entente on http://\(settings.host):\(settings.port) — \(settings.databaseDescription)\(mode)")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
