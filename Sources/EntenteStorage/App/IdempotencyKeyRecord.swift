import Fluent
import Foundation

/// A creation an API client asked for with an `Idempotency-Key` (`api_idempotency_keys`): the body's
/// fingerprint and, once written, the answer to give again to a retry of the same request.
final class IdempotencyKeyRecord: Model, @unchecked Sendable {
    static let schema = "api_idempotency_keys"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "key") var key: String
    @Field(key: "fingerprint") var fingerprint: String
    /// Nil while the first request is still being answered.
    @OptionalField(key: "status") var status: Int?
    @OptionalField(key: "body") var body: String?
    @OptionalField(key: "location") var location: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(accountID: UUID, key: String, fingerprint: String, createdAt: Date) {
        self.id = UUID()
        self.accountID = accountID
        self.key = key
        self.fingerprint = fingerprint
        self.createdAt = createdAt
    }
}
