import Fluent
import Foundation

/// A token an integration calls the API with (`api_tokens`). Only the SHA-256 of the token is
/// kept: a copy of the database gives no way in. The token acts as `user`, under that user's rights.
final class APITokenRecord: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    /// What the token is for ("Bouton d'aide de l'ENT"): shown to whoever revokes it.
    @Field(key: "name") var name: String
    /// Lowercase hex SHA-256 of the token's text.
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: UserRecord
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?

    init() {}

    init(name: String, tokenHash: String, userID: UUID, createdAt: Date) {
        self.name = name
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.createdAt = createdAt
    }
}
