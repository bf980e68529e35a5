/// What a signed-in person is in the shared service; routes check it.
public enum UserRole: String, Codable, CaseIterable, Hashable, Sendable {
    /// Runs the Entente instance: accounts, data loads.
    case administrator
    /// Works for a partner (collectivité, académie, contractor): service desk agent, IT director.
    case partnerAgent = "partner-agent"
    /// Member of an establishment: head, référent numérique, staff.
    case establishmentMember = "establishment-member"
    /// Reads the conventions and figures, changes nothing (a DPD, an auditor).
    case observer

    public var frenchLabel: String {
        switch self {
        case .administrator: "Administrateur"
        case .partnerAgent: "Agent d'un partenaire"
        case .establishmentMember: "Membre d'un établissement"
        case .observer: "Observateur"
        }
    }

    public var englishLabel: String {
        switch self {
        case .administrator: "Administrator"
        case .partnerAgent: "Partner agent"
        case .establishmentMember: "Establishment member"
        case .observer: "Observer"
        }
    }
}
