import Foundation

/// The interface languages: French first, English second.
public enum Language: String, CaseIterable, Sendable {
    case fr, en

    public static let cookieName = "entente-lang"

    /// The first of our languages in an `Accept-Language` header, French when none is.
    public static func preferred(acceptLanguage header: String?) -> Language {
        let ranked = (header ?? "").split(separator: ",").compactMap { part -> (Language, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased().split(separator: "-").first,
                  let language = Language(rawValue: String(tag)) else { return nil }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (language, quality)
        }
        return ranked.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0 ?? .fr
    }

    /// The other language, offered by the switch.
    public var other: Language { self == .fr ? .en : .fr }

    /// The name of the language in itself, for the switch.
    public var endonym: String { self == .fr ? "Français" : "English" }
}
