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
