import EntenteCore
import EntenteStorage

/// The inventory's words, French first.
enum InventoryPhrase: Phrasebook {
    case navigation, assets, inventoryNumber, serialNumber, component, model, establishment, zone, location, building, room
    case funding, purchase, acquiredOn, condition, conditionNew, conditionReconditioned, price, warrantyEndsOn, endOfLifeOn, status, statusSince, history
    case changeStatus, newStatus, note, move, noAssets, filter, allStatuses, allZones, search, exportCSV, details
    case importAssets, importIntro, file, matchKey, onlyValidRows, check, apply, detected, columnMapping, leftAside
    case toCreate, toUpdate, unchanged, refused, line, field, problem, nothingWritten, applied, alreadyApplied
    case refusedRowsStop, noMoveAllowed, stale, readOnly, missingColumns, chooseAFile, noSuchUpload, resultCount, moreThan, narrowDown
    case reportProblem, tickets, noTickets, exportJSON, label, labelIntro, labelCode
    case importInBackground, progress, rowsWritten, resumeByImportingAgain, refresh
    case previous, next, page, sharedFunding, enteredByHand, enteredByImport, changedByHand, changedByImport

    var pair: (String, String) {
        switch self {
        case .navigation: ("Inventaire", "Inventory")
        case .assets: ("Inventaire des équipements", "Equipment inventory")
        case .inventoryNumber: ("N° d'inventaire", "Inventory number")
        case .serialNumber: ("N° de série", "Serial number")
        case .component: ("Composant", "Component")
        case .model: ("Modèle", "Model")
        case .establishment: ("Établissement", "Establishment")
        case .zone: ("Réseau", "Network")
        case .location: ("Emplacement", "Location")
        case .building: ("Bâtiment", "Building")
        case .room: ("Salle", "Room")
        case .funding: ("Financement", "Funding")
        case .purchase: ("Achat validé", "Validated purchase")
        case .acquiredOn: ("Acquis le", "Acquired on")
        case .condition: ("État à l'achat", "Condition when bought")
        case .conditionNew: ("neuf", "new")
        case .conditionReconditioned: ("reconditionné", "reconditioned")
        case .price: ("Prix d'achat", "Purchase price")
        case .warrantyEndsOn: ("Fin de garantie", "Warranty ends")
        case .endOfLifeOn: ("Fin de vie", "End of life")
        case .status: ("Statut", "Status")
        case .statusSince: ("Depuis le", "Since")
        case .history: ("Historique", "History")
        case .changeStatus: ("Changer le statut", "Change the status")
        case .newStatus: ("Nouveau statut", "New status")
        case .note: ("Commentaire (facultatif)", "Note (optional)")
        case .move: ("Enregistrer", "Save")
        case .noAssets: ("Aucun équipement ne correspond.", "No asset matches.")
        case .filter: ("Filtrer", "Filter")
        case .allStatuses: ("Tous les statuts", "All statuses")
        case .allZones: ("Tous les réseaux", "All networks")
        case .search: ("N° d'inventaire, de série, modèle ou salle", "Inventory or serial number, model or room")
        case .exportCSV: ("Exporter en CSV", "Export as CSV")
        case .details: ("Fiche", "Details")
        case .importAssets: ("Importer un fichier", "Import a file")
        case .importIntro:
            ("Fichier CSV séparé par « ; » ou « , », en UTF-8 ou Windows-1252. Les en-têtes usuels (UAI, N° d'inventaire, N° de série, Composant, Financement, Réseau, Date d'acquisition, Prix…) sont reconnus. Une vérification montre d'abord ce qui serait créé, modifié ou refusé : rien n'est écrit avant votre confirmation, et importer deux fois le même fichier ne change rien.",
             "CSV file separated by ';' or ',', in UTF-8 or Windows-1252. The usual headers (UAI, inventory number, serial number, component, funding, network, acquisition date, price…) are recognised. A check first shows what would be created, changed or refused: nothing is written before you confirm, and importing the same file twice changes nothing.")
        case .file: ("Fichier", "File")
        case .matchKey: ("Rapprocher les lignes par", "Match rows by")
        case .onlyValidRows: ("Importer les lignes valides même si d'autres sont refusées", "Import the valid rows even when others are refused")
        case .check: ("Vérifier", "Check")
        case .apply: ("Confirmer l'import", "Confirm the import")
        case .detected: ("Détecté", "Detected")
        case .columnMapping: ("Correspondance des colonnes", "Column mapping")
        case .leftAside: ("— ignorée —", "— left aside —")
        case .toCreate: ("à créer", "to create")
        case .toUpdate: ("à modifier", "to update")
        case .unchanged: ("inchangé(s)", "unchanged")
        case .refused: ("ligne(s) refusée(s)", "row(s) refused")
        case .line: ("Ligne", "Line")
        case .field: ("Colonne", "Column")
        case .problem: ("Problème et correction", "Problem and fix")
        case .nothingWritten: ("Vérification seulement : rien n'a été écrit.", "Check only: nothing was written.")
        case .applied: ("Import effectué.", "Import done.")
        case .alreadyApplied: ("Ce fichier a déjà été importé.", "This file was already imported.")
        case .refusedRowsStop:
            ("Des lignes sont refusées : corrigez le fichier, ou cochez « importer les lignes valides ».",
             "Some rows are refused: correct the file, or tick 'import the valid rows'.")
        case .noMoveAllowed: ("Aucun changement de statut possible depuis ce statut.", "No status change is possible from this status.")
        case .stale: ("L'équipement a été modifié entre-temps : voici sa version actuelle.", "The asset changed meanwhile: here is its current version.")
        case .readOnly: ("Lecture seule : vous pouvez consulter cet inventaire, pas le modifier.", "Read only: you may read this inventory, not change it.")
        case .missingColumns: ("Colonnes manquantes", "Missing columns")
        case .chooseAFile: ("Choisissez un fichier CSV.", "Choose a CSV file.")
        case .noSuchUpload: ("Import introuvable.", "No such import.")
        case .resultCount: ("équipement(s)", "asset(s)")
        case .moreThan: ("plus de", "more than")
        case .narrowDown: ("Affinez la recherche (établissement, état, réseau, texte) pour voir les suivants.",
                           "Narrow the search (establishment, status, network, text) to see the next ones.")
        case .previous: ("Précédente", "Previous")
        case .next: ("Suivante", "Next")
        case .page: ("Page", "Page")
        case .sharedFunding: ("Partagé", "Shared")
        case .reportProblem: ("Signaler un problème sur cet équipement", "Report a problem with this device")
        case .label: ("Étiquette à imprimer (QR code)", "Printable label (QR code)")
        case .labelIntro: ("Collée sur l'équipement, l'étiquette mène au formulaire de signalement de cet équipement : la demande va d'elle-même à la partie qui en a la charge.",
                           "Stuck on the device, the label leads to the report form of this device: the request goes by itself to the party in charge of it.")
        case .labelCode: ("QR code du lien de signalement de l'équipement", "QR code of the device's report link")
        case .tickets: ("Demandes sur cet équipement", "Tickets about this device")
        case .noTickets: ("Aucune demande.", "No ticket.")
        case .exportJSON: ("Exporter en JSON", "Export as JSON")
        case .importInBackground: ("Import en cours en arrière-plan, par lots : vous pouvez quitter cette page et y revenir.",
                                   "Import running in the background, batch by batch: you may leave this page and come back.")
        case .progress: ("Progression de l'import", "Import progress")
        case .rowsWritten: ("lignes écrites", "rows written")
        case .resumeByImportingAgain: ("Les lots déjà écrits sont conservés. Importez à nouveau le même fichier pour écrire le reste : les lignes déjà écrites resteront inchangées.",
                                       "The batches written are kept. Import the same file again to write the rest: the rows already written stay unchanged.")
        case .refresh: ("Mettre à jour la progression", "Update the progress")
        case .enteredByHand: ("Entré dans l'inventaire", "Entered in the inventory")
        case .enteredByImport: ("Entré dans l'inventaire par import", "Entered in the inventory by an import")
        case .changedByHand: ("Modifié", "Changed")
        case .changedByImport: ("Modifié par import", "Changed by an import")
        }
    }

