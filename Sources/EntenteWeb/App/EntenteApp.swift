import EntenteCore
import EntenteFiles
import EntenteMail
import EntenteStorage
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Crypto
import Foundation
import Vapor

/// Sets up an Entente application: database, migrations, reference data, sessions, routes.
public enum EntenteApp {
    /// Everything the routes need beyond Vapor's own services.
    struct Environment: Sendable {
        var settings: ServerSettings
        var territory: DemoTerritory
        /// The validated conventions with their approved avenants, and the working calendar each counts its
        /// service levels in.
        let book: ConventionBook
        var conventions: [String: Convention] { book.conventions(on: today) }
        var calendars: [String: WorkingCalendar]
        /// The teams of each convention's parties and their routing rules, by convention id.
        var teams: [String: TeamDirectory]
        var workflow: TicketWorkflow
        var notifier: TicketNotifier
        /// Signs the CSRF cookie of anonymous forms (`CSRFProtection`); shared by the instances through the database.
        var csrfKey: SymmetricKey
        /// The clock, injected so tests can pin time.
        var now: @Sendable () -> Date

        /// Today in Paris, by the same clock: the day forms and rules of the inventory go by.
        var today: CalendarDate { TimeZone.europeParis.localDateTime(at: Instant(now())).date }
    }

    /// Configures `app`. The territory is validated before anything is written:
    /// an invalid bundled file stops the start instead of loading part of the data.
    public static func configure(_ app: Application, settings: ServerSettings, territory: DemoTerritory,
                                 database: DatabaseConfigurationFactory? = nil, mailSender: (any MailSender)? = nil,
                                 now: @escaping @Sendable () -> Date = Date.init) async throws {
        app.http.server.configuration.hostname = settings.host
        app.http.server.configuration.port = settings.port
        if let database {
            app.databases.use(database, as: .init(string: "main"))
        } else if let url = settings.databaseURL {
            app.databases.use(try .postgres(url: url), as: .psql)
        } else {
            try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
            app.databases.use(.sqlite(.file(settings.dataDirectory + "/entente.sqlite")), as: .sqlite)
        }
        try await SQLiteTuning.apply(to: app.databases, logger: app.logger)
        app.passwords.use(.bcrypt(cost: settings.passwordCost))
        app.migrations.add(EntenteMigrations.all)
        try await app.autoMigrate()

        // The avenants approved in Entente are versions of their conventions as much as those of the files.
        let avenants = try await AvenantStore(database: app.db).avenants()
        let conventions = territory.conventions.map { $0.amended(by: avenants).current }
        let summary = try await TerritoryStore(database: app.db).load(
            partners: territory.partners, establishments: territory.establishments,
            conventions: conventions, actor: "system", at: now())
        app.logger.info("Reference data loaded: \(summary)")
        try await SQLiteTuning.refreshPlannerStatistics(on: app.db)
        try await TeamStore(database: app.db).load(territory.teams, actor: "system", at: now())
        // Imports a stopped server left running: their committed batches stay, they say so.
        try await AssetImportStore(database: app.db).interruptRunningJobs()
        if settings.demoMode {
            try await DemoAccounts.ensure(on: app.db, territory: territory, hasher: app.password)
            let instant = Instant(now())
            try await DemoCrisisDirectory.ensure(on: app.db, territory: territory,
                                                 today: TimeZone.europeParis.localDateTime(at: instant).date, at: instant)
        }

        let sessionCache = SessionCache()
        app.sessions.use { _ in CachedSessions(cache: sessionCache) }
        app.sessions.configuration.cookieName = "entente-session"
        app.sessions.configuration.cookieFactory = { sessionID in
            HTTPCookies.Value(string: sessionID.string, maxAge: Int(Request.sessionLifetime), path: "/", isSecure: false,
                              isHTTPOnly: true, sameSite: .lax)
        }
        // One body-size policy: forms and JSON within `BodyLimits`, uploads within the attachment policy.
        app.routes.defaultMaxBodySize = ByteCount(value: BodyLimits.form)
        ContentConfiguration.global.use(decoder: CheckedFormDataDecoder(), for: .formData)
        app.middleware = Middlewares()
        // Outermost, so that error pages carry the headers too.
        app.middleware.use(SecurityHeaders())
        app.middleware.use(ErrorPage())
        app.middleware.use(BodyLimits())
        app.middleware.use(NulCharacters())
        app.middleware.use(app.sessions.middleware)
        app.middleware.use(SessionUserMiddleware())
        app.middleware.use(CSRFProtection())

        var calendars: [String: WorkingCalendar] = [:]
        for convention in territory.conventions {
            // Built once: deadlines and elapsed times then cost a lookup, not a day-by-day walk.
            calendars[convention.id] = try convention.workingCalendar(years: 2020...2040)
        }
        app.storage[EnvironmentKey.self] = Environment(
            settings: settings, territory: territory,
            book: ConventionBook(conventions),
            calendars: calendars,
            teams: Dictionary(territory.teams.map { ($0.conventionID, $0) }, uniquingKeysWith: { first, _ in first }),
            workflow: TicketWorkflow(),
            notifier: TicketNotifier(sender: mailSender ?? settings.smtp.map { SMTPMailSender(configuration: $0) },
                                     from: settings.smtp?.sender ?? "entente@localhost",
                                     baseURL: "http://\(settings.host):\(settings.port)"),
            csrfKey: SymmetricKey(data: try await ServerKeys(database: app.db).key(named: "csrf")), now: now)
        if settings.demoHistory {
            let written = try await DemoHistory.ensure(on: app.db, environment: environment(app), now: now())
            if written > 0 { app.logger.info("Demo history written: \(written) tickets over the last \(DemoHistory.days) days") }
            let devices = try await DemoInventory.ensure(on: app.db, environment: environment(app), now: now())
            if devices > 0 { app.logger.info("Demo inventory written: \(devices) devices") }
            let meetings = try await DemoGovernance.ensure(on: app.db, environment: environment(app), now: now())
            if meetings > 0 { app.logger.info("Demo governance written: \(meetings) meetings of the comité opérationnel") }
        }
        try Routes.register(on: app)
    }

    /// Runs `work` on an application configured exactly as `serve` configures it (same database,
    /// migrations, reference data) that never listens: the command-line tools' way in.
    public static func withConfiguredApplication<Result: Sendable>(
        settings: ServerSettings, territory: DemoTerritory, database: DatabaseConfigurationFactory? = nil,
        _ work: (Application) async throws -> Result
    ) async throws -> Result {
        let app = try await Application.make(Vapor.Environment(name: "production", arguments: ["entente"]))
        app.logger.logLevel = .warning
        do {
            try await configure(app, settings: settings, territory: territory, database: database)
            let result = try await work(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    private struct EnvironmentKey: StorageKey {
        typealias Value = Environment
    }

    static func environment(_ app: Application) -> Environment {
        guard let environment = app.storage[EnvironmentKey.self] else {
            fatalError("EntenteApp.configure was not called")
        }
        return environment
    }
}

extension Request {
    var entente: EntenteApp.Environment { EntenteApp.environment(application) }
}

/// Headers every response carries: no framing, no MIME sniffing, no referrer leaks. Over HTTPS (said
/// by a trusted proxy), cookies are `Secure` and HSTS keeps the browser on HTTPS for a year.
struct SecurityHeaders: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.isHTTPS {
            response.headers.replaceOrAdd(name: .strictTransportSecurity, value: "max-age=31536000")
            for (name, var cookie) in response.cookies.all {
                cookie.isSecure = true
                response.cookies[name] = cookie
            }
        }
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: "default-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'")
        return response
    }
}
