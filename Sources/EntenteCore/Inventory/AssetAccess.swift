/// Who may read and change an establishment's inventory. The partners of the convention covering
/// the establishment share its inventory (seed 002: the académie gives the Département read access to
/// the administrative network's inventory, the Département gives the académie the pedagogical
/// one); their agents keep it, and so do the establishment's own members (its own-funds equipment,
/// rooms, statuses). Observers read what their party is party to.
public enum AssetAccess {
    public static func canRead(_ viewer: TicketViewer, establishment uai: UAI, conventionPartners: Set<String>) -> Bool {
        switch viewer.role {
        case .administrator: true
        case .partnerAgent, .observer: viewer.partnerCode.map { conventionPartners.contains($0) } ?? false
        case .establishmentMember: viewer.establishmentUAI == uai.value
        }
    }

    public static func canEdit(_ viewer: TicketViewer, establishment uai: UAI, conventionPartners: Set<String>) -> Bool {
        viewer.role != .observer && canRead(viewer, establishment: uai, conventionPartners: conventionPartners)
    }

    /// Importing files is the partners' and administrators' work, for the establishments each may edit.
    public static func canImport(_ viewer: TicketViewer) -> Bool {
        viewer.role == .administrator || viewer.role == .partnerAgent
    }

    /// A quantity of the référentiel is modulated by the collectivité that wrote it, with the school
    /// head (seed 002): its agents and administrators record the agreement.
    public static func canModulate(_ viewer: TicketViewer, collectivity: String?) -> Bool {
        switch viewer.role {
        case .administrator: true
        case .partnerAgent: viewer.partnerCode != nil && viewer.partnerCode == collectivity
        case .establishmentMember, .observer: false
        }
    }
}
