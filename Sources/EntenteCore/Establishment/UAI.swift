import Foundation

/// The national identifier of an establishment: seven characters and a check letter (0350001A).
/// The letter is the seven-digit number modulo 23 read in an alphabet without I, O and Q.
public struct UAI: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    public enum Invalid: Error, Equatable, CustomStringConvertible {
        case length(String)
        case notDigits(String)
        case checkLetter(String, expected: Character)

        public var description: String {
            switch self {
            case .length(let text):
                "UAI '\(text)' must be 8 characters: 7 digits then a check letter (e.g. 0350001A)"
            case .notDigits(let text):
                "UAI '\(text)' must start with 7 digits"
            case .checkLetter(let text, let expected):
                "UAI '\(text)' has a wrong check letter: expected \(expected) (\(text.prefix(7))\(expected))"
            }
        }
    }

    static let checkAlphabet = Array("ABCDEFGHJKLMNPRSTUVWXYZ")

    public init(_ text: String) throws(Invalid) {
        let text = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard text.count == 8 else { throw .length(text) }
        let digits = text.prefix(7)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { throw .notDigits(text) }
        let expected = Self.checkAlphabet[number % 23]
        guard text.last == expected else { throw .checkLetter(text, expected: expected) }
        value = text
    }

    /// The check letter for seven digits, for generating demo identifiers.
    public static func checkLetter(for digits: Int) -> Character { checkAlphabet[digits % 23] }

    public var description: String { value }

    public static func < (lhs: UAI, rhs: UAI) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
