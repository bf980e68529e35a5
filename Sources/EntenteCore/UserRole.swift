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
}
