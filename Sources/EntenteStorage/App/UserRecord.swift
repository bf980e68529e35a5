import EntenteCore
import Fluent
import Foundation

/// A local account (`users`). The password is stored only as a bcrypt hash.
final class UserRecord: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: String
    /// The partner an agent works for.
    @OptionalField(key: "partner_code") var partnerCode: String?
    /// The establishment a member belongs to.
    @OptionalField(key: "establishment_uai") var establishmentUAI: String?
    /// The team of its party an agent works in, if any.
    @OptionalField(key: "team_code") var teamCode: String?

    init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    var properties: [any AnyProperty] {
        [$id, $email, $displayName, $passwordHash, $role, $partnerCode, $establishmentUAI, $teamCode]
    }

    init(email: String, displayName: String, passwordHash: String, role: UserRole,
                partnerCode: String? = nil, establishmentUAI: String? = nil, teamCode: String? = nil) {
        self.email = email.lowercased()
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role.rawValue
        self.partnerCode = partnerCode
        self.establishmentUAI = establishmentUAI
        self.teamCode = teamCode
    }

    /// The account as the core knows it; a role no version of Entente knows is an error.
    func account() throws -> UserAccount {
        UserAccount(id: try requireID(), email: email, displayName: displayName,
                    role: try StoredValueError.decode(role, table: Self.schema, column: "role"),
                    partnerCode: partnerCode, establishmentUAI: establishmentUAI, teamCode: teamCode)
    }
}
