/// CSV as French files write it: `;`-separated (the national open data, French office software) or
/// `,`-separated, optional BOM, `"` quoting with `""` for a quote, line breaks inside quotes.
struct DelimitedText {
    /// Each record with the line it starts on.
    let records: [(line: Int, fields: [String])]
    /// The line of a quote still open at the end: a truncated file, or a quote never closed.
    let unclosedQuoteLine: Int?

    init(_ text: String, separator: Unicode.Scalar = ";") {
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
            case separator: fields.append(field); field = ""
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
        unclosedQuoteLine = inQuotes ? recordLine : nil
    }
}
