import EntenteCore
import Foundation

/// The words of personal-data breaches, French first.
enum BreachPhrase: Phrasebook {
    case supervisoryAuthority, dataSubjects, withoutUndueDelay

    var pair: (String, String) {
        switch self {
        case .supervisoryAuthority: ("autorité de contrôle (CNIL)", "supervisory authority (CNIL)")
        case .dataSubjects: ("personnes concernées", "persons concerned")
        case .withoutUndueDelay: ("sans délai", "without undue delay")
        }
    }

    /// What the obligation asks, for whom: "déclaration sur le formulaire standard au DPD et au RSSI de ACA".
    static func obligation(_ obligation: BreachObligation, _ language: Language) -> String {
        let to = recipients(obligation.recipients, language)
        let hours = if case .within(let period, _) = obligation.timing { period.count } else { 0 }
        return switch (obligation.kind, language) {
        case (.partnerNotice, .fr): "déclaration sur le formulaire standard au DPD et au RSSI de \(to)"
        case (.partnerNotice, .en): "declaration on the standard form to the DPD and RSSI of \(to)"
        case (.update, .fr): "mise à jour de la déclaration à \(to), puis toutes les \(hours) h jusqu'à la résolution"
        case (.update, .en): "declaration brought up to date for \(to), then every \(hours) h until resolution"
        case (.crisisCell, .fr): "cellule de crise réunie (\(to)), qui décide de notifier ou non l'autorité"
        case (.crisisCell, .en): "crisis cell convened (\(to)), which decides whether to notify the authority"
        case (.authorityNotification, .fr): "décision de notifier ou non, et notification à l'\(to)"
        case (.authorityNotification, .en): "decision whether to notify, and notification to the \(to)"
        case (.receiptSharing, .fr): "récépissé de l'autorité transmis au DPD de \(to)"
        case (.receiptSharing, .en): "the authority's receipt passed on to the DPD of \(to)"
        case (.personsCommunication, .fr): "communication aux \(to) si le risque pour elles est élevé"
        case (.personsCommunication, .en): "communication to the \(to) if the risk to them is high"
        }
    }

    /// Where the obligation comes from: "convention, étape 2 de violation-donnees" or "RGPD art. 33(1)".
    static func basis(_ basis: BreachObligation.Basis, _ language: Language) -> String {
        switch (basis, language) {
        case (.convention(let chain, let step), .fr): "convention, chaîne \(chain), étape \(step + 1)"
        case (.convention(let chain, let step), .en): "convention, chain \(chain), step \(step + 1)"
        case (.gdpr(let article), .fr): "RGPD art. \(article)"
        case (.gdpr(let article), .en): "GDPR art. \(article)"
        }
    }

    static func recipients(_ recipients: [BreachObligation.Recipient], _ language: Language) -> String {
        recipients.map { recipient in
            switch recipient {
            case .party(let code): code
            case .supervisoryAuthority: supervisoryAuthority.text(language)
            case .dataSubjects: dataSubjects.text(language)
            }
        }.joined(separator: ", ")
    }
}

/// Breach clocks in words, for the command line.
public enum BreachWording {
    /// `2026-05-23T19:00:00+02:00 partner-notice REGION → ACA: déclaration … (convention, chaîne …, étape 1)`;
    /// `none` first for an obligation without a figure.
    public static func line(_ deadline: BreachDeadline, in timeZone: TimeZone, language: Language) -> String {
        let obligation = deadline.obligation
        let targets = obligation.recipients.map { recipient -> String in
            switch recipient {
            case .party(let code): code
            case .supervisoryAuthority: "CNIL"
            case .dataSubjects: language == .fr ? "personnes" : "persons"
            }
        }
        return "\(deadline.due?.iso8601(in: timeZone) ?? "none") \(obligation.kind.rawValue) "
            + "\(obligation.responsibleCode) → \(targets.joined(separator: ", ")): "
            + BreachPhrase.obligation(obligation, language)
            + (deadline.due == nil ? " — \(BreachPhrase.withoutUndueDelay.text(language))" : "")
            + " (\(BreachPhrase.basis(obligation.basis, language)))"
    }
}
