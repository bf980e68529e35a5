import Testing
@testable import EntenteCore

@Suite struct ApportionmentTests {
    @Test func theRemainderCentsGoToTheLargestRemaindersThenTheEarlierListed() throws {
        // 1 221 000 € among 13: 9 392 307,69… cents each, 9 cents left over.
        let parts = try Apportionment.divide(Money(cents: 122_100_000), weights: Array(repeating: 1, count: 13))
        #expect(parts.map(\.amount.cents).reduce(0, +) == 122_100_000)
        #expect(parts.prefix(9).allSatisfy { $0.amount.cents == 9_392_308 && $0.receivedRemainderCent })
        #expect(parts.suffix(4).allSatisfy { $0.amount.cents == 9_392_307 && !$0.receivedRemainderCent })
    }

    @Test func unequalWeightsGiveTheCentToTheLargestFraction() throws {
        // 1,00 € by 1:1:1 → 34, 33, 33; by 1:2 → 33,33… and 66,66…: the second has the larger fraction.
        #expect(try Apportionment.divide(Money(cents: 100), weights: [1, 1, 1]).map(\.amount.cents) == [34, 33, 33])
        #expect(try Apportionment.divide(Money(cents: 100), weights: [1, 2]).map(\.amount.cents) == [33, 67])
        #expect(try Apportionment.divide(Money(cents: 100), weights: [0, 5]).map(\.amount.cents) == [0, 100])
    }

    @Test(arguments: [(1, [7, 3, 11, 5]), (987_654_321, [1, 1, 1, 1, 1, 1, 1]), (100, [365, 120]), (5, [1, 1, 1, 1, 1, 1])] as [(Int64, [Int64])])
    func partsAlwaysSumToTheTotal(cents: Int64, weights: [Int64]) throws {
        let parts = try Apportionment.divide(Money(cents: cents), weights: weights)
        #expect(parts.map(\.amount.cents).reduce(0, +) == cents)
        #expect(parts.allSatisfy { ($0.amount.cents - $0.exactCents.floor) <= 1 })
    }

    @Test func refusesWhatCannotBeDivided() {
        #expect(throws: Apportionment.Problem.noParts) { try Apportionment.divide(Money(cents: 1), weights: []) }
        #expect(throws: Apportionment.Problem.zeroTotalWeight) { try Apportionment.divide(Money(cents: 1), weights: [0, 0]) }
        #expect(throws: Apportionment.Problem.negativeWeight(index: 1)) { try Apportionment.divide(Money(cents: 1), weights: [2, -1]) }
    }

    @Test func fractionsAreExact() {
        #expect(ExactFraction(6, -4) == ExactFraction(-3, 2))
        #expect(ExactFraction(-3, 2).floor == -2 && ExactFraction(-3, 2).ceiling == -1 && ExactFraction(-3, 2).nearest == -2)
        #expect(ExactFraction(5, 2).nearest == 3 && ExactFraction(7, 3).nearest == 2 && ExactFraction(7, 3).ceiling == 3)
        #expect(ExactFraction(1, 3) + ExactFraction(1, 6) == ExactFraction(1, 2))
        #expect(ExactFraction(122_100_000, 13).decimalText(decimals: 2) == "9392307.69")
        #expect(ExactFraction(1, 3) < ExactFraction(1, 2))
    }

    @Test func decimalFiguresKeepTheirDigits() throws {
        let index = try #require(DecimalFigure("313,3"))
        #expect(index.units == 3133 && index.decimals == 1 && index.description == "313.3")
        #expect(DecimalFigure("1.000")?.description == "1.000")
        #expect(DecimalFigure("-0,15")?.fraction == ExactFraction(-3, 20))
        #expect(DecimalFigure("0,05")?.description == "0.05")
        for bad in ["", "1,2,3", "1e3", "abc", "3,", ",5"] { #expect(DecimalFigure(bad) == nil, "\(bad)") }
        #expect(DecimalFigure(rounding: ExactFraction(3200, 3133), decimals: 3).description == "1.021")
    }

    @Test(arguments: [
        (RoundingRule(unit: .euro, direction: .up), ExactFraction(1_841_100_001, 1000), Int64(1_841_200)),
        (RoundingRule(unit: .euro, direction: .up), ExactFraction(1_841_100), 1_841_100),
        (RoundingRule(unit: .euro, direction: .down), ExactFraction(9_392_307), 9_392_300),
        (RoundingRule(unit: .euro, direction: .nearest), ExactFraction(150), 200),
        (RoundingRule(unit: .euro, direction: .nearest), ExactFraction(149), 100),
        (RoundingRule(unit: .cent, direction: .nearest), ExactFraction(1, 2), 1),
        (RoundingRule(unit: .cent, direction: .up), ExactFraction(1, 3), 1),
    ] as [(RoundingRule, ExactFraction, Int64)])
    func roundingRulesRoundOnce(rule: RoundingRule, cents: ExactFraction, expected: Int64) {
        #expect(rule.apply(toCents: cents).cents == expected)
    }

    @Test func roundingRulesReadAsFilesWriteThem() {
        #expect(RoundingRule("euro-up") == RoundingRule(unit: .euro, direction: .up))
        #expect(RoundingRule("cent-nearest")?.description == "cent-nearest")
        #expect(RoundingRule("euro") == nil && RoundingRule("dollar-up") == nil)
    }
}
