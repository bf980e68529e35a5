import Foundation

/// RFC 2047 encoded-words, so that a UTF-8 subject survives headers that must be ASCII.
enum EncodedWord {
    /// 39 bytes make 52 base64 characters: a 64-character word, and `Subject: ` plus one word fits in 78 columns.
    private static let bytesPerWord = 39
    /// RFC 5322 limits a line to 998 characters.
    private static let longestPlainSubject = 998 - "Subject: ".count

    /// The subject as is when it is plain printable ASCII, else as encoded-words folded one a line.
    static func subject(_ text: String) -> String {
        let isPlain =
            text.unicodeScalars.allSatisfy { $0 == "\t" || (0x20...0x7E).contains($0.value) }
            && !text.contains("=?")  // would be read as the start of an encoded-word
            && text.utf8.count <= longestPlainSubject
        return isPlain ? text : encode(text)
    }

    /// Words never split a character: RFC 2047 requires each to decode on its own.
    private static func encode(_ text: String) -> String {
        var words: [String] = []
        var pending: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if pending.count + bytes.count > bytesPerWord {
                words.append(word(pending))
                pending = []
            }
            pending += bytes
        }
        if !pending.isEmpty { words.append(word(pending)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?\(Data(bytes).base64EncodedString())?="
    }
}
