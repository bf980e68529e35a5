import EntenteCore
import Foundation

/// An inventory file as schools, collectivités and their tools export it: CSV separated by `;` or
/// `,`, in UTF-8 or in Windows-1252 (what French office software still writes), with the usual
/// French headers (`UAI`, `N° d'inventaire`, `Numéro de série`, `Date d'acquisition`, `Prix`…)
/// recognised without help. What was detected is reported, so that the user can check it.
public struct AssetFile: Sendable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    public var encoding: Encoding
    /// `;` or `,`.
    public var separator: Character
    public var headers: [String]
    /// The field each column feeds, in column order; nil for a column left aside.
    public var mapping: [AssetField?]
    public var rows: [AssetImportRow]
    /// Rows refused before any value is read (cells beyond the header's columns).
    public var malformedRows: [AssetImportRejection]

    /// Reads `data`; `overrides` maps a header (as written in the file) to the field the user chose
    /// for it, or to nil to leave the column aside.
    public init(data: Data, name: String, overrides: [String: AssetField?] = [:]) throws(FileIssues) {
        let (text, encoding) = Self.decode(data)
        let firstLine = text.prefix { $0 != "\n" }
        let separator: Character = firstLine.filter { $0 == "," }.count > firstLine.filter { $0 == ";" }.count ? "," : ";"
        let table = DelimitedText(text, separator: separator == "," ? "," : ";")
        guard let header = table.records.first, header.fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        else {
            throw FileIssues([FileIssue(file: name, line: 1, message: "the file is empty or has no header line",
                                        fix: "put the column names on the first line (UAI;N° d'inventaire;…)")])
        }
        if let line = table.unclosedQuoteLine {
            throw FileIssues([FileIssue(file: name, line: line, message: "a quote opened on this line is never closed: the file may be truncated",
                                        fix: "check the file is complete, and that quotes inside values are doubled (\"\")")])
        }
        self.encoding = encoding
        self.separator = separator
        let headers = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let mapping = headers.map { header in overrides[header] ?? Self.field(forHeader: header) }
        self.headers = headers
        self.mapping = mapping
        let duplicates = Dictionary(grouping: mapping.enumerated().compactMap { index, field in field.map { ($0, index) } }, by: \.0)
            .filter { $0.value.count > 1 }
        if let (field, columns) = duplicates.min(by: { $0.key.rawValue < $1.key.rawValue }) {
            throw FileIssues([FileIssue(file: name, line: 1,
                                        message: "columns \(columns.map { "'\(headers[$0.1])'" }.joined(separator: " and ")) both give \(field.rawValue)",
                                        fix: "leave one of them aside in the column mapping")])
        }
        var rows: [AssetImportRow] = [], malformed: [AssetImportRejection] = []
        for record in table.records.dropFirst() where record.fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let extra = record.fields.dropFirst(headers.count).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if !extra.isEmpty {
                malformed.append(AssetImportRejection(line: record.line, field: nil, problem: .extraCells(extra.count)))
                continue
            }
            var values: [AssetField: String] = [:]
            for (index, cell) in record.fields.prefix(headers.count).enumerated() {
                if let field = mapping[index] { values[field] = cell.trimmingCharacters(in: .whitespacesAndNewlines) }
            }
            rows.append(AssetImportRow(line: record.line, values: values))
        }
        self.rows = rows
        malformedRows = malformed
    }

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

    /// UTF-8 when the bytes are valid UTF-8 (BOM dropped), Windows-1252 otherwise: every byte
    /// means something in it, so a file is never refused for its encoding, only reported.
    static func decode(_ data: Data) -> (String, Encoding) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        var scalars = String.UnicodeScalarView()
        for byte in data {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(windows1252[Int(byte - 0x80)]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return (String(scalars), .windows1252)
    }

    /// Windows-1252's characters for bytes 0x80 to 0x9F (the rest is Latin-1); its five unassigned
    /// bytes keep their C1 code.
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
