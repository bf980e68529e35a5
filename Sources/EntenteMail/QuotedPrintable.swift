/// RFC 2045 quoted-printable: 7-bit lines of at most 76 characters, still readable where the text is ASCII.
enum QuotedPrintable {
    private static let longestLine = 76

    /// Encodes the UTF-8 of `text`; its line breaks (LF, CRLF or CR) become CRLF and the result ends with CRLF.
    static func encode(_ text: String) -> String {
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        // A text ending with a line break must not gain an empty last line.
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { encodeLine(Array($0.utf8)) + "\r\n" }.joined()
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var encoded = ""
        var column = 0
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token = isLiteral(byte, atEndOfLine: isLast) ? String(Unicode.Scalar(byte)) : escaped(byte)
            // Keep one column for the "=" of a soft line break.
            if column + token.count > longestLine - 1 {
                encoded += "=\r\n"
                column = 0
            }
            encoded += token
            column += token.count
        }
        return encoded
    }

    /// Printable ASCII but "=", and spaces unless they end the line (relays strip trailing whitespace).
    private static func isLiteral(_ byte: UInt8, atEndOfLine: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"): !atEndOfLine
        case UInt8(ascii: "="): false
        default: (0x21...0x7E).contains(byte)
        }
    }

    private static func escaped(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
    }
}
