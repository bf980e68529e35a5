import EntenteCore
import Foundation

/// What was found of an inventory file as schools, collectivités and their tools export it: CSV
/// separated by `;` or `,`, in UTF-8 or in Windows-1252 (what French office software still writes),
/// with the usual French headers (`UAI`, `N° d'inventaire`, `Numéro de série`, `Date d'acquisition`,
/// `Prix`…) recognised without help. It is reported, so that the user can check it; `AssetFileReader`
/// finds it and reads the rows.
public struct AssetFileLayout: Hashable, Sendable {
    public enum Encoding: String, Hashable, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    public var encoding: Encoding
    /// `;` or `,`.
    public var separator: Character
    public var headers: [String]
    /// The field each column feeds, in column order; nil for a column left aside.
    public var mapping: [AssetField?]

    /// The fields the file gives, in column order.
    public var fields: [AssetField] { mapping.compactMap { $0 } }

    /// What a file must give for its rows to be matched and, when new, created.
    public func missingColumns(matchingBy key: AssetMatchKey) -> [AssetField] {
        let given = Set(fields)
        let needed = key == .id ? [AssetField.id] : [key.field] + AssetField.required
        var seen: Set<AssetField> = []
        return needed.filter { !given.contains($0) && seen.insert($0).inserted }
    }

    /// The field a header names, by the words French files use, or by the field's own name.
    public static func field(forHeader header: String) -> AssetField? {
        let key = AssetValueReading.key(header)
        if let field = AssetField.allCases.first(where: { AssetValueReading.key($0.rawValue) == key }) { return field }
        return headerWords.first { $0.value.contains(key) }?.key
    }

    private static let headerWords: [AssetField: Set<String>] = [
        .id: ["identifiant", "identifiantentente", "ententeid", "uuid"],
        .establishment: ["uai", "rne", "codeuai", "numerouai", "uaietablissement", "etablissementuai", "coderne"],
        .inventoryNumber: ["numerodinventaire", "ninventaire", "noinventaire", "numeroinventaire", "inventaire",
                           "numinventaire", "ndinventaire", "assettag", "etiquette"],
        .serialNumber: ["numerodeserie", "nserie", "noserie", "numeroserie", "serie", "serial", "sn", "ndeserie", "numserie"],
        .component: ["composant", "typedequipement", "typeequipement", "categorie"],
        .model: ["modele", "modeleequipement", "marqueetmodele"],
        .zone: ["reseau", "zonereseau", "zonedereseau", "networkzone"],
        .building: ["batiment", "bat"],
        .room: ["salle", "local", "piece", "numerodesalle"],
        .funding: ["financement", "financeur", "origine", "originedufinancement", "originefinancement"],
        .purchase: ["achat", "referenceachat", "referencedelachat", "bondecommande", "commande", "numerodecommande"],
        .acquiredOn: ["datedacquisition", "dateacquisition", "dateachat", "datedachat", "acquisition"],
        .condition: ["etatalachat", "etatdachat", "reconditionne", "reconditionnement", "neufoureconditionne", "conditiondachat"],
        .price: ["prix", "prixttc", "prixht", "montant", "prixdachat", "cout", "valeur", "montantttc"],
        .warrantyEndsOn: ["findegarantie", "fingarantie", "garantie", "datefingarantie", "datedefindegarantie", "warranty"],
        .endOfLifeOn: ["findevie", "datefindevie", "datedefindevie", "endoflife", "obsolescence"],
        .status: ["statut", "etat"],
    ]
}
