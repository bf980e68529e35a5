/// Who may do what with a ticket. Pure, so that every role × every case is tested here
/// and the web layer only asks.
public struct TicketViewer: Hashable, Sendable {
    public var role: UserRole
    public var partnerCode: String?
    public var establishmentUAI: String?

    public init(role: UserRole, partnerCode: String? = nil, establishmentUAI: String? = nil) {
        self.role = role
        self.partnerCode = partnerCode
        self.establishmentUAI = establishmentUAI
    }
}

/// The facts of a ticket that access depends on.
public struct TicketAccessFacts: Hashable, Sendable {
    public var establishmentUAI: String
    /// The partner whose queue holds the ticket; nil when the establishment itself is responsible (EPLE).
    public var responsiblePartner: String?
    /// Partners of the ticket's convention: they see its tickets read-only (their territory).
    public var conventionPartners: Set<String>

    public init(establishmentUAI: String, responsiblePartner: String?, conventionPartners: Set<String>) {
        self.establishmentUAI = establishmentUAI
        self.responsiblePartner = responsiblePartner
        self.conventionPartners = conventionPartners
    }
}

public enum TicketAccess {
    public static func canRead(_ viewer: TicketViewer, _ ticket: TicketAccessFacts) -> Bool {
        switch viewer.role {
        case .administrator: true
        // An observer (an académie's DPD, an auditor) reads what its party is party to, like its agents.
        case .partnerAgent, .observer: viewer.partnerCode.map { ticket.conventionPartners.contains($0) } ?? false
        case .establishmentMember: viewer.establishmentUAI == ticket.establishmentUAI
        }
    }

    /// Moving the ticket through its workflow is the responsible party's job
    /// (the establishment's own members when the convention makes the EPLE responsible).
    public static func canHandle(_ viewer: TicketViewer, _ ticket: TicketAccessFacts) -> Bool {
        switch viewer.role {
        case .administrator: true
        case .observer: false
        case .partnerAgent: viewer.partnerCode != nil && viewer.partnerCode == ticket.responsiblePartner
        case .establishmentMember: ticket.responsiblePartner == nil && viewer.establishmentUAI == ticket.establishmentUAI
        }
    }

    /// Replies are for the requester's side and the responsible party; observers only read.
    public static func canReply(_ viewer: TicketViewer, _ ticket: TicketAccessFacts) -> Bool {
        guard viewer.role != .observer else { return false }
        return canHandle(viewer, ticket) || (viewer.role == .establishmentMember && canRead(viewer, ticket))
    }

    /// The audience of an internal note written by this viewer: their partner, or their establishment.
    public static func noteAudience(of viewer: TicketViewer) -> String? {
        switch viewer.role {
        case .partnerAgent, .observer: viewer.partnerCode
        case .establishmentMember: viewer.establishmentUAI.map { "EPLE:\($0)" }
        case .administrator: nil
        }
    }

    /// Internal notes stay within their audience: never another party, never the requester's side
    /// unless the note is the establishment's own.
    public static func canSeeNote(_ viewer: TicketViewer, audience: String?) -> Bool {
        if viewer.role == .administrator { return true }
        guard let audience, let own = noteAudience(of: viewer) else { return false }
        return audience == own
    }

    /// The requester's side closes and reopens.
    public static func canCloseOrReopen(_ viewer: TicketViewer, _ ticket: TicketAccessFacts) -> Bool {
        viewer.role == .administrator || (viewer.role == .establishmentMember && viewer.establishmentUAI == ticket.establishmentUAI)
    }
}
