import Testing
@testable import EntenteCore

/// Seed 002's financial annex: 1,70 € per pupil, 32 490 pupils, Syntec 313,3, rounded up to the euro.
@Suite struct ContributionCalculationTests {
    static func schedule(fixed: String = "0", indexed: String = "1", months: [Int: Int] = [2025: 4, 2026: 12],
                         shares: [(String, String)] = [("Maintenance évolutive", "60"), ("Investissement", "40")],
                         values: [Int: String] = [2025: "313,3", 2026: "313,3"]) -> ContributionSchedule {
        ContributionSchedule(
            id: "contribution-ent", title: "ENT", payer: "CD", payee: "ACA", unit: "élève", price: Money(cents: 170), priceSetBy: "ACA",
            revision: .init(index: "Syntec", base: DecimalFigure("313,3")!, baseLabel: "mai 2024", fixedPart: DecimalFigure(fixed)!,
                            indexedPart: DecimalFigure(indexed)!, coefficientDecimals: 3,
                            values: values.map { .init(year: $0.key, value: DecimalFigure($0.value)!, label: "mai \($0.key - 1)") }),
            quantities: [.init(year: 2025, count: 32_490, source: "constat 2024-2025"), .init(year: 2026, count: 32_490, source: "constat 2024-2025")],
            months: months, rounding: RoundingRule(unit: .euro, direction: .up),
            instalments: [.init(label: "Versement unique", percent: DecimalFigure("100")!, dueMonth: 6, dueDay: 30)],
            shares: shares.map { .init(nature: $0.0, percent: DecimalFigure($0.1)!) },
            source: SourceReference(file: "002_0bfe129f4fa93de7.txt", section: "Annexe financière"))
    }

    @Test func reproducesTheTwoContributionsOfTheAnnex() throws {
        let first = try ContributionCalculation.compute(Self.schedule(), year: 2025)
        #expect(first.amount == Money(cents: 1_841_100))
        #expect(first.coefficient.description == "1.000" && first.months == 4)
        #expect(first.annualCents == ExactFraction(5_523_300))
        let second = try ContributionCalculation.compute(Self.schedule(), year: 2026)
        #expect(second.amount == Money(cents: 5_523_300) && second.months == 12)
    }

    @Test func splitsByBudgetNatureAndPaysInTheFirstHalfYear() throws {
        let calculation = try ContributionCalculation.compute(Self.schedule(), year: 2025)
        #expect(calculation.shares.map(\.amount.cents) == [1_104_660, 736_440])
        #expect(calculation.payments.map(\.amount) == [Money(cents: 1_841_100)])
        #expect(calculation.payments.first?.due == CalendarDate(year: 2025, month: 6, day: 30))
    }

    @Test func roundsUpToTheEuroOnceOnTheAmount() throws {
        // 32 491 pupils for 4 months: 1,70 × 32 491 × 4 / 12 = 18 411,566… → 18 412.
        let calculation = try ContributionCalculation.compute(Self.schedule(), year: 2025, quantity: 32_491)
        #expect(calculation.proratedCents == ExactFraction(5_523_470, 3))
        #expect(calculation.amount == Money(cents: 1_841_200))
        #expect(calculation.quantityGiven)
    }

    @Test func revisesThePriceByTheIndexFormula() throws {
        // a = 0,15, b = 0,85, I = 320 → 0,15 + 0,85 × 320 / 313,3 = 1,018178… → 1,018; 1,70 × 1,018 = 1,7306.
        let schedule = Self.schedule(fixed: "0,15", indexed: "0,85", values: [2025: "313,3", 2026: "320"])
        let calculation = try ContributionCalculation.compute(schedule, year: 2026)
        #expect(calculation.coefficient.description == "1.018")
        #expect(calculation.revisedPriceCents == ExactFraction(86_530, 500))
        // 32 490 × 1,7306 = 56 227,194 → 56 228.
        #expect(calculation.amount == Money(cents: 5_622_800))
        let given = try ContributionCalculation.compute(schedule, year: 2026, index: DecimalFigure("313,3"))
        #expect(given.amount == Money(cents: 5_523_300) && given.indexGiven)
    }

    @Test func refusesWhatItCannotCompute() {
        #expect(throws: ContributionCalculation.Problem.yearNotScheduled(year: 2027, scheduled: [2025, 2026])) {
            try ContributionCalculation.compute(Self.schedule(), year: 2027)
        }
        #expect(throws: ContributionCalculation.Problem.indexValueMissing(year: 2026, index: "Syntec")) {
            try ContributionCalculation.compute(Self.schedule(values: [2025: "313,3"]), year: 2026)
        }
        #expect(throws: ContributionCalculation.Problem.quantityMissing(year: 2027)) {
            try ContributionCalculation.compute(Self.schedule(months: [2027: 12], values: [2027: "320"]), year: 2027)
        }
        #expect(throws: ContributionCalculation.Problem.percentagesNotWhole(what: "shares", total: DecimalFigure("90.00")!)) {
            try ContributionCalculation.compute(Self.schedule(shares: [("A", "60"), ("B", "30")]), year: 2025)
        }
        #expect(throws: ContributionCalculation.Problem.notAPositiveQuantity(0)) {
            try ContributionCalculation.compute(Self.schedule(), year: 2025, quantity: 0)
        }
    }
}