    /// A status by the territory's own name, or the interface's name for the standard ones.
    static func status(_ id: String, in lifecycle: AssetLifecycle, _ language: Language) -> String {
        if let name = lifecycle.status(id)?.name { return name }
        let french: String, english: String
        switch id {
        case "ordered": (french, english) = ("Commandé", "Ordered")
        case "in-stock": (french, english) = ("En stock", "In stock")
        case "in-service": (french, english) = ("En service", "In service")
        case "out-of-order": (french, english) = ("En panne", "Out of order")
        case "in-repair": (french, english) = ("En réparation", "In repair")
        case "retired": (french, english) = ("Réformé", "Retired")
        case "second-life": (french, english) = ("Seconde vie / don", "Second life / donated")
        case "recycled": (french, english) = ("Recyclé", "Recycled")
        case "lost": (french, english) = ("Perdu", "Lost")
        case "stolen": (french, english) = ("Volé", "Stolen")
        default: (french, english) = (id, id)
        }
        return language == .fr ? french : english
    }

    static func condition(_ condition: AcquisitionCondition, _ language: Language) -> String {
        switch condition {
        case .new: conditionNew.text(language)
        case .reconditioned: conditionReconditioned.text(language)
        }
    }

    static func funding(_ funding: AssetFunding, _ language: Language) -> String {
        switch funding {
        case .collectivite: DeskPhrase.fundingCollectivite.text(language)
        case .academie: DeskPhrase.fundingAcademie.text(language)
        case .etablissement(let purchase):
            DeskPhrase.fundingEtablissement.text(language) + (purchase.map { " (\($0))" } ?? "")
        case .shared(let shares):
            sharedFunding.text(language) + (language == .fr ? " : " : ": ") + shares.map { "\($0.origin.rawValue) \(money($0.amount, language))" }.joined(separator: ", ")
        }
    }

