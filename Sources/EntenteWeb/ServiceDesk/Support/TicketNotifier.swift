import EntenteCore
import EntenteMail
import EntenteStorage
import Fluent
import Vapor

/// Tells people by e-mail what happened to a ticket: the responsible party's agents when it
/// arrives, the requester when it moves or gets a reply. A mail server that fails is logged,
/// never fatal: the ticket itself is already saved.
struct TicketNotifier: Sendable {
    let sender: (any MailSender)?
    let from: String
    let baseURL: String

    /// Tells the agents of the ticket's party that it is theirs (`headline` says how it came).
    func ticketArrived(_ ticket: Ticket, headline: String, on database: any Database, logger: Logger) async {
        guard let partner = ticket.partnerCode else { return }
        await send(to: await agents(of: [partner], on: database), subject: "[\(ticket.reference)] Nouvelle demande : \(ticket.title)", body: """
            \(headline)

            \(ticket.title)
            Établissement : \(ticket.establishmentUAI)
            Composant : \(ticket.componentName)
            Criticité : \(ticket.criticality.frenchLabel)
            Aiguillage : \(ticket.routingReason)

            \(link(ticket))
            """, ticket: ticket, logger: logger)
    }

    /// Tells the parties the convention keeps informed (the other party of a shared cell, those marked I).
    func partiesInformed(_ ticket: Ticket, partners: [String], on database: any Database, logger: Logger) async {
        await send(to: await agents(of: partners, on: database),
                   subject: "[\(ticket.reference)] Pour information : \(ticket.title)", body: """
            La convention vous tient informé de cette demande, traitée par \(ticket.partyCode).

            \(ticket.title)
            Établissement : \(ticket.establishmentUAI)
            Aiguillage : \(ticket.routingReason)

            \(link(ticket))
            """, ticket: ticket, logger: logger)
    }

    /// Tells the handling party's agents that a clock of the ticket is about to fall due or has
    /// (`ServiceLevelWatch`); sent once the alerts are recorded.
    func serviceLevelAlerted(_ ticket: Ticket, alerts: [ServiceLevelAlert], on database: any Database,
                             logger: Logger) async {
        guard let partner = ticket.partnerCode, !alerts.isEmpty else { return }
        let breached = alerts.contains { $0.kind == .breach }
        await send(to: await agents(of: [partner], on: database),
                   subject: "[\(ticket.reference)] \(breached ? "Délai dépassé" : "Échéance proche") : \(ticket.title)", body: """
            \(alerts.map { Self.line(of: $0) }.joined(separator: "\n"))

            \(ticket.title)
            Établissement : \(ticket.establishmentUAI)
            Statut : \(ticket.status.frenchLabel)

            \(link(ticket))
            """, ticket: ticket, logger: logger)
    }

    private func agents(of partners: [String], on database: any Database) async -> [String] {
        guard sender != nil, !partners.isEmpty else { return [] }
        return (try? await AccountStore(database: database).agentEmails(of: partners)) ?? []
    }

    func requesterInformed(_ ticket: Ticket, what: String, logger: Logger) async {
        guard let requester = ticket.requesterEmail else { return }
        await send(to: [requester], subject: "[\(ticket.reference)] \(ticket.title)", body: """
            \(what)

            Statut : \(ticket.status.frenchLabel)
            \(link(ticket))
            """, ticket: ticket, logger: logger)
    }

    private func link(_ ticket: Ticket) -> String {
        baseURL + SiteURL.ticket(ticket.id).path
    }

    private func send(to recipients: [String], subject: String, body: String, ticket: Ticket, logger: Logger) async {
        guard let sender, !recipients.isEmpty else { return }
        do {
            try await sender.send(MailMessage(from: from, to: recipients, subject: subject, body: body,
                                              messageID: "\(ticket.reference).\(Int(Date().timeIntervalSince1970))@entente"))
        } catch {
            logger.warning("notification for \(ticket.reference) not sent: \(error)")
        }
    }

    /// "Délai dépassé — Prise en charge et diagnostic : échéance lundi 14 septembre 2026 à 14:30."
    static func line(of alert: ServiceLevelAlert) -> String {
        let what = alert.kind == .breach ? "Délai dépassé" : "Échéance proche"
        return "\(what) — \(alert.clock.frenchName) : échéance \(frenchDeadline.string(from: alert.dueAt.date))."
    }

    static let frenchDeadline: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.timeZone = .europeParis
        formatter.dateFormat = "EEEE d MMMM yyyy 'à' HH:mm"
        return formatter
    }()

}
