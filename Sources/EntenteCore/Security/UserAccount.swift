import Foundation

/// Someone who signs in: an administrator, a partner's agent or observer, a member of an establishment.
public struct UserAccount: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var email: String
    public var displayName: String
    public var role: UserRole
    public var partnerCode: String?
    public var establishmentUAI: String?
    /// The team of its party an agent works in, if any.
    public var teamCode: String?

    public init(id: UUID, email: String, displayName: String, role: UserRole, partnerCode: String? = nil,
                establishmentUAI: String? = nil, teamCode: String? = nil) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.partnerCode = partnerCode
        self.establishmentUAI = establishmentUAI
        self.teamCode = teamCode
    }
}
