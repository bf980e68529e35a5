import EntenteCore
import Foundation

/// The words of loans and allocations, French first.
enum LoanPhrase: Phrasebook {
    case loans, noLoans, lend, holderKind, pupil, staff, schoolClass, cart, name, className, adult, cartNumber
    case startedOn, expectedReturnOn, openEnded, since, until, overdue, awaitsAgreement, agreement, recordAgreement
    case guardianName, acceptedOn, textVersion, endLoan, ending, endedOn, note, allocate, allocateIntro, pupils
    case component, allocateButton, allocated, establishment
    case endSchooling, endSchoolingIntro, schoolingEnd, endLoans, loansEnded

    var pair: (String, String) {
        switch self {
        case .loans: ("Prêts et attributions", "Loans and allocations")
        case .noLoans: ("Jamais prêté.", "Never lent.")
        case .lend: ("Prêter ou attribuer", "Lend or allocate")
        case .holderKind: ("À qui", "To whom")
        case .pupil: ("Élève", "Pupil")
        case .staff: ("Personnel", "Staff member")
        case .schoolClass: ("Classe", "Class")
        case .cart: ("Chariot (n° d'inventaire)", "Cart (inventory number)")
        case .name: ("Nom", "Name")
        case .className: ("Classe", "Class")
        case .adult: ("Élève majeur (pas d'accord d'un responsable légal)", "Adult pupil (no guardian agreement)")
        case .cartNumber: ("N° d'inventaire du chariot", "Cart's inventory number")
        case .startedOn: ("Du", "From")
        case .expectedReturnOn: ("Retour prévu le (vide : attribution sans date de retour)", "Return expected on (empty: allocation without return date)")
        case .openEnded: ("sans date de retour", "without return date")
        case .since: ("depuis le", "since")
        case .until: ("retour prévu le", "return expected on")
        case .overdue: ("en retard", "overdue")
        case .awaitsAgreement: ("Accord du responsable légal en attente : l'appareil n'est remis qu'une fois la charte acceptée.",
                                "Guardian's agreement pending: the device is handed over only once the agreement is accepted.")
        case .agreement: ("Charte acceptée", "Agreement accepted")
        case .recordAgreement: ("Enregistrer l'accord", "Record the agreement")
        case .guardianName: ("Responsable légal", "Guardian")
        case .acceptedOn: ("Accepté le", "Accepted on")
        case .textVersion: ("Version de la charte", "Agreement version")
        case .endLoan: ("Terminer le prêt", "End the loan")
        case .ending: ("Fin", "Ending")
        case .endedOn: ("Le", "On")
        case .note: ("Commentaire (n° de plainte pour un vol…)", "Note (police report number for a theft…)")
        case .allocate: ("Attribuer un lot à une classe", "Allocate a batch to a class")
        case .allocateIntro: ("Un appareil disponible (en stock ou en service, non prêté) par élève, dans l'ordre des numéros d'inventaire. Les élèves mineurs attendent l'accord de leur responsable légal.",
                              "One available device (in stock or in service, not lent) per pupil, in inventory-number order. Minor pupils await their guardian's agreement.")
        case .pupils: ("Élèves, un par ligne", "Pupils, one per line")
        case .component: ("Composant des appareils", "Devices' component")
        case .allocateButton: ("Attribuer", "Allocate")
        case .allocated: ("appareil(s) attribué(s)", "device(s) allocated")
        case .establishment: ("Établissement (UAI)", "Establishment (UAI)")
        case .endSchooling: ("Fin de scolarité d'une classe", "End of schooling of a class")
        case .endSchoolingIntro: ("Les appareils des élèves de la classe sont rendus s'ils quittent l'établissement, ou cédés aux élèves à la fin du cycle, comme le prévoit le programme.",
                                  "The pupils' devices are returned when they leave the establishment, or given to the pupils at the end of the cycle, as the programme provides.")
        case .schoolingEnd: ("Motif", "Reason")
        case .endLoans: ("Terminer les prêts de la classe", "End the class's loans")
        case .loansEnded: ("prêt(s) terminé(s)", "loan(s) ended")
        }
    }

    static func holder(_ holder: AssetLoan.Holder, cartNames: [UUID: String], _ language: Language) -> String {
        switch holder {
        case .pupil(let name, let className, _): "\(pupil.text(language)) \(name)" + (className.map { " (\($0))" } ?? "")
        case .staff(let name): "\(staff.text(language)) \(name)"
        case .schoolClass(let name): "\(schoolClass.text(language)) \(name)"
        case .cart(let id): "\(cart.text(language)) \(cartNames[id] ?? id.uuidString.lowercased())"
        }
    }
}

extension AssetLoan.Ending: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .returned: ("Rendu", "Returned")
        case .lost: ("Perdu", "Lost")
        case .stolen: ("Volé", "Stolen")
        case .ownershipTransferred: ("Cédé à l'élève", "Given to the pupil")
        }
    }
}

extension AssetLending.Refusal: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .notAvailable(let status): ("cet appareil ne peut pas être prêté dans son statut (\(status))", "this device cannot be lent in its status (\(status))")
        case .alreadyLent: ("cet appareil est déjà prêté", "this device is already lent")
        case .emptyName: ("indiquez un nom", "give a name")
        case .returnBeforeStart: ("le retour prévu précède le début du prêt", "the return date is before the start")
        case .invalidCart: ("chariot introuvable dans cet établissement", "no such cart in this establishment")
        case .notEnoughDevices(let available, let needed):
            ("\(available) appareil(s) disponible(s) pour \(needed) élève(s) : ajoutez des appareils ou réduisez la liste",
             "\(available) device(s) available for \(needed) pupil(s): add devices or shorten the list")
        case .loanClosed: ("ce prêt est déjà terminé", "this loan has already ended")
        case .endBeforeStart: ("la fin précède le début du prêt", "the end is before the start of the loan")
        }
    }
}

extension AssetLending.SchoolingEnd: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .leaving: ("Départ de l'établissement (restitution)", "Leaving the establishment (returned)")
        case .cycleCompleted: ("Fin de cycle (cession à l'élève)", "End of the cycle (given to the pupil)")
        }
    }
}
