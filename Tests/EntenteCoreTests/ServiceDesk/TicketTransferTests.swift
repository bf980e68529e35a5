import Testing
@testable import EntenteCore

@Suite struct TicketTransferTests {
    let convention = SampleConvention.make()

    @Test func transferToAnotherResponsiblePartyFollowsTheConvention() throws {
        // Vidéoprojecteurs' supply is CD's or the school's depending on funding: both are responsible parties.
        let transfer = TicketTransfer(toPartyCode: "EPLE", reason: "Acheté sur fonds propres")
        #expect(try transfer.check(in: convention, componentID: "videoprojecteurs", activity: .fourniture, currentParty: "CD") == false)
    }

    @Test func transferOutsideTheConventionNeedsAConfirmedOverride() throws {
        let refused = TicketTransfer(toPartyCode: "ACA", reason: "Le CD n'intervient pas")
        #expect(throws: TicketTransfer.Refusal.notResponsible("ACA", responsible: ["CD"])) {
            try refused.check(in: convention, componentID: "bornes-wifi", activity: .depannage, currentParty: "CD")
        }
        let confirmed = TicketTransfer(toPartyCode: "ACA", reason: "Le CD n'intervient pas", overridesConvention: true)
        #expect(try confirmed.check(in: convention, componentID: "bornes-wifi", activity: .depannage, currentParty: "CD"))
    }

    @Test func transferNeedsAReasonAKnownPartyAndAChange() {
        #expect(throws: TicketTransfer.Refusal.reasonRequired) {
            try TicketTransfer(toPartyCode: "EPLE", reason: "  ").check(in: convention, componentID: "videoprojecteurs",
                                                                        activity: .depannage, currentParty: "CD")
        }
        #expect(throws: TicketTransfer.Refusal.unknownParty("CD67")) {
            try TicketTransfer(toPartyCode: "CD67", reason: "x").check(in: convention, componentID: "videoprojecteurs",
                                                                       activity: .depannage, currentParty: "CD")
        }
        #expect(throws: TicketTransfer.Refusal.sameParty) {
            try TicketTransfer(toPartyCode: "CD", reason: "x").check(in: convention, componentID: "videoprojecteurs",
                                                                     activity: .depannage, currentParty: "CD")
        }
    }

    @Test func responsiblePartiesFollowSeeReferencesAndEveryCondition() {
        #expect(convention.responsibleParties(componentID: "videoprojecteurs", activity: .administration) == ["ACA"])
        #expect(convention.responsibleParties(componentID: "imprimantes", activity: .administration) == ["CD", "EPLE"])
        #expect(convention.responsibleParties(componentID: "bornes-wifi", activity: .administration).isEmpty)
    }
}
