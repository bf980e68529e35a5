/// A row of an import file: its line and the text of each mapped column, trimmed.
public struct AssetImportRow: Hashable, Sendable {
    public var line: Int
    public var values: [AssetField: String]

    public init(line: Int, values: [AssetField: String]) {
        self.line = line
        self.values = values
    }

    /// The column's text, nil when the column is not mapped or the cell is empty.
    public subscript(field: AssetField) -> String? {
        guard let text = values[field], !text.isEmpty else { return nil }
        return text
    }
}

/// How the values of a file are read: the words French office files use for zones and funders,
/// days as `2024-09-01` or `01/09/2024`.
public enum AssetValueReading {
    public static func zone(_ text: String) -> NetworkZone? {
        switch key(text) {
        case "administratif", "administrative", "admin", "reseauadministratif", "adm": .administratif
        case "pedagogique", "pedagogical", "peda", "reseaupedagogique", "ped": .pedagogique
        case "invite", "byod", "guest", "invitebyod", "reseauinvite": .invite
        case "iot", "objetsconnectes", "objetconnecte", "objetsconnecte": .iot
        case "technique", "technical", "tech", "reseautechnique": .technique
        default: nil
        }
    }

    public static func funding(_ text: String) -> FundingOrigin? {
        switch key(text) {
        case "collectivite", "departement", "region", "cd", "cr", "conseildepartemental", "conseilregional",
             "referentiel", "collectiviteterritoriale":
            .collectivite
        case "academie", "rectorat", "etat", "educationnationale", "dsiacademique":
            .academie
        case "etablissement", "eple", "fondspropres", "college", "lycee", "etablissementfondspropres":
            .etablissement
        default: nil
        }
    }

    /// `neuf` or `reconditionné`, or a yes/no in a column headed "reconditionné".
    public static func condition(_ text: String) -> AcquisitionCondition? {
        switch key(text) {
        case "neuf", "neuve", "new", "non", "no", "false", "0": .new
        case "reconditionne", "reconditionnee", "reconditioned", "refurbished", "oui", "yes", "true", "1": .reconditioned
        default: nil
        }
    }

    /// `2024-09-01`, `01/09/2024` or `01-09-2024`.
    public static func date(_ text: String) -> CalendarDate? {
        if let date = CalendarDate(iso: text) { return date }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Lower case, without accents, spaces or punctuation: how a cell or a header is compared.
    public static func key(_ text: String) -> String {
        String(ClosestNames.folded(text).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }
}
