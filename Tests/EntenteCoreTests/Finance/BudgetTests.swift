import Foundation
import Testing
@testable import EntenteCore

@Suite struct BudgetTests {
    static let authorization = BudgetAuthorization(
        id: "art-23", kind: .programme, chapter: "902", functionalCode: "222", programme: "HP 222-004", action: "12200401",
        label: "Équipements", amount: Money(cents: 400_000_000), article: "Article 23")

    static func commitment(_ euros: Int64, _ status: BudgetCommitment.Status) -> BudgetCommitment {
        BudgetCommitment(conventionID: "c", authorizationID: "art-23", label: "Commande", amount: Money(cents: euros * 100),
                         status: status, date: CalendarDate(year: 2023, month: 3, day: 1)!, author: "a")
    }

    @Test func remainingCountsConfirmedCommitmentsAndTheWarningCountsDraftsToo() {
        let position = BudgetPosition(authorization: Self.authorization, commitments: [
            Self.commitment(2_500_000, .confirmed), Self.commitment(1_000_000, .draft), Self.commitment(900_000, .cancelled)])
        #expect(position.remaining == Money(cents: 150_000_000))
        #expect(position.remainingAfterDrafts == Money(cents: 50_000_000))
        #expect(position.overrun(adding: Money(cents: 50_000_000)) == nil)
        // Each under the remainder on its own, over it with the other draft: caught while drafted.
        #expect(position.overrun(adding: Money(cents: 60_000_000)) == Money(cents: 10_000_000))
    }

    @Test func statedTotalsMustBeTheSumOfTheAffectations() {
        var deliberation = BudgetDeliberation(
            id: "cp", reference: "CP", date: CalendarDate(year: 2023, month: 1, day: 25)!, party: "REGION", budgetYear: 2023,
            authorizations: [Self.authorization], statedTotals: [.init(kind: .programme, amount: Money(cents: 400_000_000)),
                                                                 .init(kind: .programme, functionalCode: "222", amount: Money(cents: 400_000_000))],
            source: SourceReference(file: "f", section: "s"))
        #expect(deliberation.mismatches.isEmpty)
        deliberation.statedTotals.append(.init(kind: .engagement, amount: Money(cents: 1)))
        #expect(deliberation.mismatches == [.init(stated: .init(kind: .engagement, amount: Money(cents: 1)), computed: Money(cents: 0))])
    }
}