    /// `1 234,56 €` in French, `€1,234.56` in English.
    static func money(_ amount: Money, _ language: Language) -> String {
        let whole = String(amount.cents.magnitude / 100)
        let cents = amount.cents.magnitude % 100
        var grouped = ""
        for (index, digit) in whole.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(language == .fr ? "\u{202F}" : ",") }
            grouped.append(digit)
        }
        let digits = String(grouped.reversed()) + (language == .fr ? "," : ".") + (cents < 10 ? "0" : "") + String(cents)
        let sign = amount.cents < 0 ? "-" : ""
        return language == .fr ? "\(sign)\(digits)\u{00A0}€" : "\(sign)€\(digits)"
    }
}

extension AssetField: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .id: ("Identifiant Entente", "Entente id")
        case .establishment: InventoryPhrase.establishment.pair
        case .inventoryNumber: InventoryPhrase.inventoryNumber.pair
        case .serialNumber: InventoryPhrase.serialNumber.pair
        case .component: InventoryPhrase.component.pair
        case .model: InventoryPhrase.model.pair
        case .zone: InventoryPhrase.zone.pair
        case .building: InventoryPhrase.building.pair
        case .room: InventoryPhrase.room.pair
        case .funding: InventoryPhrase.funding.pair
        case .purchase: InventoryPhrase.purchase.pair
        case .acquiredOn: InventoryPhrase.acquiredOn.pair
        case .condition: InventoryPhrase.condition.pair
        case .price: InventoryPhrase.price.pair
        case .warrantyEndsOn: InventoryPhrase.warrantyEndsOn.pair
        case .endOfLifeOn: InventoryPhrase.endOfLifeOn.pair
        case .status: InventoryPhrase.status.pair
        }
    }
}

extension AssetMatchKey: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .inventoryNumber: InventoryPhrase.inventoryNumber.pair
        case .serialNumber: InventoryPhrase.serialNumber.pair
        case .id: AssetField.id.pair
        }
    }
}

/// The states of an import applied in the background.
extension AssetImportStore.Job.State: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .running: ("En cours", "Running")
        case .done: ("Terminé", "Done")
        case .failed: ("Arrêté sur une erreur", "Stopped by an error")
        case .interrupted: ("Interrompu (serveur arrêté)", "Interrupted (server stopped)")
        }
    }
}
