/// CSV as French files write it: `;`-separated (the national open data, French office software) or
/// `,`-separated, optional BOM, `"` quoting with `""` for a quote, line breaks inside quotes.
struct DelimitedText {
    /// Each record with the line it starts on.
    let records: [(line: Int, fields: [String])]
    /// The line of a quote still open at the end: a truncated file, or a quote never closed.
    let unclosedQuoteLine: Int?

    init(_ text: String, separator: Unicode.Scalar = ";") {
        var parser = DelimitedTextParser(separator: separator)
        var records = parser.feed(text.unicodeScalars)
        let (last, unclosed) = parser.finish()
        if let last { records.append(last) }
        self.records = records
        unclosedQuoteLine = unclosed
    }
}
