import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// What nobody needs any more, deleted every ten minutes: ended sessions, sign-in failures the
/// throttle no longer remembers, idempotency keys past their day.
enum Housekeeping {
    static let intervalSeconds = 600

    @Sendable static func run(_ application: Application) async throws {
        try await pass(on: application.db, at: EntenteApp.environment(application).now(),
                       throttle: EntenteApp.environment(application).settings.signInThrottle)
    }

    static func pass(on database: any Database, at now: Date, throttle: SignInThrottle) async throws {
        try await WebSessionStore(database: database).purge(endedBy: now)
        try await SignInFailureStore(database: database).purge(olderThan: now.addingTimeInterval(-throttle.memory))
        try await IdempotencyStore(database: database).purge(olderThan: now.addingTimeInterval(-IdempotencyStore.lifetime))
    }
}
