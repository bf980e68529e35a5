import EntenteFiles
import EntenteMail
import EntenteStorage
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Builds a configured application on a fresh database: in-memory SQLite by default,
/// or, when `DATABASE_URL` is set, a PostgreSQL schema of its own that is dropped afterwards.
enum TestApp {
    static let territory: DemoTerritory = {
        do { return try DemoTerritory.load() } catch { fatalError("bundled data is invalid: \(error)") }
    }()

    /// Where the clock of every web test starts: Monday 14 September 2026, 09:00 in Paris.
    static let now = Date(timeIntervalSince1970: 1_789_369_200)

    /// A pinned clock that moves one millisecond each time it is read, so that two events of a test
    /// never share an instant and keep their order on every database, while whole-second figures stay put.
    final class TickingClock: @unchecked Sendable {
        private let lock = NSLock()
        private var ticks = 0

        func read() -> Date {
            lock.withLock {
                defer { ticks += 1 }
                return TestApp.now.addingTimeInterval(TimeInterval(ticks) / 1000)
            }
        }
    }

    static var usesPostgres: Bool { ProcessInfo.processInfo.environment["DATABASE_URL"] != nil }

    /// `mail` receives the notifications instead of a mail server; `now` replaces the ticking clock
    /// for tests that move time themselves.
    static func run(demoMode: Bool = true, mail: RecordingMailSender = RecordingMailSender(),
                    now: (@Sendable () -> Date)? = nil, adjust: (inout ServerSettings) -> Void = { _ in },
                    _ body: (Application) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        do {
            let database = try await prepareDatabase(schema: schema)
            var settings = ServerSettings(dataDirectory: NSTemporaryDirectory(), demoMode: demoMode, passwordCost: 4)
            adjust(&settings)
            try await EntenteApp.configure(app, settings: settings, territory: territory, database: database,
                                           mailSender: mail, now: now ?? { [clock = TickingClock()] in clock.read() })
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            try? await dropSchema(schema)
            throw error
        }
        try await app.asyncShutdown()
        try await dropSchema(schema)
    }

    private static func prepareDatabase(schema: String) async throws -> DatabaseConfigurationFactory {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"] else { return .sqlite(.memory) }
        try await withAdministration { try await $0.raw("CREATE SCHEMA \(ident: schema)").run() }
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = [schema]
        return .postgres(configuration: configuration)
    }

    private static func dropSchema(_ schema: String) async throws {
        guard usesPostgres else { return }
        try await withAdministration { try await $0.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run() }
    }

    private static func withAdministration(_ work: (any SQLDatabase) async throws -> Void) async throws {
        let admin = try await Application.make(.testing)
        do {
            admin.databases.use(try .postgres(url: ProcessInfo.processInfo.environment["DATABASE_URL"]!), as: .psql)
            guard let sql = admin.db as? any SQLDatabase else { throw Abort(.internalServerError) }
            try await work(sql)
        } catch {
            try? await admin.asyncShutdown()
            throw error
        }
        try await admin.asyncShutdown()
    }
}
