import EntenteCore

/// The words of own-funds purchases, French first.
enum PurchasePhrase: Phrasebook {
    case title, intro, none, newRequest, establishment, zone, component, model, quantity, unitPrice, total, file
    case reference, state, validatingParty, requestedOn, items, decide, approve, refuse, reason, record, receive
    case inventoryNumbers, receivedOn, enter, taken, pending, approved, refused, received, decidedBy

    var pair: (String, String) {
        switch self {
        case .title: ("Achats sur fonds propres", "Own-funds purchases")
        case .intro: ("Tout achat sur fonds propres est validé par l'Académie pour le réseau administratif et par le Département pour le réseau pédagogique, et doit s'inscrire dans le référentiel d'équipement (convention, annexe opérationnelle). Une fois l'achat validé et livré, les appareils entrent à l'inventaire financés par l'établissement.",
                      "Every purchase on own funds is validated by the académie for the administrative network and by the Département for the pedagogical one, and must fit the equipment référentiel (convention, operational annex). Once validated and delivered, the devices enter the inventory funded by the establishment.")
        case .none: ("Aucune demande.", "No request.")
        case .newRequest: ("Nouvelle demande", "New request")
        case .establishment: ("Établissement (UAI)", "Establishment (UAI)")
        case .zone: ("Réseau", "Network")
        case .component: ("Composant", "Component")
        case .model: ("Modèle", "Model")
        case .quantity: ("Quantité", "Quantity")
        case .unitPrice: ("Prix unitaire", "Unit price")
        case .total: ("Total", "Total")
        case .file: ("Demander la validation", "Ask for validation")
        case .reference: ("Référence", "Reference")
        case .state: ("État", "State")
        case .validatingParty: ("Valide", "Validates")
        case .requestedOn: ("Demandé le", "Requested on")
        case .items: ("Articles", "Items")
        case .decide: ("Décision", "Decision")
        case .approve: ("Valider", "Approve")
        case .refuse: ("Refuser", "Refuse")
        case .reason: ("Motif (conservé avec la décision)", "Reason (kept with the decision)")
        case .record: ("Enregistrer la décision", "Record the decision")
        case .receive: ("Réception", "Receipt")
        case .inventoryNumbers: ("N° d'inventaire des appareils livrés, un par ligne, dans l'ordre des articles", "Inventory numbers of the delivered devices, one per line, in the items' order")
        case .receivedOn: ("Livré le", "Delivered on")
        case .enter: ("Entrer les appareils à l'inventaire", "Enter the devices in the inventory")
        case .taken: ("Déjà utilisés par d'autres appareils", "Already used by other devices")
        case .pending: ("En attente de validation", "Awaiting validation")
        case .approved: ("Validé", "Approved")
        case .refused: ("Refusé", "Refused")
        case .received: ("Livré, à l'inventaire", "Delivered, in the inventory")
        case .decidedBy: ("Décidé par", "Decided by")
        }
    }

    static func state(_ state: PurchaseRequest.State) -> PurchasePhrase {
        switch state {
        case .pending: .pending
        case .approved: .approved
        case .refused: .refused
        case .received: .received
        }
    }
}

extension PurchaseValidation.Refusal: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .noItems: ("indiquez au moins un article", "give at least one item")
        case .invalidQuantity(let component): ("quantité ou prix invalide pour « \(component) »", "invalid quantity or price for '\(component)'")
        case .outsideStandard(let component, let model):
            ("« \(model) » (\(component)) ne s'inscrit pas dans le référentiel d'équipement : choisissez un composant et un modèle référencés",
             "'\(model)' (\(component)) is not in the equipment référentiel: choose a listed component and model")
        case .noValidatingParty(let zone): ("la convention ne désigne personne pour valider sur le réseau \(zone.rawValue)", "the convention names nobody to validate on the \(zone.rawValue) network")
        case .notPending: ("cette demande a déjà reçu une décision", "this request was already decided")
        case .notApproved: ("cette demande n'est pas validée", "this request is not approved")
        case .wrongDeviceCount(let expected, let given): ("\(expected) appareil(s) attendu(s), \(given) n° d'inventaire donné(s)", "\(expected) device(s) expected, \(given) inventory number(s) given")
        case .emptyReason: ("indiquez le motif de la décision", "give the decision's reason")
        }
    }
}
