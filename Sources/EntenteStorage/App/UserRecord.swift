import EntenteCore
import Fluent
import Foundation

/// A local account (`users`). The password is stored only as a bcrypt hash.
public final class UserRecord: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "email") public var email: String
    @Field(key: "display_name") public var displayName: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "role") public var role: String
    /// The partner an agent works for.
    @OptionalField(key: "partner_code") public var partnerCode: String?
    /// The establishment a member belongs to.
    @OptionalField(key: "establishment_uai") public var establishmentUAI: String?
    /// The team of its party an agent works in, if any.
    @OptionalField(key: "team_code") public var teamCode: String?

    public init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    public var properties: [any AnyProperty] {
        [$id, $email, $displayName, $passwordHash, $role, $partnerCode, $establishmentUAI, $teamCode]
    }

    public init(email: String, displayName: String, passwordHash: String, role: UserRole,
                partnerCode: String? = nil, establishmentUAI: String? = nil, teamCode: String? = nil) {
        self.email = email.lowercased()
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role.rawValue
        self.partnerCode = partnerCode
        self.establishmentUAI = establishmentUAI
        self.teamCode = teamCode
    }

    public var userRole: UserRole { UserRole(rawValue: role) ?? .observer }
}
