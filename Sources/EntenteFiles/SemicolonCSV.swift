/// The `;`-separated CSV of the national open data (UTF-8, optional BOM, `"` quoting).
struct SemicolonCSV {
    /// Each record with the line it starts on.
    let records: [(line: Int, fields: [String])]

    init(_ text: String) {
        var records: [(Int, [String])] = []
        var fields: [String] = [], field = ""
        var inQuotes = false, line = 1, recordLine = 1
        var characters = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = characters.next()
        if pending == "\u{FEFF}" { pending = characters.next() }
        while let scalar = pending {
            pending = characters.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = characters.next() } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true
            case ";": fields.append(field); field = ""
            case "\r": continue
            case "\n":
                fields.append(field)
                records.append((recordLine, fields))
                fields = []; field = ""
                line += 1
                recordLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append((recordLine, fields)) }
        self.records = records
    }
}
