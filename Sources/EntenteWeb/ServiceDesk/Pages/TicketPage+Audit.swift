import EntenteStorage
import Plot

/// The ticket page's audit trail: every change to the ticket, who made it, before and after
/// (`TicketAccess.canReadAudit` says who sees it; the controller passes nothing to others).
extension TicketPage {
    var auditSection: Node<HTML.BodyContext> {
        .if(!audit.isEmpty, .section(
            .id("audit"),
            .h2(.text(context.t(.ticketAudit))),
            AuditTable(context: context, entries: audit, caption: context.t(.ticketAudit), showsSubject: false).node
        ))
    }
}
