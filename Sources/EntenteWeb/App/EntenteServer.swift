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
            // Warnings before breach and breach records, every minute by default.
            if let seconds = settings.serviceLevelWatchSeconds {
                app.lifecycle.use(PeriodicJob("service-level watch", every: seconds, work: ServiceLevelWatch.run))
            }
            // Ended sessions, forgotten sign-in failures, spent idempotency keys.
            app.lifecycle.use(PeriodicJob("housekeeping", every: Housekeeping.intervalSeconds, work: Housekeeping.run))
            app.lifecycle.use(PeriodicJob("retention", every: 24 * 3600, work: PersonalDataController.scheduledRetention))
            // Breach deadlines approaching or overdue, by e-mail.
            app.lifecycle.use(PeriodicJob("breach watch", every: BreachWatch.intervalSeconds, work: BreachWatch.run))
            // The convention's term: renewal negotiation, notice deadline, end, sixty days ahead.
            app.lifecycle.use(PeriodicJob("term watch", every: 24 * 3600, work: TermWatch.run))
            // Each establishment's inventory figures, counted again when its devices changed or the day did.
            app.lifecycle.use(PeriodicJob("inventory figures", every: InventoryFiguresRefresh.intervalSeconds,
                                          work: InventoryFiguresRefresh.run))
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
