/// Who reads a ticket's audit entries (who changed what, before and after) on the ticket itself:
/// those who answer for the ticket — administrators, the auditors (observers, such as a DPD), and
/// whoever handles it now. Entries about an internal file name a file its audience alone may know:
/// administrators only see those.
extension TicketAccess {
    public static func canReadAudit(_ viewer: TicketViewer, _ ticket: TicketAccessFacts) -> Bool {
        viewer.role == .administrator || viewer.role == .observer || canHandle(viewer, ticket)
    }

    public static func canReadInternalAuditEntries(_ viewer: TicketViewer) -> Bool {
        viewer.role == .administrator
    }
}

/// What an entry of the audit trail is about, as far as who may read it goes.
public enum AuditSubject: Hashable, Sendable {
    case ticket(TicketAccessFacts)
    /// A convention, by the partners party to it.
    case convention(partners: Set<String>)
    /// Something of one party: an account, its API tokens, a team.
    case party(partnerCode: String?)
    /// Nothing known any more (an unknown account's failed sign-in, a deleted object).
    case unknown
}

extension TicketAccess {
    /// The global audit page shows each entry under the rules of what it describes: a ticket's entries
    /// to those who may read that ticket's audit, a convention's to its parties, a party's accounts and
    /// teams to that party; entries about internal files to administrators only, as on the ticket.
    public static func canReadAuditEntry(_ viewer: TicketViewer, about subject: AuditSubject, isInternal: Bool) -> Bool {
        if viewer.role == .administrator { return true }
        guard !isInternal || canReadInternalAuditEntries(viewer) else { return false }
        switch subject {
        case .ticket(let facts): return canRead(viewer, facts) && canReadAudit(viewer, facts)
        case .convention(let partners): return viewer.partnerCode.map(partners.contains) ?? false
        case .party(let partnerCode): return partnerCode != nil && partnerCode == viewer.partnerCode
        case .unknown: return false
        }
    }
}
