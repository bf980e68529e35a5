/// How a convention rounds a sum it computes: to which unit, in which direction. Seed 002's ENT
/// contribution is "arrondi à l'euro supérieur": `RoundingRule(unit: .euro, direction: .up)`.
public struct RoundingRule: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case cent, euro

        var cents: Int64 { self == .cent ? 1 : 100 }
    }

    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        /// Towards the larger amount ("supérieur").
        case up
        /// Towards the smaller amount ("inférieur").
        case down
        /// To the nearest unit, halves up.
        case nearest
    }

    public var unit: Unit
    public var direction: Direction

    public init(unit: Unit, direction: Direction) {
        self.unit = unit
        self.direction = direction
    }

    /// An exact number of cents, rounded by the rule.
    public func apply(toCents amount: ExactFraction) -> Money {
        let inUnits = amount / ExactFraction(unit.cents)
        let units = switch direction {
        case .up: inUnits.ceiling
        case .down: inUnits.floor
        case .nearest: inUnits.nearest
        }
        return Money(cents: units * unit.cents)
    }

    /// `euro-up`, as the convention file writes it.
    public var description: String { "\(unit.rawValue)-\(direction.rawValue)" }

    public init?(_ text: String) {
        let parts = text.split(separator: "-").map(String.init)
        guard parts.count == 2, let unit = Unit(rawValue: parts[0]), let direction = Direction(rawValue: parts[1]) else { return nil }
        self.init(unit: unit, direction: direction)
    }
}
