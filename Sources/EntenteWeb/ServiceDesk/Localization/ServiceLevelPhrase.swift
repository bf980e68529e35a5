import EntenteCore
import EntenteStorage
import Foundation

/// The words of service-level standings, queue filters by deadline and opening date, and the
/// warnings and breaches the watcher records, in French and English.
enum ServiceLevelPhrase: CaseIterable, Sendable, Phrasebook {
    case standing, anyStanding, sort, sortUsual, sortDue, openedFrom, openedTo, dayHint
    case notADay, reversed, alerts, noAlerts, warning, breach, alertDue, alertAt


    var pair: (String, String) {
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

    static func alert(_ kind: ServiceLevelAlert.Kind, _ language: Language) -> String {
        (kind == .breach ? breach : warning).text(language)
    }

    static func problem(_ problem: OpeningPeriod.Problem, _ language: Language) -> String {
        switch problem {
        case .notADay: notADay.text(language)
        case .reversed: reversed.text(language)
        }
    }

    /// A clock's name: "Prise en charge et diagnostic", "Pick-up and diagnosis"…
    static func clockName(_ kind: ServiceLevelClock.Kind, _ language: Language) -> String {
        guard language == .en else { return kind.frenchName }
        return switch kind {
        case .pickup: "Pick-up and diagnosis"
        case .restoration: "Service restoration"
        case .dataRestoration: "Data restoration"
        }
    }

    /// A commitment as people read it: "½ journée ouvrée", "half a working day", "2 days"…
    static func duration(_ duration: ServiceDuration, _ language: Language) -> String {
        guard language == .en else { return duration.frenchLabel }
        func count(_ value: Decimal, _ unit: String) -> String { "\(value) \(unit)\(value <= 1 ? "" : "s")" }
        switch duration {
        case .asSoonAsPossible: return "as soon as possible"
        case .workingDays(let days): return days == 0.5 ? "half a working day" : count(days, "working day")
        case .calendarDays(let days): return count(days, "day")
        case .workingTime(let time): return "\(time.frenchLabel) of working time"
        case .iso(let iso):
            let parts = [(iso.years, "year"), (iso.months, "month"), (iso.weeks, "week"), (iso.days, "day"),
                         (iso.hours, "hour"), (iso.minutes, "minute"), (iso.seconds, "second")]
                .filter { $0.0 != 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
            return parts.isEmpty ? "0" : parts.joined(separator: " ")
        }
    }
}
