import EntenteCore

/// The words of security incidents, French first.
enum IncidentPhrase: Phrasebook {
    case navigation, register, registerIntro, none, report, reportIntro, reference, convention, establishment, zone, unknownZone
    case component, noComponent, asset, summary, reportedBy, reportedAt, handler, informed, chain, status, open, closed
    case qualification, category, severity, qualify, headInformed, informHead, timeline, noEntries, addEntry, kind, text, party
    case dueOn, add, completed, complete, returned, closure, lessons, close, openBreach, breach, missingLessons, alreadyClosed
    case required, noSecurityChain, yourReport, overdue

    var pair: (String, String) {
        switch self {
        case .navigation: ("Incidents de sécurité", "Security incidents")
        case .register: ("Incidents de sécurité", "Security incidents")
        case .registerIntro: ("Les incidents de sécurité des conventions dont vous êtes DPD, RSSI ou membre de la cellule de crise, et ceux que vous avez signalés.",
                              "The security incidents of the conventions you are DPD, RSSI or crisis-cell member of, and those you reported.")
        case .none: ("Aucun incident.", "No incident.")
        case .report: ("Signaler un incident de sécurité", "Report a security incident")
        case .reportIntro: ("Le périmètre (réseau, service, équipement) décide, selon la convention, de la partie qui traite l'incident et de celles qui en sont informées.",
                            "The perimeter (network, service, device) decides, under the convention, which party handles the incident and which are informed.")
        case .reference: ("Référence", "Reference")
        case .convention: ("Convention", "Convention")
        case .establishment: ("Établissement (UAI)", "Establishment (UAI)")
        case .zone: ("Réseau", "Network")
        case .unknownZone: ("Je ne sais pas", "I don't know")
        case .component: ("Service ou équipement concerné", "Service or equipment concerned")
        case .noComponent: ("Aucun en particulier", "None in particular")
        case .asset: ("N° d'inventaire de l'appareil (facultatif)", "Device's inventory number (optional)")
        case .summary: ("Ce qui a été constaté", "What was seen")
        case .reportedBy: ("Signalé par", "Reported by")
        case .reportedAt: ("Signalé le", "Reported on")
        case .handler: ("Traité par", "Handled by")
        case .informed: ("Informé(s)", "Informed")
        case .chain: ("Chaîne d'alerte", "Chain of alert")
        case .status: ("État", "Status")
        case .open: ("En cours", "Open")
        case .closed: ("Clos", "Closed")
        case .qualification: ("Qualification (RSSI)", "Qualification (RSSI)")
        case .category: ("Catégorie", "Category")
        case .severity: ("Gravité", "Severity")
        case .qualify: ("Qualifier", "Qualify")
        case .headInformed: ("Chef d'établissement informé le", "School head informed on")
        case .informHead: ("Consigner l'information du chef d'établissement", "Record that the school head was informed")
        case .timeline: ("Chronologie", "Timeline")
        case .noEntries: ("Rien encore.", "Nothing yet.")
        case .addEntry: ("Ajouter à la chronologie", "Add to the timeline")
        case .kind: ("Nature", "Kind")
        case .text: ("Description", "Description")
        case .party: ("Partie (qui réquisitionne, ou responsable de l'action)", "Party (who requisitions, or owns the action)")
        case .dueOn: ("Échéance (actions de remédiation)", "Due on (remediation actions)")
        case .add: ("Ajouter", "Add")
        case .completed: ("Fait / rendu le", "Done / returned on")
        case .complete: ("Marquer fait ou rendu", "Mark done or returned")
        case .returned: ("Rendu", "Returned")
        case .closure: ("Clôture et retour d'expérience", "Closure and lessons learned")
        case .lessons: ("Enseignements tirés", "Lessons learned")
        case .close: ("Clore l'incident", "Close the incident")
        case .openBreach: ("Des données personnelles sont en cause : déclarer une violation", "Personal data involved: declare a breach")
        case .breach: ("Violation de données liée", "Related data breach")
        case .missingLessons: ("La clôture consigne les enseignements tirés.", "Closing records the lessons learned.")
        case .alreadyClosed: ("L'incident est déjà clos.", "The incident is already closed.")
        case .required: ("À renseigner.", "Required.")
        case .noSecurityChain: ("Cette convention ne dit pas qui traite les incidents de sécurité.", "This convention does not say who handles security incidents.")
        case .yourReport: ("Votre signalement a été transmis à la partie qui traite les incidents de ce périmètre.", "Your report went to the party that handles incidents of this perimeter.")
        case .overdue: ("en retard", "overdue")
        }
    }

    static func category(_ category: SecurityIncident.Category, _ language: Language) -> String {
        switch (category, language) {
        case (.phishing, .fr): "Hameçonnage"
        case (.phishing, .en): "Phishing"
        case (.malware, .fr): "Logiciel malveillant, rançongiciel"
        case (.malware, .en): "Malware, ransomware"
        case (.intrusion, .fr): "Intrusion, compte compromis"
        case (.intrusion, .en): "Intrusion, compromised account"
        case (.denialOfService, .fr): "Déni de service"
        case (.denialOfService, .en): "Denial of service"
        case (.dataLeak, .fr): "Fuite de données"
        case (.dataLeak, .en): "Data leak"
        case (.lossOrTheft, .fr): "Perte ou vol d'équipement"
        case (.lossOrTheft, .en): "Loss or theft of equipment"
        case (.misuse, .fr): "Usage abusif"
        case (.misuse, .en): "Misuse"
        case (.other, .fr): "Autre"
        case (.other, .en): "Other"
        }
    }

    static func severity(_ severity: SecurityIncident.Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.low, .fr): "Faible"
        case (.low, .en): "Low"
        case (.medium, .fr): "Moyenne"
        case (.medium, .en): "Medium"
        case (.high, .fr): "Élevée"
        case (.high, .en): "High"
        case (.critical, .fr): "Critique"
        case (.critical, .en): "Critical"
        }
    }

    static func entry(_ kind: IncidentEntry.Kind, _ language: Language) -> String {
        switch (kind, language) {
        case (.observation, .fr): "Constat"
        case (.observation, .en): "Observation"
        case (.action, .fr): "Action menée"
        case (.action, .en): "Action taken"
        case (.requisition, .fr): "Réquisition (journaux, équipement)"
        case (.requisition, .en): "Requisition (logs, equipment)"
        case (.remediation, .fr): "Action de remédiation"
        case (.remediation, .en): "Remediation action"
        }
    }
}
