import EntenteCore

// The service desk's words for its core values, French first (`Phrasebook`).

extension TicketStatus: Phrasebook {
    var pair: (String, String) { (french, english) }

    fileprivate var french: String {
        switch self {
        case .new: "Nouveau"
        case .takenInCharge: "Pris en charge"
        case .diagnosed: "Diagnostiqué"
        case .inProgress: "En cours"
        case .waitingForRequester: "En attente du demandeur"
        case .waitingForThirdParty: "En attente d'un tiers"
        case .resolved: "Résolu"
        case .closed: "Clos"
        }
    }

    fileprivate var english: String {
        switch self {
        case .new: "New"
        case .takenInCharge: "Taken in charge"
        case .diagnosed: "Diagnosed"
        case .inProgress: "In progress"
        case .waitingForRequester: "Waiting for requester"
        case .waitingForThirdParty: "Waiting for third party"
        case .resolved: "Resolved"
        case .closed: "Closed"
        }
    }
}

extension TicketKind: Phrasebook {
    var pair: (String, String) { (french, english) }

    fileprivate var french: String {
        switch self {
        case .incident: "Incident"
        case .request: "Demande"
        case .catalogueAddition: "Ajout d'une application au catalogue"
        case .equipmentRenewal: "Renouvellement d'équipement"
        case .ownFundsPurchase: "Achat sur fonds propres à valider"
        }
    }

    fileprivate var english: String {
        switch self {
        case .incident: "Incident"
        case .request: "Request"
        case .catalogueAddition: "Add an application to the catalogue"
        case .equipmentRenewal: "Equipment renewal"
        case .ownFundsPurchase: "Own-funds purchase to validate"
        }
    }
}

extension WorkNature: Phrasebook {
    var pair: (String, String) { (french, english) }

    fileprivate var french: String {
        switch self {
        case .breakdown: "Panne ou dysfonctionnement"
        case .configuration: "Paramétrage, compte ou droits"
        case .question: "Question d'utilisation"
        case .training: "Formation ou conseil"
        case .installation: "Installation ou déploiement"
        case .supply: "Fourniture d'un équipement ou service"
        }
    }

    fileprivate var english: String {
        switch self {
        case .breakdown: "Breakdown or malfunction"
        case .configuration: "Settings, account or rights"
        case .question: "How-to question"
        case .training: "Training or advice"
        case .installation: "Installation or deployment"
        case .supply: "Supply of equipment or a service"
        }
    }
}

extension TicketAction: Phrasebook {
    var pair: (String, String) { (french, english) }

    fileprivate var french: String {
        switch self {
        case .takeInCharge: "Prendre en charge"
        case .diagnose: "Diagnostic posé"
        case .startWork: "Commencer l'intervention"
        case .waitForRequester: "Attendre le demandeur"
        case .waitForThirdParty: "Attendre un tiers"
        case .resume: "Reprendre"
        case .resolve: "Résolu / service rétabli"
        case .close: "Clore"
        case .reopen: "Rouvrir"
        }
    }

    fileprivate var english: String {
        switch self {
        case .takeInCharge: "Take in charge"
        case .diagnose: "Diagnosed"
        case .startWork: "Start work"
        case .waitForRequester: "Wait for requester"
        case .waitForThirdParty: "Wait for third party"
        case .resume: "Resume"
        case .resolve: "Resolved / service restored"
        case .close: "Close"
        case .reopen: "Reopen"
        }
    }
}

extension EscalationLevel: Phrasebook {
    var pair: (String, String) { (french, english) }

    fileprivate var french: String {
        switch self {
        case .n1: "Niveau 1 — guichet"
        case .n2: "Niveau 2 — équipe technique"
        case .n3: "Niveau 3 — experts, prestataires, éditeurs"
        }
    }

    fileprivate var english: String {
        switch self {
        case .n1: "Level 1 — service desk"
        case .n2: "Level 2 — technical team"
        case .n3: "Level 3 — experts, contractors, editors"
        }
    }
}

extension StatisticsMonth: Phrasebook {
    var pair: (String, String) { (french, english) }

    fileprivate var french: String {
        let names = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                     "novembre", "décembre"]
        return "\(names[month - 1]) \(year)"
    }

    fileprivate var english: String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        return "\(names[month - 1]) \(year)"
    }
}

extension UserRole: Phrasebook {
    var pair: (String, String) { (french, english) }

    fileprivate var french: String {
        switch self {
        case .administrator: "Administrateur"
        case .partnerAgent: "Agent d'un partenaire"
        case .establishmentMember: "Membre d'un établissement"
        case .observer: "Observateur"
        }
    }

    fileprivate var english: String {
        switch self {
        case .administrator: "Administrator"
        case .partnerAgent: "Partner agent"
        case .establishmentMember: "Establishment member"
        case .observer: "Observer"
        }
    }
}

extension Criticality: Phrasebook {
    var pair: (String, String) { (french, english) }

    fileprivate var french: String { self == .critical ? "Critique" : "Non critique" }

    fileprivate var english: String { self == .critical ? "Critical" : "Non-critical" }
}

extension TeamReassignment.Movement: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .escalation: ("Escalade", "Escalation")
        case .deEscalation: ("Désescalade", "De-escalation")
        case .reassignment: ("Réaffectation", "Reassignment")
        }
    }
}
