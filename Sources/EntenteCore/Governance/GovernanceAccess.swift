/// Who reads and runs a convention's bodies and sums. The parties a person acts for are those whose
/// partner is theirs, and the establishments' party for a member of an establishment.
public enum GovernanceAccess {
    public static func parties(of viewer: TicketViewer, in convention: Convention) -> Set<String> {
        switch viewer.role {
        case .administrator: Set(convention.parties.map(\.code))
        case .partnerAgent, .observer:
            Set(convention.parties.filter { $0.partnerCode != nil && $0.partnerCode == viewer.partnerCode }.map(\.code))
        case .establishmentMember:
            viewer.establishmentUAI == nil ? [] : Set(convention.parties.filter { $0.kind == .etablissement }.map(\.code))
        }
    }

    /// Members of the body read it, its meetings and decisions; administrators read every body.
    public static func canRead(_ viewer: TicketViewer, _ body: GovernanceBody, in convention: Convention) -> Bool {
        viewer.role == .administrator || !parties(of: viewer, in: convention).isDisjoint(with: body.memberCodes)
    }

    /// The agents of the parties that chair the body (of its members when it names no chair) schedule its
    /// meetings, convene them, keep the attendance, open and close votes, draft and sign the minutes.
    public static func canRun(_ viewer: TicketViewer, _ body: GovernanceBody, in convention: Convention) -> Bool {
        switch viewer.role {
        case .administrator: true
        case .partnerAgent: !parties(of: viewer, in: convention).isDisjoint(with: body.chairCodes.isEmpty ? body.memberCodes : body.chairCodes)
        case .observer, .establishmentMember: false
        }
    }

    /// The parties of the convention read its sums and its avenants; their agents record payments,
    /// commitments, proposals and approvals.
    public static func canReadPartnership(_ viewer: TicketViewer, in convention: Convention) -> Bool {
        viewer.role != .establishmentMember && (viewer.role == .administrator || !parties(of: viewer, in: convention).isEmpty)
    }

    public static func canActForAParty(_ viewer: TicketViewer, in convention: Convention) -> Bool {
        viewer.role == .administrator || (viewer.role == .partnerAgent && !parties(of: viewer, in: convention).isEmpty)
    }
}
