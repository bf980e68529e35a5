import EntenteCore
import Foundation

/// The words of personal-data breaches, French first.
enum BreachPhrase: Phrasebook {
    case supervisoryAuthority, dataSubjects, withoutUndueDelay
    case navigation, declaration, register, registerIntro, noBreaches, declare, declareIntro, reference, convention, origin, originHint
    case awareness, awarenessHint, service, hosting, started, ended, natures, summary, dataCategories, personCategories
    case personCount, recordCount, measures, declaredBy, status, open, resolved, clocks, obligation, responsible, due, state
    case pending, overdue, doneOnTime, doneLate, notApplicable, notifications, noNotifications, notify, audience, phase
    case version, sentAt, recipients, proof, proofHint, sendByMail, noMailServer, crisisCell, convenedAt, members, decision
    case decisionNotify, decisionDoNotNotify, reasoning, highRisk, unknown, yes, no, recordDecision, resolve, resolveHint
    case reads, reader, exportCSV, exportJSON, authorityForm, authorityFormIntro, print, cnilField, value, yourDeclaration
    case required, invalid, inFuture, endBeforeStart, negative, errors, notConcerned, nextSteps

    var pair: (String, String) {
        switch self {
        case .supervisoryAuthority: ("autorité de contrôle (CNIL)", "supervisory authority (CNIL)")
        case .dataSubjects: ("personnes concernées", "persons concerned")
        case .withoutUndueDelay: ("sans délai", "without undue delay")
        case .navigation: ("Violations de données", "Data breaches")
        case .declaration: ("Déclaration", "Declaration")
        case .register: ("Registre des violations de données", "Register of personal-data breaches")
        case .registerIntro: ("Les violations de données à caractère personnel des conventions dont vous êtes DPD, RSSI ou membre de la cellule de crise, avec leurs échéances en temps calendaire (nuits, week-ends et jours fériés compris).",
                              "The personal-data breaches of the conventions you are DPD, RSSI or crisis-cell member of, with their deadlines in calendar time (nights, weekends and holidays included).")
        case .noBreaches: ("Aucune violation.", "No breach.")
        case .declare: ("Déclarer une violation", "Declare a breach")
        case .declareIntro: ("Le formulaire standard de déclaration de la convention. L'heure de prise de connaissance fait partir les délais : 72 heures pour l'autorité de contrôle (RGPD art. 33), et ceux que la convention fixe entre les parties.",
                             "The convention's standard declaration form. The time of awareness starts the clocks: 72 hours for the supervisory authority (GDPR art. 33), and those the convention sets between the parties.")
        case .reference: ("Référence", "Reference")
        case .convention: ("Convention", "Convention")
        case .origin: ("Origine (partie dont relèvent les personnels ou les outils en cause)", "Origin (the party whose staff or tools are involved)")
        case .originHint: ("Elle décide de la chaîne d'alerte et du DPD qui notifie.", "It decides the chain of alert and the DPD who notifies.")
        case .awareness: ("Prise de connaissance (date et heure)", "Awareness (date and time)")
        case .awarenessHint: ("Heure de Paris. Le moment où la partie a eu connaissance de la violation.", "Paris time. When the party became aware of the breach.")
        case .service: ("Service concerné", "Service concerned")
        case .hosting: ("Localisation de l'hébergement", "Hosting location")
        case .started: ("Début de la violation", "Start of the breach")
        case .ended: ("Fin de la violation", "End of the breach")
        case .natures: ("Nature de la violation", "Nature of the breach")
        case .summary: ("Description", "Description")
        case .dataCategories: ("Catégories de données", "Categories of data")
        case .personCategories: ("Catégories de personnes", "Categories of persons")
        case .personCount: ("Nombre de personnes concernées", "Number of persons concerned")
        case .recordCount: ("Nombre d'enregistrements concernés", "Number of records concerned")
        case .measures: ("Mesures prises ou envisagées", "Measures taken or planned")
        case .declaredBy: ("Déclarée par", "Declared by")
        case .status: ("État", "Status")
        case .open: ("En cours", "Open")
        case .resolved: ("Résolue", "Resolved")
        case .clocks: ("Échéances", "Deadlines")
        case .obligation: ("Obligation", "Obligation")
        case .responsible: ("Partie", "Party")
        case .due: ("Échéance", "Due")
        case .state: ("Où elle en est", "Standing")
        case .pending: ("À faire", "To do")
        case .overdue: ("En retard", "Overdue")
        case .doneOnTime: ("Fait dans le délai", "Done in time")
        case .doneLate: ("Fait hors délai", "Done late")
        case .notApplicable: ("Sans objet", "Not applicable")
        case .notifications: ("Notifications", "Notifications")
        case .noNotifications: ("Aucune notification envoyée.", "No notification sent.")
        case .notify: ("Consigner une notification", "Record a notification")
        case .audience: ("Destinataires", "Audience")
        case .phase: ("Version", "Phase")
        case .version: ("N°", "No.")
        case .sentAt: ("Envoyée le", "Sent on")
        case .recipients: ("Adressée à", "Sent to")
        case .proof: ("Preuve de l'envoi", "Proof of sending")
        case .proofHint: ("Numéro du récépissé de la CNIL, référence du courriel ou du courrier.", "The CNIL's receipt number, the reference of the e-mail or letter.")
        case .sendByMail: ("Envoyer par Entente aux DPD et RSSI de l'annuaire de crise", "Send through Entente to the DPD and RSSI of the crisis directory")
        case .noMailServer: ("Cette instance n'a pas de serveur de messagerie : envoyez la notification par vos moyens et consignez-en la preuve.",
                             "This instance has no mail server: send the notification by your own means and record its proof.")
        case .crisisCell: ("Cellule de crise et décision", "Crisis cell and decision")
        case .convenedAt: ("Réunie le", "Convened on")
        case .members: ("Présents", "Present")
        case .decision: ("Décision", "Decision")
        case .decisionNotify: ("Notifier l'autorité de contrôle", "Notify the supervisory authority")
        case .decisionDoNotNotify: ("Ne pas notifier (pas de risque pour les droits et libertés des personnes)", "Do not notify (no risk to the persons' rights and freedoms)")
        case .reasoning: ("Argumentation", "Reasoning")
        case .highRisk: ("Risque élevé pour les personnes", "High risk to the persons")
        case .unknown: ("Non évalué", "Not assessed")
        case .yes: ("Oui", "Yes")
        case .no: ("Non", "No")
        case .recordDecision: ("Consigner la décision", "Record the decision")
        case .resolve: ("Déclarer la violation résolue", "Declare the breach resolved")
        case .resolveHint: ("Arrête les mises à jour toutes les 24 heures.", "Stops the 24-hourly updates.")
        case .reads: ("Consultations", "Reads")
        case .reader: ("Lecteur", "Reader")
        case .exportCSV: ("Exporter le registre (CSV)", "Export the register (CSV)")
        case .exportJSON: ("Exporter le registre (JSON)", "Export the register (JSON)")
        case .authorityForm: ("Fiche pour le téléservice de la CNIL", "Sheet for the CNIL's online form")
        case .authorityFormIntro: ("Les rubriques du formulaire de notification en ligne de la CNIL, remplies avec la déclaration, à imprimer ou à recopier.",
                                   "The sections of the CNIL's online notification form, filled from the declaration, to print or copy.")
        case .print: ("Imprimer", "Print")
        case .cnilField: ("Rubrique du formulaire", "Section of the form")
        case .value: ("Déclaration", "Declaration")
        case .yourDeclaration: ("Votre déclaration a été transmise aux DPD et RSSI des parties concernées, qui en suivent les échéances.",
                                "Your declaration went to the DPD and RSSI of the parties concerned, who follow its deadlines.")
        case .required: ("À renseigner.", "Required.")
        case .invalid: ("Date et heure invalides (AAAA-MM-JJ HH:MM, heure de Paris).", "Invalid date and time (YYYY-MM-DD HH:MM, Paris time).")
        case .inFuture: ("Ne peut être dans le futur.", "Cannot be in the future.")
        case .endBeforeStart: ("La fin précède le début.", "The end comes before the start.")
        case .negative: ("Un nombre positif ou nul.", "A number, zero or more.")
        case .errors: ("La déclaration n'a pas été enregistrée :", "The declaration was not recorded:")
        case .notConcerned: ("Vous n'êtes dans l'annuaire de crise d'aucune partie concernée par cette violation.", "You are in no concerned party's crisis directory for this breach.")
        case .nextSteps: ("Suite", "Next")
        }
    }

