import Foundation

/// An amount committed against an affectation (an order, a market's tranche), drafted then confirmed.
public struct BudgetCommitment: Codable, Hashable, Sendable, Identifiable {
    public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
        case draft, confirmed, cancelled
    }

    public var id: UUID
    public var conventionID: String
    public var authorizationID: String
    public var label: String
    public var amount: Money
    public var status: Status
    public var date: CalendarDate
    public var author: String

    public init(id: UUID = UUID(), conventionID: String, authorizationID: String, label: String, amount: Money,
                status: Status, date: CalendarDate, author: String) {
        self.id = id
        self.conventionID = conventionID
        self.authorizationID = authorizationID
        self.label = label
        self.amount = amount
        self.status = status
        self.date = date
        self.author = author
    }
}

/// Where an affectation stands: what is committed, what remains, and whether a commitment being drafted
/// would overrun it — counted cumulatively with every confirmed commitment and every other draft, so that
/// two drafts each under the remainder but over it together are caught while they are written.
public struct BudgetPosition: Hashable, Sendable {
    public var authorization: BudgetAuthorization
    public var confirmed: Money
    public var drafted: Money

    public init(authorization: BudgetAuthorization, commitments: [BudgetCommitment]) {
        self.authorization = authorization
        let mine = commitments.filter { $0.authorizationID == authorization.id }
        confirmed = mine.filter { $0.status == .confirmed }.map(\.amount).reduce(Money(cents: 0), +)
        drafted = mine.filter { $0.status == .draft }.map(\.amount).reduce(Money(cents: 0), +)
    }

    /// The affectation less the confirmed commitments.
    public var remaining: Money { Money(cents: authorization.amount.cents - confirmed.cents) }

    /// The affectation less every confirmed and drafted commitment.
    public var remainingAfterDrafts: Money { Money(cents: remaining.cents - drafted.cents) }

    /// By how much `amount`, added to every commitment already confirmed or drafted, would exceed the
    /// affectation; nil when it fits.
    public func overrun(adding amount: Money) -> Money? {
        let left = remainingAfterDrafts.cents - amount.cents
        return left < 0 ? Money(cents: -left) : nil
    }
}
