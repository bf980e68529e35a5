import Foundation

/// A received message read back as a mail client would: unfolded headers, decoded subject and body.
/// Written independently of the module's encoders, so that tests compare with the original text.
struct ReceivedMail {
    let headers: [(name: String, value: String)]
    let encodedBody: String

    init(_ message: String) {
        let separator = message.range(of: "\r\n\r\n")!
        // Unfolding (RFC 5322 §2.2.3) removes the CRLF and keeps the whitespace.
        let unfolded = String(message[..<separator.lowerBound])
            .replacing("\r\n ", with: " ")
            .replacing("\r\n\t", with: "\t")
        headers = unfolded.components(separatedBy: "\r\n").map { line in
            let colon = line.firstIndex(of: ":")!
            return (String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        encodedBody = String(message[separator.upperBound...])
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var subject: String? {
        header("Subject").map(Self.decodeEncodedWords)
    }

    var body: String {
        Self.decodeQuotedPrintable(encodedBody)
    }

    /// `=?UTF-8?B?…?=` words separated by whitespace are decoded and joined; anything else stays as is.
    static func decodeEncodedWords(_ value: String) -> String {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let prefix = "=?UTF-8?B?", suffix = "?="
        guard !words.isEmpty, words.allSatisfy({ $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }) else { return value }
        let bytes = words.flatMap { word in
            Data(base64Encoded: String(word.dropFirst(prefix.count).dropLast(suffix.count)))!
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func decodeQuotedPrintable(_ text: String) -> String {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            guard input[index] == UInt8(ascii: "=") else {
                output.append(input[index])
                index += 1
                continue
            }
            let next = String(decoding: input[(index + 1)..<min(index + 3, input.count)], as: UTF8.self)
            if next == "\r\n" {
                index += 3  // soft line break
            } else {
                output.append(UInt8(next, radix: 16)!)
                index += 3
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
