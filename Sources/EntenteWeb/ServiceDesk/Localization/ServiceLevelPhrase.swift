import EntenteCore
import EntenteStorage

/// The words of service-level standings, queue filters by deadline and opening date, and the
/// warnings and breaches the watcher records, in French and English.
enum ServiceLevelPhrase: CaseIterable, Sendable {
    case standing, anyStanding, sort, sortUsual, sortDue, openedFrom, openedTo, dayHint
    case notADay, reversed, alerts, noAlerts, warning, breach, alertDue, alertAt

    func text(_ language: Language) -> String {
        let (fr, en) = pair
        return language == .fr ? fr : en
    }

    private var pair: (String, String) {
        switch self {
        case .standing: ("Niveau de service", "Service level")
        case .anyStanding: ("Tous", "Any")
        case .sort: ("Trier par", "Sort by")
        case .sortUsual: ("Urgence puis ancienneté", "Urgency, then age")
        case .sortDue: ("Échéance la plus proche", "Soonest deadline")
        case .openedFrom: ("Ouverte à partir du", "Opened from")
        case .openedTo: ("Ouverte jusqu'au", "Opened until")
        case .dayHint: ("Format AAAA-MM-JJ, jour compris (heure de Paris)", "Format YYYY-MM-DD, day included (Paris time)")
        case .notADay: ("Date invalide : saisissez un jour au format AAAA-MM-JJ.", "Invalid date: enter a day as YYYY-MM-DD.")
        case .reversed: ("Cette date précède la date de début.", "This date is before the start date.")
        case .alerts: ("Alertes et dépassements", "Warnings and breaches")
        case .noAlerts: ("Aucune alerte.", "No warning.")
        case .warning: ("Bientôt dû", "Due soon")
        case .breach: ("Dépassé", "Breached")
        case .alertDue: ("échéance", "deadline")
        case .alertAt: ("relevé le", "recorded on")
        }
    }

    /// "En retard", "Bientôt dû"… as a queue filter option and a row badge.
    static func label(_ standing: ServiceLevelStanding, _ language: Language) -> String {
        let french = language == .fr
        return switch standing {
        case .onTrack: french ? "Dans les délais" : "On track"
        case .atRisk: french ? "Bientôt dû" : "Due soon"
        case .breached: french ? "Dépassé" : "Breached"
        case .paused: french ? "En pause" : "Paused"
        case .met: french ? "Respecté" : "Met"
        case .noTarget: french ? "Sans échéance" : "No deadline"
        }
    }

    static func alert(_ kind: TicketSLAAlertRecord.Kind, _ language: Language) -> String {
        (kind == .breach ? breach : warning).text(language)
    }

    static func problem(_ problem: OpeningPeriod.Problem, _ language: Language) -> String {
        switch problem {
        case .notADay: notADay.text(language)
        case .reversed: reversed.text(language)
        }
    }
}
