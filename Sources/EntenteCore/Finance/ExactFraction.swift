/// A rational number held as two integers, so that a sum is computed exactly and rounded once, where the
/// convention says: a price revised by an index ratio, a prorata of months, a share of an envelope.
public struct ExactFraction: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    /// Always positive; the fraction is kept in lowest terms.
    public let denominator: Int64

    public init(_ numerator: Int64, _ denominator: Int64 = 1) {
        precondition(denominator != 0, "a fraction has no zero denominator")
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        let sign: Int64 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int64(divisor)
        self.denominator = sign * denominator / Int64(divisor)
    }

    public static func + (lhs: ExactFraction, rhs: ExactFraction) -> ExactFraction {
        let common = lhs.denominator / Int64(gcd(lhs.denominator.magnitude, rhs.denominator.magnitude)) * rhs.denominator
        return ExactFraction(lhs.numerator * (common / lhs.denominator) + rhs.numerator * (common / rhs.denominator), common)
    }

    public static func * (lhs: ExactFraction, rhs: ExactFraction) -> ExactFraction {
        // Cross-reduce first: the products stay small enough for 64 bits on the sums of public budgets.
        let left = gcd(lhs.numerator.magnitude, rhs.denominator.magnitude), right = gcd(rhs.numerator.magnitude, lhs.denominator.magnitude)
        return ExactFraction((lhs.numerator / Int64(left)) * (rhs.numerator / Int64(right)),
                             (lhs.denominator / Int64(right)) * (rhs.denominator / Int64(left)))
    }

    public static func / (lhs: ExactFraction, rhs: ExactFraction) -> ExactFraction {
        precondition(rhs.numerator != 0, "division by zero")
        return lhs * ExactFraction(rhs.denominator, rhs.numerator)
    }

    public static func < (lhs: ExactFraction, rhs: ExactFraction) -> Bool {
        (lhs + ExactFraction(-rhs.numerator, rhs.denominator)).numerator < 0
    }

    /// The largest integer not above the fraction.
    public var floor: Int64 {
        numerator >= 0 ? numerator / denominator : -((-numerator + denominator - 1) / denominator)
    }

    /// The smallest integer not below the fraction.
    public var ceiling: Int64 { -ExactFraction(-numerator, denominator).floor }

    /// The nearest integer, halves away from zero (the French administration's "arrondi au plus proche").
    public var nearest: Int64 {
        let magnitude = ExactFraction(Int64(numerator.magnitude), denominator)
        let rounded = (magnitude + ExactFraction(1, 2)).floor
        return numerator < 0 ? -rounded : rounded
    }

    /// `93923.076923…` cut to `decimals` digits, for the arithmetic a page shows beside a rounded figure.
    public func decimalText(decimals: Int) -> String {
        let scale = Self.power(decimals)
        let scaled = (self * ExactFraction(scale)).floor
        let whole = scaled / scale, fraction = String(scaled % scale)
        guard decimals > 0 else { return String(whole) }
        return "\(whole).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }

    /// `9392307.6923…`: at most `decimals` digits, at least `minimum`, and an ellipsis when digits were cut.
    public func approximateText(decimals: Int, minimum: Int = 0) -> String {
        var text = decimalText(decimals: decimals)
        let exact = ExactFraction((self * ExactFraction(Self.power(decimals))).floor, Self.power(decimals)) == self
        if decimals > 0 {
            while text.last == "0", text.count - (text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? 0) - 1 > minimum {
                text.removeLast()
            }
            if text.last == "." { text.removeLast() }
        }
        return exact ? text : text + "…"
    }

    static func power(_ exponent: Int) -> Int64 { (0..<exponent).reduce(1) { value, _ in value * 10 } }

    public var description: String { denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)" }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }
}
