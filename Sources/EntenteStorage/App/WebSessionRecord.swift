import Fluent
import Foundation

/// A signed-in browser session (`web_sessions`): its secret key, what it holds (the account, the
/// sign-in instant, the CSRF token) as JSON, and when it ends. Anonymous visitors have none.
final class WebSessionRecord: Model, @unchecked Sendable {
    static let schema = "web_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "data") var data: [String: String]
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(key: String, data: [String: String], expiresAt: Date) {
        self.id = UUID()
        self.key = key
        self.data = data
        self.expiresAt = expiresAt
    }
}
