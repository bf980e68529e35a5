import EntenteCore

/// The words of the crisis directory, French first.
enum CrisisPhrase: Phrasebook {
    case title, intro, party, function, name, email, phone, deputy, deputyName, deputyPhone, reviewedOn, reviewOverdue
    case add, save, markReviewed, noContacts, errors, unknownParty, missingName, missingPhone, invalidPhone, invalidEmail
    case incompleteDeputy, reviewInFuture, printHint

    var pair: (String, String) {
        switch self {
        case .title: ("Annuaire de crise", "Crisis directory")
        case .intro: ("Qui appeler, par partie et par fonction, et qui le remplace. Les DPD, RSSI et membres de la cellule de crise inscrits ici lisent et traitent les violations de données de leur partie. Un annuaire se revoit au moins tous les six mois.",
                      "Who to call, per party and function, and who replaces them. The DPD, RSSI and crisis-cell members listed here read and handle their party's data breaches. A directory is reviewed at least every six months.")
        case .party: ("Partie", "Party")
        case .function: ("Fonction", "Function")
        case .name: ("Nom", "Name")
        case .email: ("Adresse électronique", "E-mail address")
        case .phone: ("Téléphone", "Phone")
        case .deputy: ("Suppléant·e", "Deputy")
        case .deputyName: ("Nom du ou de la suppléant·e", "Deputy's name")
        case .deputyPhone: ("Téléphone du ou de la suppléant·e", "Deputy's phone")
        case .reviewedOn: ("Revue le", "Reviewed on")
        case .reviewOverdue: ("Revue en retard", "Review overdue")
        case .add: ("Ajouter une personne", "Add a person")
        case .save: ("Enregistrer", "Save")
        case .markReviewed: ("Revue aujourd'hui", "Reviewed today")
        case .noContacts: ("L'annuaire est vide.", "The directory is empty.")
        case .errors: ("L'entrée n'a pas été enregistrée :", "The entry was not saved:")
        case .unknownParty: ("Cette partie n'est pas partie à la convention.", "This party is not a party to the convention.")
        case .missingName: ("Indiquez le nom.", "Give the name.")
        case .missingPhone: ("Indiquez un téléphone : un annuaire de crise sert à appeler.", "Give a phone: a crisis directory is for calling.")
        case .invalidPhone: ("Ce numéro n'en est pas un (6 à 15 chiffres, espaces, points ou tirets, + international).", "This is no phone number (6 to 15 digits, spaces, dots or dashes, + for international).")
        case .invalidEmail: ("Adresse électronique invalide.", "Invalid e-mail address.")
        case .incompleteDeputy: ("Un·e suppléant·e a un nom et un téléphone.", "A deputy has a name and a phone.")
        case .reviewInFuture: ("La date de revue ne peut être dans le futur.", "The review date cannot be in the future.")
        case .printHint: ("Imprimez l'annuaire : il doit servir quand les réseaux ne répondent plus.", "Print the directory: it must serve when networks are down.")
        }
    }

    static func function(_ function: CrisisContact.Function, _ language: Language) -> String {
        switch (function, language) {
        case (.dpd, .fr): "Délégué·e à la protection des données (DPD)"
        case (.dpd, .en): "Data protection officer (DPD)"
        case (.rssi, .fr): "Responsable de la sécurité des SI (RSSI)"
        case (.rssi, .en): "Information security officer (RSSI)"
        case (.crisisCell, .fr): "Membre de la cellule de crise"
        case (.crisisCell, .en): "Crisis-cell member"
        case (.management, .fr): "Direction (informée)"
        case (.management, .en): "Management (informed)"
        }
    }

    static func problem(_ problem: CrisisContact.Problem) -> CrisisPhrase {
        switch problem {
        case .missingName: .missingName
        case .missingPhone: .missingPhone
        case .invalidPhone: .invalidPhone
        case .invalidEmail: .invalidEmail
        case .unknownParty: .unknownParty
        case .incompleteDeputy: .incompleteDeputy
        case .reviewInFuture: .reviewInFuture
        }
    }
}
