import Foundation

/// A French département, by its official code. It decides the local public holidays
/// (Alsace-Moselle, overseas) and, overseas, the time zone of the wall clock.
public struct FrenchDepartment: Hashable, Sendable, CustomStringConvertible {
    public let code: String

    /// Accepts `35`, `2A`, `974`, and the three-digit form of ministry files (`035`).
    public init(code: String) throws(WorkingTimeError) {
        var normalized = code.trimmingCharacters(in: .whitespaces).uppercased()
        if normalized.count == 3, normalized.hasPrefix("0") { normalized.removeFirst() }
        guard Self.isKnown(normalized) else { throw .unknownDepartment(code) }
        self.code = normalized
    }

    public var description: String { code }

    /// Moselle, Bas-Rhin and Haut-Rhin keep Good Friday and 26 December under their local law.
    public var isAlsaceMoselle: Bool { ["57", "67", "68"].contains(code) }

    /// Metropolitan France, Corsica included, is on Paris time; overseas départements on their own.
    public var timeZone: TimeZone {
        Self.overseas[code].map { TimeZone(identifier: $0.timeZone)! } ?? .europeParis
    }

    /// The overseas commemoration of the abolition of slavery, a public holiday on a date set for
    /// each département (loi n° 83-550 du 30 juin 1983, décret n° 83-1003 du 23 novembre 1983 modifié).
    var abolitionOfSlavery: (month: Int, day: Int)? {
        Self.overseas[code].map { ($0.month, $0.day) }
    }

    private static let overseas: [String: (timeZone: String, month: Int, day: Int)] = [
        "971": ("America/Guadeloupe", 5, 27),
        "972": ("America/Martinique", 5, 22),
        "973": ("America/Cayenne", 6, 10),
        "974": ("Indian/Reunion", 12, 20),
        "976": ("Indian/Mayotte", 4, 27),
    ]

    /// 01–95 (Corsica is 2A and 2B since 1976, there is no 20) and the five overseas départements.
    private static func isKnown(_ code: String) -> Bool {
        if code == "2A" || code == "2B" || overseas[code] != nil { return true }
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(code)
        else { return false }
        return (1...95).contains(number) && number != 20
    }
}