    static func nature(_ nature: BreachNature, _ language: Language) -> String {
        switch (nature, language) {
        case (.confidentiality, .fr): "Perte de confidentialité (accès ou divulgation non autorisés)"
        case (.confidentiality, .en): "Loss of confidentiality (unauthorised access or disclosure)"
        case (.integrity, .fr): "Perte d'intégrité (modification non autorisée)"
        case (.integrity, .en): "Loss of integrity (unauthorised change)"
        case (.availability, .fr): "Perte de disponibilité (perte, destruction, indisponibilité)"
        case (.availability, .en): "Loss of availability (loss, destruction, unavailability)"
        }
    }

    static func audience(_ audience: BreachNotification.Audience, _ language: Language) -> String {
        switch (audience, language) {
        case (.partners, .fr): "Les autres parties (DPD et RSSI)"
        case (.partners, .en): "The other parties (DPD and RSSI)"
        case (.authority, .fr): "L'autorité de contrôle (CNIL)"
        case (.authority, .en): "The supervisory authority (CNIL)"
        case (.persons, .fr): "Les personnes concernées"
        case (.persons, .en): "The persons concerned"
        }
    }

    static func phase(_ phase: BreachNotification.Phase, _ language: Language) -> String {
        switch (phase, language) {
        case (.initial, .fr): "Initiale"
        case (.initial, .en): "Initial"
        case (.complementary, .fr): "Complémentaire"
        case (.complementary, .en): "Complementary"
        case (.final, .fr): "Finale"
        case (.final, .en): "Final"
        }
    }

