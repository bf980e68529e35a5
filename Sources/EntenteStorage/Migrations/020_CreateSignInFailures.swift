import Fluent

/// 020: sign-in failures counted in the database, so that every server instance slows the same
/// guesser (they were counted in one process's memory). One row per throttle key.
struct CreateSignInFailures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SignInFailureRecord.schema)
            .id()
            .field("key", .string, .required)
            .field("failures", .int, .required)
            .field("last_failure_at", .datetime, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SignInFailureRecord.schema).delete()
    }
}
