import EntenteCore
import EntenteMail
import EntenteStorage
import Fluent
import Vapor

/// Tells people by e-mail what happened to a ticket: the responsible party's agents when it
/// arrives, the requester when it moves or gets a reply; `MailPhrase` words each message. A mail
/// server that fails is logged, never fatal: the ticket itself is already saved.
struct TicketNotifier: Sendable {
    let sender: (any MailSender)?
    let from: String
    let baseURL: String

    /// Tells the agents of the ticket's party that it is theirs, and how it came.
    func ticketArrived(_ ticket: Ticket, _ arrival: MailPhrase.Arrival, on database: any Database, logger: Logger) async {
        guard let partner = ticket.partnerCode else { return }
        await send(MailPhrase.arrived(ticket, arrival, link: link(ticket)), to: await agents(of: [partner], on: database),
                   ticket: ticket, logger: logger)
    }

    /// Tells the parties the convention keeps informed (the other party of a shared cell, those marked I).
    func partiesInformed(_ ticket: Ticket, partners: [String], on database: any Database, logger: Logger) async {
        await send(MailPhrase.informed(ticket, link: link(ticket)), to: await agents(of: partners, on: database),
                   ticket: ticket, logger: logger)
    }

    /// Tells the handling party's agents that a clock of the ticket is about to fall due or has
    /// (`ServiceLevelWatch`); sent once the alerts are recorded.
    func serviceLevelAlerted(_ ticket: Ticket, alerts: [ServiceLevelAlert], on database: any Database,
                             logger: Logger) async {
        guard let partner = ticket.partnerCode, !alerts.isEmpty else { return }
        await send(MailPhrase.serviceLevel(ticket, alerts, link: link(ticket)), to: await agents(of: [partner], on: database),
                   ticket: ticket, logger: logger)
    }

    private func agents(of partners: [String], on database: any Database) async -> [String] {
        guard sender != nil, !partners.isEmpty else { return [] }
        return (try? await AccountStore(database: database).agentEmails(of: partners)) ?? []
    }

    func requesterInformed(_ ticket: Ticket, _ news: MailPhrase.RequesterNews, logger: Logger) async {
        guard let requester = ticket.requesterEmail else { return }
        await send(MailPhrase.requester(ticket, news, link: link(ticket)), to: [requester], ticket: ticket, logger: logger)
    }

    private func link(_ ticket: Ticket) -> String {
        baseURL + SiteURL.ticket(ticket.id).path
    }

    private func send(_ message: (subject: String, body: String), to recipients: [String], ticket: Ticket,
                      logger: Logger) async {
        guard let sender, !recipients.isEmpty else { return }
        do {
            try await sender.send(MailMessage(from: from, to: recipients, subject: message.subject, body: message.body,
                                              messageID: "\(ticket.reference).\(Int(Date().timeIntervalSince1970))@entente"))
        } catch {
            logger.warning("notification for \(ticket.reference) not sent: \(error)")
        }
    }
}
