import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// The desk's in-app notifications: who is told of a change (`NotificationRule`), written right after
/// the change has committed.
///
/// Not in the change's own transaction, on purpose: the recipients come from the accounts table and
/// the rule, and ticket creation is the path the benchmark pushes to 1,500 per second, whose write
/// lock (SQLite) and counter row (both engines) should not wait for that. A notification is derived
/// like an e-mail: one that fails is logged, and never undoes or blocks the change it tells of.
/// With nobody to tell, nothing is written at all.
extension ServiceDesk {
    func notify(_ happening: TicketHappening, about ticket: Ticket, detail: String? = nil) async {
        do {
            let ticketID = ticket.id
            let notified = NotifiedTicket(access: Self.accessFacts(of: ticket, in: environment), teamCode: ticket.teamCode,
                                          requesterEmail: ticket.requesterEmail)
            let candidates = NotificationRule.candidates(for: happening, on: notified)
            guard !candidates.isEmpty else { return }
            let store = NotificationStore(database: database)
            let recipients = NotificationRule.recipients(of: happening, on: notified, by: actorAsPerson,
                                                         among: try await store.people(candidates))
            try await store.add(for: recipients.map(\.id), ticketID: ticketID, kind: happening.kind,
                                reference: ticket.reference, title: ticket.title, actor: user.displayName, detail: detail,
                                at: environment.now())
        } catch {
            logger.warning("in-app notification for \(ticket.reference) not written: \(error)")
        }
    }

    private var actorAsPerson: NotificationPerson {
        NotificationPerson(id: user.id, email: user.email, role: user.role, partnerCode: user.partnerCode,
                           establishmentUAI: user.establishmentUAI, teamCode: user.teamCode)
    }

    /// The facts access rules read, as the ticket stands now (after a transfer: the new party's).
    static func accessFacts(of ticket: Ticket, in environment: EntenteApp.Environment) -> TicketAccessFacts {
        TicketAccessFacts(establishmentUAI: ticket.establishmentUAI, responsiblePartner: ticket.partnerCode,
                          conventionPartners: Set(environment.conventions[ticket.conventionID]?.parties.compactMap(\.partnerCode) ?? []))
    }

    /// Opening a ticket reads its notifications: marked read when the navigation counted some unread
    /// (no write otherwise); the count left unread, for the page being rendered.
    func markNotificationsRead(of ticket: Ticket, unread: Int?) async throws -> Int? {
        guard let unread, unread > 0 else { return unread }
        let marked = try await NotificationStore(database: database).markRead(ticket: ticket.id, of: user.id,
                                                                                at: environment.now())
        return max(0, unread - marked)
    }
}
