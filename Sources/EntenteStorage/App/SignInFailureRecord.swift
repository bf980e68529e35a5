import Fluent
import Foundation

/// Failed sign-ins counted on one throttle key (`sign_in_failures`). The key is a SHA-256 digest of
/// what it counts (an account, an address, both), so the table holds no e-mail or IP address.
final class SignInFailureRecord: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "failures") var failures: Int
    @Field(key: "last_failure_at") var lastFailureAt: Date

    init() {}

    init(key: String, failures: Int, lastFailureAt: Date) {
        self.id = UUID()
        self.key = key
        self.failures = failures
        self.lastFailureAt = lastFailureAt
    }
}
