import Fluent
import Foundation

/// A creation an API client asked for with an `Idempotency-Key` (`api_idempotency_keys`): the body's
/// fingerprint and, once written, the answer to give again to a retry of the same request.
public final class IdempotencyKeyRecord: Model, @unchecked Sendable {
    public static let schema = "api_idempotency_keys"

    @ID(key: .id) public var id: UUID?
    @Field(key: "account_id") public var accountID: UUID
    @Field(key: "key") public var key: String
    @Field(key: "fingerprint") public var fingerprint: String
    /// Nil while the first request is still being answered.
    @OptionalField(key: "status") public var status: Int?
    @OptionalField(key: "body") public var body: String?
    @OptionalField(key: "location") public var location: String?
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    init(accountID: UUID, key: String, fingerprint: String, createdAt: Date) {
        self.id = UUID()
        self.accountID = accountID
        self.key = key
        self.fingerprint = fingerprint
        self.createdAt = createdAt
    }
}
