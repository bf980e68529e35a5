import Testing
@testable import EntenteCore

@Suite struct AssetFundingTests {
    @Test func aSingleFunderIsTheOrigin() {
        #expect(AssetFunding.collectivite.origin == .collectivite)
        #expect(AssetFunding.etablissement(purchase: "ACH-2025-004").origin == .etablissement)
        #expect(AssetFunding(.etablissement, purchase: "ACH-1") == .etablissement(purchase: "ACH-1"))
        #expect(AssetFunding(.academie, purchase: "ignored") == .academie)
    }

    @Test func aSharedPurchaseGoesByItsLargestShare() {
        let shared = AssetFunding.shared([
            FundingShare(origin: .etablissement, amount: Money(cents: 40_000)),
            FundingShare(origin: .collectivite, amount: Money(cents: 30_000)),
            FundingShare(origin: .collectivite, amount: Money(cents: 20_000)),
        ])
        #expect(shared.origin == .collectivite, "two shares of the collectivité add up to more than the school's")
        let tie = AssetFunding.shared([
            FundingShare(origin: .academie, amount: Money(cents: 500)),
            FundingShare(origin: .etablissement, amount: Money(cents: 500)),
        ])
        #expect(tie.origin == .academie, "a tie goes to the earlier funder of the convention's order")
    }
}
