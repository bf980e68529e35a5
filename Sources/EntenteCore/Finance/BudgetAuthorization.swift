/// An amount a deliberation sets aside on the budget nomenclature (seed 000, CP 2023-021 articles 20 to 33):
/// an autorisation de programme (investment, AP) or d'engagement (operation, AE), on a chapter, a code
/// fonctionnel, a programme and an action.
public struct BudgetAuthorization: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// Autorisation de programme: investment.
        case programme
        /// Autorisation d'engagement: operation.
        case engagement
    }

    public var id: String
    public var kind: Kind
    public var chapter: String
    public var functionalCode: String
    public var programme: String
    public var action: String
    public var label: String
    public var amount: Money
    /// The article of the deliberation that decides it.
    public var article: String

    public init(id: String, kind: Kind, chapter: String, functionalCode: String, programme: String, action: String,
                label: String, amount: Money, article: String) {
        self.id = id
        self.kind = kind
        self.chapter = chapter
        self.functionalCode = functionalCode
        self.programme = programme
        self.action = action
        self.label = label
        self.amount = amount
        self.article = article
    }
}

/// A deliberation's affectations and the totals its report states, which the affectations must add up to.
public struct BudgetDeliberation: Codable, Hashable, Sendable, Identifiable {
    /// A total the text states: for a kind, optionally within one code fonctionnel.
    public struct StatedTotal: Codable, Hashable, Sendable {
        public var kind: BudgetAuthorization.Kind
        public var functionalCode: String?
        public var amount: Money
        public init(kind: BudgetAuthorization.Kind, functionalCode: String? = nil, amount: Money) {
            self.kind = kind
            self.functionalCode = functionalCode
            self.amount = amount
        }
    }

    /// A stated total the affectations do not add up to.
    public struct TotalMismatch: Hashable, Sendable {
        public var stated: StatedTotal
        public var computed: Money
    }

    public var id: String
    public var reference: String
    public var date: CalendarDate
    public var party: String
    public var budgetYear: Int
    public var authorizations: [BudgetAuthorization]
    public var statedTotals: [StatedTotal]
    public var source: SourceReference

    public init(id: String, reference: String, date: CalendarDate, party: String, budgetYear: Int,
                authorizations: [BudgetAuthorization], statedTotals: [StatedTotal], source: SourceReference) {
        self.id = id
        self.reference = reference
        self.date = date
        self.party = party
        self.budgetYear = budgetYear
        self.authorizations = authorizations
        self.statedTotals = statedTotals
        self.source = source
    }

    /// The sum of the affectations of a kind, within a code fonctionnel when given.
    public func total(_ kind: BudgetAuthorization.Kind, functionalCode: String? = nil) -> Money {
        authorizations.filter { $0.kind == kind && (functionalCode == nil || $0.functionalCode == functionalCode) }
            .map(\.amount).reduce(Money(cents: 0), +)
    }

    /// The stated totals the affectations do not add up to; empty when the text is consistent.
    public var mismatches: [TotalMismatch] {
        statedTotals.compactMap { stated in
            let computed = total(stated.kind, functionalCode: stated.functionalCode)
            return computed == stated.amount ? nil : TotalMismatch(stated: stated, computed: computed)
        }
    }
}
