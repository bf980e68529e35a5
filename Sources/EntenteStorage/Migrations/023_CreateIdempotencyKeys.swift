import Fluent

/// 023: `Idempotency-Key` on API creation, so that a client retrying after a lost answer (an ENT's
/// help button does) gets the first answer again instead of a second ticket. One key per account.
struct CreateIdempotencyKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IdempotencyKeyRecord.schema)
            .id()
            .field("account_id", .uuid, .required, .references(UserRecord.schema, .id, onDelete: .cascade))
            .field("key", .string, .required)
            .field("fingerprint", .string, .required)
            .field("status", .int)
            .field("body", .string)
            .field("location", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "account_id", "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IdempotencyKeyRecord.schema).delete()
    }
}
