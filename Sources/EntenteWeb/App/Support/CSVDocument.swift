import Vapor

/// Every CSV the site exports, written one way: `;`-separated with a BOM and CRLF lines, as French
/// spreadsheet software reads them, fields quoted when they must be, and no cell a spreadsheet would
/// run. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel
/// and LibreOffice (`=HYPERLINK(…)` in a ticket title would be live): it gets a leading `'`, which
/// they show as text (OWASP's advice for CSV injection).
struct CSVDocument: Sendable {
    var header: [String]
    var rows: [[String]]

    var text: String {
        let lines = ([header] + rows).map { $0.map(Self.cell).joined(separator: ";") }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    func response(fileName: String) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: fileName)
        return response
    }

    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field: neutralised, then quoted if it holds a separator, a quote or a line break.
    static func cell(_ field: String) -> String {
        let neutral = field.first.map(formulaStarts.contains) == true ? "'" + field : field
        guard neutral.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return neutral }
        return "\"" + neutral.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
