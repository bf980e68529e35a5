/// A server reply: a three-digit code and its text, one entry a line (EHLO answers with several).
public struct SMTPReply: Hashable, Sendable, CustomStringConvertible {
    public let code: Int
    public let lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    public var description: String {
        lines.map { "\(code) \($0)" }.joined(separator: " | ")
    }
}

extension SMTPReply {
    /// One line of a reply: `250-text` announces more lines, `250 text` is the last (RFC 5321 §4.2.1).
    struct Line {
        let code: Int
        let isLast: Bool
        let text: String

        init?(_ line: String) {
            let characters = Array(line)
            guard characters.count >= 3, let code = Int(String(characters[0...2])), (200...599).contains(code)
            else { return nil }
            switch characters.dropFirst(3).first {
            case nil, " ": self.isLast = true
            case "-": self.isLast = false
            default: return nil
            }
            self.code = code
            self.text = String(characters.dropFirst(4))
        }
    }
}
