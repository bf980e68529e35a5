/// A contribution one party pays another every year, as the convention's financial annex sets it
/// (seed 002: the Département pays the académie a price per pupil for the ENT): the price, the quantity
/// it applies to and where that comes from, the index that revises it, the months counted each year,
/// the rounding rule, the instalments and the split by budget nature.
public struct ContributionSchedule: Codable, Hashable, Sendable, Identifiable {
    /// The revision P = P0 × (a + b × I / I0): `a` the fixed part, `b` the indexed part.
    public struct Revision: Codable, Hashable, Sendable {
        /// The index's name (Syntec).
        public var index: String
        /// I0, and the month it was read for (mai 2024).
        public var base: DecimalFigure
        public var baseLabel: String
        public var fixedPart: DecimalFigure
        public var indexedPart: DecimalFigure
        /// How many decimals the coefficient is rounded to (seed 002 writes "1,000").
        public var coefficientDecimals: Int
        public var values: [IndexValue]

        public init(index: String, base: DecimalFigure, baseLabel: String, fixedPart: DecimalFigure,
                    indexedPart: DecimalFigure, coefficientDecimals: Int, values: [IndexValue]) {
            self.index = index
            self.base = base
            self.baseLabel = baseLabel
            self.fixedPart = fixedPart
            self.indexedPart = indexedPart
            self.coefficientDecimals = coefficientDecimals
            self.values = values
        }
    }

    /// The index value that revises one year's price, with the month it is read for and its publication.
    public struct IndexValue: Codable, Hashable, Sendable {
        public var year: Int
        public var value: DecimalFigure
        public var label: String
        public var published: CalendarDate?

        public init(year: Int, value: DecimalFigure, label: String, published: CalendarDate? = nil) {
            self.year = year
            self.value = value
            self.label = label
            self.published = published
        }
    }

    /// The quantity one year's amount is computed on (the pupils of the last known constat définitif).
    public struct Quantity: Codable, Hashable, Sendable {
        public var year: Int
        public var count: Int
        public var source: String
        public var sourceDate: CalendarDate?

        public init(year: Int, count: Int, source: String, sourceDate: CalendarDate? = nil) {
            self.year = year
            self.count = count
            self.source = source
            self.sourceDate = sourceDate
        }
    }

    /// A share of the amount by budget nature (maintenance évolutive 60 %, investissement 40 %).
    public struct Share: Codable, Hashable, Sendable {
        public var nature: String
        public var percent: DecimalFigure

        public init(nature: String, percent: DecimalFigure) {
            self.nature = nature
            self.percent = percent
        }
    }

    /// A payment of part of the amount, due on a day of the year (one instalment in the first half-year: 30 June).
    public struct Instalment: Codable, Hashable, Sendable {
        public var label: String
        public var percent: DecimalFigure
        public var dueMonth: Int
        public var dueDay: Int

        public init(label: String, percent: DecimalFigure, dueMonth: Int, dueDay: Int) {
            self.label = label
            self.percent = percent
            self.dueMonth = dueMonth
            self.dueDay = dueDay
        }
    }

    public var id: String
    public var title: String
    /// Party codes of the convention.
    public var payer: String
    public var payee: String
    /// What the price is per (élève).
    public var unit: String
    /// P0, and the party that fixed it.
    public var price: Money
    public var priceSetBy: String?
    public var revision: Revision?
    public var quantities: [Quantity]
    /// Months counted per year, out of twelve (seed 002: 4 in 2025, 12 in 2026).
    public var months: [Int: Int]
    public var rounding: RoundingRule
    public var instalments: [Instalment]
    public var shares: [Share]
    public var source: SourceReference

    public init(id: String, title: String, payer: String, payee: String, unit: String, price: Money, priceSetBy: String? = nil,
                revision: Revision? = nil, quantities: [Quantity], months: [Int: Int], rounding: RoundingRule,
                instalments: [Instalment], shares: [Share], source: SourceReference) {
        self.id = id
        self.title = title
        self.payer = payer
        self.payee = payee
        self.unit = unit
        self.price = price
        self.priceSetBy = priceSetBy
        self.revision = revision
        self.quantities = quantities
        self.months = months
        self.rounding = rounding
        self.instalments = instalments
        self.shares = shares
        self.source = source
    }

    /// The years the schedule computes an amount for.
    public var years: [Int] { months.keys.sorted() }
}
