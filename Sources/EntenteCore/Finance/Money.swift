/// An amount in euros, held in integer cents: never a floating-point number.
public struct Money: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    /// Why a text is not an amount.
    public enum ParseError: Error, Hashable, Sendable {
        case empty
        /// Not digits with one decimal separator (after removing spaces, `€` and `EUR`).
        case notAnAmount
        /// More than two decimals: the amount would have to be rounded, which is the author's choice.
        case tooManyDecimals
        case tooLarge
    }

    /// Reads an amount as French office software and people write it: `1 234,56 €`, `1234.56`,
    /// `1.234,56`, `1,234.56`, `-12 EUR`. With both separators, the last one is the decimal mark;
    /// one separator used once is the decimal mark, used several times it groups thousands
    /// (`1.234.567`). At most two decimals: cents are never rounded silently, so `1.234` is refused
    /// rather than guessed.
    public init(parsing text: String) throws(ParseError) {
        var body = text.filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{00A0}" && $0 != "€" }
        if body.uppercased().hasSuffix("EUR") { body = String(body.dropLast(3)) }
        guard !body.isEmpty else { throw .empty }
        let negative = body.hasPrefix("-")
        if negative || body.hasPrefix("+") { body.removeFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else { throw .notAnAmount }
        let separators = Array(body.filter { $0 == "," || $0 == "." })
        var decimalMark: Character?, groupMark: Character?
        if let last = separators.last {
            if Set(separators).count == 2 {
                (decimalMark, groupMark) = (last, last == "," ? "." : ",")
            } else if separators.count == 1 {
                decimalMark = last
            } else {
                groupMark = last
            }
        }
        if let decimalMark, separators.count(where: { $0 == decimalMark }) > 1 { throw .notAnAmount }
        let parts = decimalMark.map { mark in body.split(separator: mark, omittingEmptySubsequences: false).map(String.init) } ?? [body]
        let decimals = parts.count > 1 ? parts[1] : ""
        let groups = groupMark.map { mark in parts[0].split(separator: mark, omittingEmptySubsequences: false).map(String.init) } ?? [parts[0]]
        // Thousands come in threes: "12,3,4.5" is no amount anyone meant.
        if groups.count > 1, !(1...3).contains(groups[0].count) || groups.dropFirst().contains(where: { $0.count != 3 }) {
            throw .notAnAmount
        }
        let integer = groups.joined()
        guard !integer.isEmpty || !decimals.isEmpty, integer.allSatisfy(\.isNumber), decimals.allSatisfy(\.isNumber)
        else { throw .notAnAmount }
        guard decimals.count <= 2 else { throw .tooManyDecimals }
        let paddedDecimals = decimals + String(repeating: "0", count: 2 - decimals.count)
        guard integer.count <= 15, let whole = Int64(integer.isEmpty ? "0" : integer), let fraction = Int64(paddedDecimals)
        else { throw .tooLarge }
        cents = (whole * 100 + fraction) * (negative ? -1 : 1)
    }

    /// `1234.50`: the amount with a dot and two decimals, as files and the API write it.
    public var description: String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + "\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `18411` when whole euros are the unit a rule rounded to, `93923.08` otherwise.
    public func text(in unit: RoundingRule.Unit) -> String {
        unit == .euro && cents % 100 == 0 ? String(cents / 100) : description
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
}
