/// Divides an amount among shares in proportion to their weights so that the parts sum to the amount
/// to the cent: each part is its exact share rounded down to the cent, and the cents left over go one
/// each to the parts whose rounding dropped the most (largest remainders), ties to the earlier listed.
/// A remainder is always fewer cents than there are parts.
public enum Apportionment {
    public struct Part: Hashable, Sendable {
        /// The exact share, in cents, before rounding.
        public var exactCents: ExactFraction
        public var amount: Money
        /// Whether one of the leftover cents went to this part.
        public var receivedRemainderCent: Bool
    }

    public enum Problem: Error, Hashable, Sendable {
        case noParts
        case negativeWeight(index: Int)
        case zeroTotalWeight
    }

    public static func divide(_ total: Money, weights: [Int64]) throws(Problem) -> [Part] {
        guard !weights.isEmpty else { throw .noParts }
        if let index = weights.firstIndex(where: { $0 < 0 }) { throw .negativeWeight(index: index) }
        let sum = weights.reduce(0, +)
        guard sum > 0 else { throw .zeroTotalWeight }
        let exact = weights.map { ExactFraction(total.cents) * ExactFraction($0, sum) }
        var amounts = exact.map(\.floor)
        let leftover = total.cents - amounts.reduce(0, +)
        let remainders = exact.enumerated().map { ($0.offset, $0.element + ExactFraction(-amounts[$0.offset])) }
        let receivers = Set(remainders.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(Int(leftover)).map(\.0))
        for index in receivers { amounts[index] += 1 }
        return exact.indices.map {
            Part(exactCents: exact[$0], amount: Money(cents: amounts[$0]), receivedRemainderCent: receivers.contains($0))
        }
    }
}