    static func refusal(_ refusal: BreachNotification.Refusal, _ language: Language) -> String {
        switch (refusal, language) {
        case (.initialFirst, .fr): "La première notification à ces destinataires est l'initiale."
        case (.initialFirst, .en): "The first notification to this audience is the initial one."
        case (.initialAlreadySent, .fr): "L'initiale est déjà envoyée : la suivante est complémentaire ou finale."
        case (.initialAlreadySent, .en): "The initial one was sent: the next is complementary or final."
        case (.afterFinal, .fr): "La notification finale est envoyée : plus rien ne la suit."
        case (.afterFinal, .en): "The final notification was sent: nothing follows it."
        case (.missingProof, .fr): "Indiquez la preuve de l'envoi (récépissé, référence du courriel)."
        case (.missingProof, .en): "Give the proof of sending (receipt, the e-mail's reference)."
        case (.noDecisionToNotify, .fr): "Consignez d'abord la décision de notifier l'autorité."
        case (.noDecisionToNotify, .en): "Record the decision to notify the authority first."
        }
    }

    /// "dans 23 h 05 min", "en retard de 2 h 10 min".
    static func countdown(from now: Instant, to due: Instant, _ language: Language) -> String {
        let seconds = due.secondsSinceEpoch - now.secondsSinceEpoch
        let minutes = abs(seconds) / 60
        let day = language == .fr ? "j" : "d"
        let span = minutes >= 60 * 24
            ? "\(minutes / 1440) \(day) \(minutes % 1440 / 60) h"
            : minutes >= 60 ? "\(minutes / 60) h \((minutes % 60).zeroPadded2) min" : "\(minutes) min"
        switch (seconds >= 0, language) {
        case (true, .fr): return "dans \(span)"
        case (true, .en): return "in \(span)"
        case (false, .fr): return "en retard de \(span)"
        case (false, .en): return "\(span) late"
        }
    }

    /// "ven. 22 mai 2026 19:00" in Paris time.
    static func moment(_ instant: Instant, _ language: Language) -> String {
        (language == .fr ? french : english).string(from: instant.date)
    }

    /// Made once: formatters cost more to build than to use, and are safe to share.
    private static let french = formatter("fr_FR")
    private static let english = formatter("en_GB")

    private static func formatter(_ locale: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = .europeParis
        formatter.dateFormat = "EEE d MMM yyyy HH:mm"
        return formatter
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

extension Int {
    /// Two digits: hours and minutes.
    var zeroPadded2: String { self < 10 ? "0\(self)" : String(self) }
}
