/// A figure written with decimals in a text — an index value (313,3), a coefficient (1,000), a share
/// (0,6) — kept exactly as written: its digits and how many of them follow the decimal mark.
public struct DecimalFigure: Hashable, Sendable, CustomStringConvertible, Codable {
    public let units: Int64
    public let decimals: Int

    public init(units: Int64, decimals: Int) {
        self.units = units
        self.decimals = decimals
    }

    /// `313,3`, `313.3`, `1`, `-0,15`: digits with at most one decimal mark, a comma or a dot.
    public init?(_ text: String) {
        var body = text.trimmingSpaces
        let negative = body.hasPrefix("-")
        if negative { body.removeFirst() }
        let parts = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || !parts[1].isEmpty, parts.joined().count <= 15,
              let digits = Int64(parts.joined()) else { return nil }
        units = negative ? -digits : digits
        decimals = parts.count == 2 ? parts[1].count : 0
    }

    public var fraction: ExactFraction {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        return ExactFraction(units, scale)
    }

    /// The fraction rounded half away from zero to `decimals` digits.
    public init(rounding value: ExactFraction, decimals: Int) {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        self.init(units: (value * ExactFraction(scale)).nearest, decimals: decimals)
    }

    /// `313.3`, as files write it.
    public var description: String {
        guard decimals > 0 else { return String(units) }
        let digits = String(units.magnitude)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        return (units < 0 ? "-" : "") + padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let figure = DecimalFigure(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a decimal figure: \(text)"))
        }
        self = figure
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
