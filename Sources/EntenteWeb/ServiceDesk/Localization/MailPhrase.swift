import EntenteCore
import Foundation

/// What the service desk's e-mails say, in French (recipients are the partners' agents and the
/// schools' staff): one subject and body per kind of news, from typed facts.
enum MailPhrase {
    /// Why a ticket arrives in a party's queue.
    enum Arrival: Sendable {
        case routed
        case transferred(fromParty: String, reason: String)
    }

    /// What the requester is told.
    enum RequesterNews: Sendable {
        case statusChanged
        case reply(author: String, text: String)
    }

    static func arrived(_ ticket: Ticket, _ arrival: Arrival, link: String) -> (subject: String, body: String) {
        let headline = switch arrival {
        case .routed: "Une demande vous est adressée selon la convention."
        case .transferred(let party, let reason): "Une demande vous est transférée par \(party) : \(reason)"
        }
        return ("[\(ticket.reference)] Nouvelle demande : \(ticket.title)", """
            \(headline)

            \(ticket.title)
            Établissement : \(ticket.establishmentUAI)
            Composant : \(ticket.componentName)
            Criticité : \(ticket.criticality.text(.fr))
            Aiguillage : \(ticket.routingReason)

            \(link)
            """)
    }

    static func informed(_ ticket: Ticket, link: String) -> (subject: String, body: String) {
        ("[\(ticket.reference)] Pour information : \(ticket.title)", """
            La convention vous tient informé de cette demande, traitée par \(ticket.partyCode).

            \(ticket.title)
            Établissement : \(ticket.establishmentUAI)
            Aiguillage : \(ticket.routingReason)

            \(link)
            """)
    }

    static func serviceLevel(_ ticket: Ticket, _ alerts: [ServiceLevelAlert], link: String) -> (subject: String, body: String) {
        let breached = alerts.contains { $0.kind == .breach }
        return ("[\(ticket.reference)] \(breached ? "Délai dépassé" : "Échéance proche") : \(ticket.title)", """
            \(alerts.map(line).joined(separator: "\n"))

            \(ticket.title)
            Établissement : \(ticket.establishmentUAI)
            Statut : \(ticket.status.text(.fr))

            \(link)
            """)
    }

    static func requester(_ ticket: Ticket, _ news: RequesterNews, link: String) -> (subject: String, body: String) {
        let what = switch news {
        case .statusChanged: "Votre demande a changé de statut."
        case .reply(let author, let text): "Réponse de \(author) :\n\n\(text)"
        }
        return ("[\(ticket.reference)] \(ticket.title)", """
            \(what)

            Statut : \(ticket.status.text(.fr))
            \(link)
            """)
    }

    /// "Délai dépassé — Prise en charge et diagnostic : échéance lundi 14 septembre 2026 à 14:30."
    static func line(_ alert: ServiceLevelAlert) -> String {
        let what = alert.kind == .breach ? "Délai dépassé" : "Échéance proche"
        return "\(what) — \(alert.clock.frenchName) : échéance \(longDateTime(alert.dueAt))."
    }

    /// "lundi 14 septembre 2026 à 14:30", Paris time.
    static func longDateTime(_ instant: Instant) -> String {
        frenchDeadline.string(from: instant.date)
    }

    private static let frenchDeadline: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.timeZone = .europeParis
        formatter.dateFormat = "EEEE d MMMM yyyy 'à' HH:mm"
        return formatter
    }()
}
