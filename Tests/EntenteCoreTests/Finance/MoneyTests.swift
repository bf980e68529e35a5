import Testing
@testable import EntenteCore

@Suite struct MoneyTests {
    @Test(arguments: [
        ("1234,56", 123_456), ("1 234,56 €", 123_456), ("1\u{202F}234,56\u{00A0}€", 123_456), ("1234.56", 123_456),
        ("1.234,56", 123_456), ("1,234.56", 123_456), ("1.234.567", 123_456_700), ("12", 1_200), ("12,5", 1_250),
        ("0,07", 7), (",5", 50), ("-12 EUR", -1_200), ("+3", 300), ("1 299 €", 129_900),
    ] as [(String, Int64)])
    func readsAmountsAsPeopleWriteThem(text: String, cents: Int64) throws {
        #expect(try Money(parsing: text).cents == cents)
    }

    @Test(arguments: [
        ("", Money.ParseError.empty), ("€", .empty), ("12,345", .tooManyDecimals), ("1.234", .tooManyDecimals),
        ("douze", .notAnAmount), ("12,3,4.5", .notAnAmount), ("1e3", .notAnAmount), ("-", .notAnAmount),
        ("12$", .notAnAmount), ("9999999999999999", .tooLarge),
    ] as [(String, Money.ParseError)])
    func refusesWhatIsNotAnExactAmount(text: String, error: Money.ParseError) {
        #expect(throws: error) { try Money(parsing: text) }
    }

    @Test func writesTwoDecimalsWithADot() {
        #expect(Money(cents: 123_456).description == "1234.56")
        #expect(Money(cents: 7).description == "0.07")
        #expect(Money(cents: -1_250).description == "-12.50")
        #expect(Money(cents: 5) + Money(cents: 95) == Money(cents: 100))
    }
}
