/// One year's contribution computed from its schedule, every step kept so that a page, a call for funds
/// and the command line show the arithmetic: P = P0 × (a + b × I / I0) with the coefficient rounded as the
/// convention writes it, the annual amount quantity × P, the prorata of months, then the rounding rule —
/// applied once, to the amount (seed 002: "le prix de la contribution annuelle est arrondi à l'euro
/// supérieur"); the revised price is not rounded on its own.
public struct ContributionCalculation: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public var label: String
        public var percent: DecimalFigure
        public var amount: Money
    }

    public struct Payment: Hashable, Sendable {
        public var label: String
        public var due: CalendarDate
        public var amount: Money
    }

    public var year: Int
    public var quantity: ContributionSchedule.Quantity
    /// Whether the quantity was given for this calculation instead of read from the schedule.
    public var quantityGiven: Bool
    public var basePrice: Money
    public var indexValue: ContributionSchedule.IndexValue?
    public var indexGiven: Bool
    /// a + b × I / I0, rounded to the schedule's decimals; 1 without a revision.
    public var coefficient: DecimalFigure
    /// P0 × coefficient, exact, in cents.
    public var revisedPriceCents: ExactFraction
    /// quantity × P, exact, in cents.
    public var annualCents: ExactFraction
    public var months: Int
    /// annual × months / 12, exact, in cents.
    public var proratedCents: ExactFraction
    public var rounding: RoundingRule
    public var amount: Money
    public var shares: [Part]
    public var payments: [Payment]

    public enum Problem: Error, Hashable, Sendable {
        /// The schedule counts no months for that year.
        case yearNotScheduled(year: Int, scheduled: [Int])
        case quantityMissing(year: Int)
        case indexValueMissing(year: Int, index: String)
        case notAPositiveQuantity(Int)
        case notAPositiveIndex
        /// Shares or instalments that do not make 100 %.
        case percentagesNotWhole(what: String, total: DecimalFigure)
        case negativePercentage(what: String)
    }

    /// - Parameters:
    ///   - quantity: replaces the schedule's quantity for the year (a constat définitif just published).
    ///   - index: replaces the schedule's index value for the year.
    public static func compute(_ schedule: ContributionSchedule, year: Int, quantity given: Int? = nil,
                               index givenIndex: DecimalFigure? = nil) throws(Problem) -> ContributionCalculation {
        guard let months = schedule.months[year] else { throw .yearNotScheduled(year: year, scheduled: schedule.years) }
        let quantity: ContributionSchedule.Quantity
        if let given {
            guard given > 0 else { throw .notAPositiveQuantity(given) }
            quantity = .init(year: year, count: given, source: "")
        } else {
            guard let known = schedule.quantities.last(where: { $0.year == year }) else { throw .quantityMissing(year: year) }
            quantity = known
        }
        var coefficient = DecimalFigure(units: 1, decimals: 0), indexValue: ContributionSchedule.IndexValue?
        if let revision = schedule.revision {
            let value: ContributionSchedule.IndexValue
            if let givenIndex {
                value = .init(year: year, value: givenIndex, label: "")
            } else {
                guard let known = revision.values.last(where: { $0.year == year }) else {
                    throw .indexValueMissing(year: year, index: revision.index)
                }
                value = known
            }
            guard value.value.units > 0, revision.base.units > 0 else { throw .notAPositiveIndex }
            let exact = revision.fixedPart.fraction + revision.indexedPart.fraction * (value.value.fraction / revision.base.fraction)
            coefficient = DecimalFigure(rounding: exact, decimals: revision.coefficientDecimals)
            indexValue = value
        }
        let revised = ExactFraction(schedule.price.cents) * coefficient.fraction
        let annual = revised * ExactFraction(Int64(quantity.count))
        let prorated = annual * ExactFraction(Int64(months), 12)
        let amount = schedule.rounding.apply(toCents: prorated)
        let shares = try split(amount, schedule.shares.map { ($0.nature, $0.percent) }, what: "shares")
        let instalments = try split(amount, schedule.instalments.map { ($0.label, $0.percent) }, what: "instalments")
        let payments = zip(schedule.instalments, instalments).compactMap { instalment, part in
            CalendarDate(year: year, month: instalment.dueMonth, day: instalment.dueDay).map {
                Payment(label: instalment.label, due: $0, amount: part.amount)
            }
        }
        return ContributionCalculation(
            year: year, quantity: quantity, quantityGiven: given != nil, basePrice: schedule.price, indexValue: indexValue,
            indexGiven: givenIndex != nil, coefficient: coefficient, revisedPriceCents: revised, annualCents: annual,
            months: months, proratedCents: prorated, rounding: schedule.rounding, amount: amount, shares: shares,
            payments: payments)
    }

    /// The amount split by percentages that must make 100, to the cent (largest remainders).
    private static func split(_ amount: Money, _ items: [(String, DecimalFigure)], what: String) throws(Problem) -> [Part] {
        guard !items.isEmpty else { return [] }
        let total = items.map(\.1.fraction).reduce(ExactFraction(0), +)
        guard total == ExactFraction(100) else {
            throw .percentagesNotWhole(what: what, total: DecimalFigure(rounding: total, decimals: 2))
        }
        let scale = items.map(\.1.decimals).max() ?? 0
        let weights = items.map { ($0.1.fraction * ExactFraction(pow10(scale))).floor }
        let parts: [Apportionment.Part]
        do { parts = try Apportionment.divide(amount, weights: weights) } catch { throw .negativePercentage(what: what) }
        return zip(items, parts).map { Part(label: $0.0, percent: $0.1, amount: $1.amount) }
    }

    private static func pow10(_ exponent: Int) -> Int64 { (0..<exponent).reduce(1) { value, _ in value * 10 } }
}
