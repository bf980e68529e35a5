import EntenteCore
import EntenteStorage

/// The sentences of in-app notifications, in French and English, and each notification told in the
/// reader's language from its kind and parameters.
enum NotificationPhrase: CaseIterable, Sendable, Phrasebook {
    case notifications, none, markRead, markAllRead, read, unread, ticket, what, when, openTicket


    var pair: (String, String) {
        switch self {
        case .notifications: ("Notifications", "Notifications")
        case .none: ("Aucune notification.", "No notifications.")
        case .markRead: ("Marquer comme lue", "Mark as read")
        case .markAllRead: ("Tout marquer comme lu", "Mark all as read")
        case .read: ("Lue", "Read")
        case .unread: ("Non lue", "Unread")
        case .ticket: ("Demande", "Ticket")
        case .what: ("Quoi", "What")
        case .when: ("Quand", "When")
        case .openTicket: ("Ouvrir la demande", "Open the ticket")
        }
    }

    /// The navigation link's text, count included so that screen readers say it:
    /// "Notifications (3 non lues)"; the bare word when there is nothing unread or the count is unknown.
    static func navigation(unread: Int?, _ language: Language) -> String {
        guard let unread, unread > 0 else { return notifications.text(language) }
        switch language {
        case .fr: return "Notifications (\(unread) non \(unread == 1 ? "lue" : "lues"))"
        case .en: return "Notifications (\(unread) unread)"
        }
    }

    /// "Nouvelle demande de Mme Dupont", "Statut : Résolue (par …)".
    static func sentence(_ notification: TicketNotification, _ context: PageContext) -> String {
        let fr = context.language == .fr
        let actor = notification.actor
        let detail = notification.detail ?? ""
        switch notification.kind {
        case .filed:
            return fr ? "Nouvelle demande pour votre file, déposée par \(actor)" : "New ticket in your queue, filed by \(actor)"
        case .transferred:
            return fr ? "Demande transférée à \(detail) par \(actor)" : "Ticket transferred to \(detail) by \(actor)"
        case .teamChanged:
            return fr ? "Demande confiée à l'équipe \(detail) par \(actor)" : "Ticket handed to team \(detail) by \(actor)"
        case .reply:
            return fr ? "Réponse de \(actor)" : "Reply from \(actor)"
        case .internalNote:
            return fr ? "Note interne de \(actor)" : "Internal note from \(actor)"
        case .rated:
            return fr ? "Évaluée \(detail)/5 par \(actor)" : "Rated \(detail)/5 by \(actor)"
        case .statusChanged:
            let status = TicketStatus(rawValue: detail).map { context.label($0) } ?? detail
            return fr ? "Statut : \(status) (par \(actor))" : "Status: \(status) (by \(actor))"
        }
    }
}
