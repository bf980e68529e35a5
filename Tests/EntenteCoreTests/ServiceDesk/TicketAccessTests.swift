import Testing
@testable import EntenteCore

@Suite struct TicketAccessTests: AccessCast {
    @Test func readingFollowsTerritoryAndEstablishment() {
        #expect(TicketAccess.canRead(admin, ticket))
        #expect(TicketAccess.canRead(departement, ticket))
        #expect(TicketAccess.canRead(academie, ticket))
        #expect(!TicketAccess.canRead(otherTerritory, ticket))
        #expect(TicketAccess.canRead(principal, ticket))
        #expect(!TicketAccess.canRead(otherSchool, ticket))
        #expect(TicketAccess.canRead(dpd, ticket))
    }

    @Test func onlyTheResponsiblePartyHandles() {
        #expect(TicketAccess.canHandle(departement, ticket))
        #expect(!TicketAccess.canHandle(academie, ticket))
        #expect(!TicketAccess.canHandle(principal, ticket))
        #expect(!TicketAccess.canHandle(dpd, ticket))
        #expect(TicketAccess.canHandle(admin, ticket))
        var ownFunds = ticket
        ownFunds.responsiblePartner = nil
        #expect(TicketAccess.canHandle(principal, ownFunds))
        #expect(!TicketAccess.canHandle(otherSchool, ownFunds))
        #expect(!TicketAccess.canHandle(departement, ownFunds))
    }

    @Test func repliesComeFromTheRequesterSideOrTheResponsibleParty() {
        #expect(TicketAccess.canReply(principal, ticket))
        #expect(TicketAccess.canReply(departement, ticket))
        #expect(!TicketAccess.canReply(academie, ticket))
        #expect(!TicketAccess.canReply(dpd, ticket))
        #expect(!TicketAccess.canReply(otherSchool, ticket))
    }

    @Test func internalNotesNeverLeaveTheirParty() {
        let audience = TicketAccess.noteAudience(of: departement)
        #expect(audience == "CD35")
        #expect(TicketAccess.canSeeNote(departement, audience: audience))
        #expect(!TicketAccess.canSeeNote(academie, audience: audience))
        #expect(!TicketAccess.canSeeNote(principal, audience: audience))
        #expect(!TicketAccess.canSeeNote(dpd, audience: audience))
        #expect(TicketAccess.canSeeNote(admin, audience: audience))
        #expect(TicketAccess.canSeeNote(principal, audience: "EPLE:0352958A"))
        #expect(!TicketAccess.canSeeNote(otherSchool, audience: "EPLE:0352958A"))
        #expect(!TicketAccess.canSeeNote(departement, audience: nil))
    }

    @Test func requesterSideClosesAndReopens() {
        #expect(TicketAccess.canCloseOrReopen(principal, ticket))
        #expect(!TicketAccess.canCloseOrReopen(departement, ticket))
        #expect(!TicketAccess.canCloseOrReopen(otherSchool, ticket))
    }
}

@Suite struct ObserverAndAuditAccessTests: AccessCast {
    var otherConvention: TicketAccessFacts {
        TicketAccessFacts(establishmentUAI: "0670001A", responsiblePartner: "CD67", conventionPartners: ["CD67", "AC-STRASBOURG"])
    }

    @Test func anObserverReadsOnlyWhatItsPartyIsPartyTo() {
        #expect(TicketAccess.canRead(dpd, ticket))
        #expect(!TicketAccess.canRead(dpd, otherConvention))
        #expect(!TicketAccess.canRead(TicketViewer(role: .observer), ticket), "an observer of no party reads nothing")
        #expect(TicketAccess.canRead(admin, otherConvention))
    }

    @Test func auditEntriesFollowTheRulesOfWhatTheyDescribe() {
        #expect(TicketAccess.canReadAuditEntry(dpd, about: .ticket(ticket), isInternal: false))
        #expect(!TicketAccess.canReadAuditEntry(dpd, about: .ticket(ticket), isInternal: true), "internal files: administrators only")
        #expect(!TicketAccess.canReadAuditEntry(dpd, about: .ticket(otherConvention), isInternal: false))
        #expect(TicketAccess.canReadAuditEntry(dpd, about: .convention(partners: ["CD35", "AC-RENNES"]), isInternal: false))
        #expect(!TicketAccess.canReadAuditEntry(dpd, about: .convention(partners: ["CD67"]), isInternal: false))
        #expect(TicketAccess.canReadAuditEntry(dpd, about: .party(partnerCode: "AC-RENNES"), isInternal: false))
        #expect(!TicketAccess.canReadAuditEntry(dpd, about: .party(partnerCode: "CD35"), isInternal: false))
        #expect(!TicketAccess.canReadAuditEntry(dpd, about: .party(partnerCode: nil), isInternal: false))
        #expect(!TicketAccess.canReadAuditEntry(dpd, about: .unknown, isInternal: false))
        #expect(TicketAccess.canReadAuditEntry(admin, about: .unknown, isInternal: true))
        #expect(!TicketAccess.canReadAuditEntry(principal, about: .ticket(ticket), isInternal: false),
                "the requester's side does not read the audit")
    }
}
