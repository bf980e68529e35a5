/// Who may add and open a ticket's attachments: the same rules as replies and internal notes.
extension TicketAccess {
    /// A public attachment is a reply's; an internal one goes, like a note, to the viewer's own audience.
    public static func canAttach(_ viewer: TicketViewer, _ ticket: TicketAccessFacts, isInternal: Bool) -> Bool {
        guard canRead(viewer, ticket), viewer.role != .observer else { return false }
        return isInternal ? noteAudience(of: viewer) != nil : canReply(viewer, ticket)
    }

    /// Whoever reads the ticket opens its public attachments; internal ones stay with their audience.
    public static func canOpenAttachment(_ viewer: TicketViewer, _ ticket: TicketAccessFacts, audience: String?) -> Bool {
        guard canRead(viewer, ticket) else { return false }
        return audience == nil || canSeeNote(viewer, audience: audience)
    }
}
