/// The CSV reading of `DelimitedText`, fed a piece at a time: a file read in slices gives the same
/// records as the file read whole, wherever the cuts fall (inside a quoted value, between a quote
/// and its double).
struct DelimitedTextParser {
    typealias Record = (line: Int, fields: [String])

    let separator: Unicode.Scalar
    private var fields: [String] = [], field = ""
    private var inQuotes = false
    /// A quote met inside quotes: the next character says whether it closes them or is doubled.
    private var quoteInQuotes = false
    private var line = 1, recordLine = 1
    private var started = false

    init(separator: Unicode.Scalar) {
        self.separator = separator
    }

    /// The records the piece completes.
    mutating func feed(_ scalars: some Sequence<Unicode.Scalar>) -> [Record] {
        var records: [Record] = []
        for scalar in scalars {
            if !started {
                started = true
                if scalar == "\u{FEFF}" { continue }
            }
            if quoteInQuotes {
                quoteInQuotes = false
                if scalar == "\"" {
                    field.unicodeScalars.append("\"")
                    continue
                }
                inQuotes = false
            }
            if inQuotes {
                if scalar == "\"" {
                    quoteInQuotes = true
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
        return records
    }

    /// The last record, unless the text ended with a line break; and the line of a quote still open
    /// at the end (a truncated file, or a quote never closed).
    mutating func finish() -> (record: Record?, unclosedQuoteLine: Int?) {
        if quoteInQuotes { (quoteInQuotes, inQuotes) = (false, false) }
        let unclosed = inQuotes ? recordLine : nil
        guard !field.isEmpty || !fields.isEmpty else { return (nil, unclosed) }
        fields.append(field)
        defer { (fields, field) = ([], "") }
        return ((recordLine, fields), unclosed)
    }
}
