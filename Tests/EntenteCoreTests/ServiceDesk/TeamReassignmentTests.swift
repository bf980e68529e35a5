import Testing
@testable import EntenteCore

@Suite struct TeamReassignmentTests {
    let directory = TeamRoutingTests.directory()

    func check(_ target: TeamReassignment.Target, from current: String?, party: String = "CD",
               status: TicketStatus = .takenInCharge, reason: String = "Borne à remplacer") throws(TeamReassignment.Refusal)
        -> (team: Team, movement: TeamReassignment.Movement) {
        try TeamReassignment(target: target, reason: reason).check(in: directory, partyCode: party, currentTeamCode: current,
                                                                   status: status)
    }

    @Test func nextLevelGoesToTheFirstTeamOfTheLevelAbove() throws {
        let fromN1 = try check(.nextLevel, from: "CD-GUICHET")
        #expect(fromN1.team == TeamRoutingTests.reseaux)
        #expect(fromN1.movement == .escalation)
        let fromN2 = try check(.nextLevel, from: "CD-POSTES")
        #expect(fromN2.team == TeamRoutingTests.prestataire)
        #expect(fromN2.movement == .escalation)
    }

    @Test func aNamedTeamOfTheSamePartyIsAnyLevel() throws {
        #expect(try check(.team("CD-PRESTA"), from: "CD-GUICHET") == (TeamRoutingTests.prestataire, .escalation))
        #expect(try check(.team("CD-GUICHET"), from: "CD-PRESTA") == (TeamRoutingTests.guichet, .deEscalation))
        #expect(try check(.team("CD-POSTES"), from: "CD-RESEAUX") == (TeamRoutingTests.postes, .reassignment))
    }

    @Test func aTicketWithoutATeamEntersAtTheLowestLevel() throws {
        #expect(try check(.nextLevel, from: nil) == (TeamRoutingTests.guichet, .escalation))
        #expect(try check(.team("CD-RESEAUX"), from: nil).movement == .escalation)
        // A team code the party no longer has counts as no team.
        #expect(try check(.nextLevel, from: "CD-DISSOUTE").team == TeamRoutingTests.guichet)
    }

    @Test func theTopLevelHasNoNextLevel() {
        #expect(throws: TeamReassignment.Refusal.noHigherLevel(.n3)) { try check(.nextLevel, from: "CD-PRESTA") }
        #expect(throws: TeamReassignment.Refusal.noHigherLevel(.n2)) { try check(.nextLevel, from: "ACA-APPLIS", party: "ACA") }
    }

    @Test func aTeamOfAnotherPartyIsRefused() {
        #expect(throws: TeamReassignment.Refusal.otherParty(team: "ACA-APPLIS", teamParty: "ACA", ticketParty: "CD")) {
            try check(.team("ACA-APPLIS"), from: "CD-GUICHET")
        }
        #expect(TeamReassignment.Refusal.otherParty(team: "ACA-APPLIS", teamParty: "ACA", ticketParty: "CD").description
            .contains("transfer the ticket"))
    }

    @Test func everyOtherRefusal() {
        #expect(throws: TeamReassignment.Refusal.reasonRequired) { try check(.nextLevel, from: "CD-GUICHET", reason: " \n") }
        #expect(throws: TeamReassignment.Refusal.unknownTeam("CD-X")) { try check(.team("CD-X"), from: "CD-GUICHET") }
        #expect(throws: TeamReassignment.Refusal.sameTeam) { try check(.team("CD-GUICHET"), from: "CD-GUICHET") }
        #expect(throws: TeamReassignment.Refusal.noTeams(party: "EPLE")) { try check(.nextLevel, from: nil, party: "EPLE") }
        for status in [TicketStatus.resolved, .closed] {
            #expect(throws: TeamReassignment.Refusal.ticketNotOpen(status)) {
                try check(.nextLevel, from: "CD-GUICHET", status: status)
            }
        }
    }

    @Test func everyOpenStatusAllowsAChangeOfTeam() throws {
        for status in TicketStatus.allCases where status.isOpen {
            #expect(try check(.nextLevel, from: "CD-GUICHET", status: status).team == TeamRoutingTests.reseaux, "\(status)")
        }
    }

    @Test func movementsAndRefusalsRead() {
        #expect(TeamReassignment.Movement.allCases.count == 3)
        #expect(TeamReassignment.Refusal.noHigherLevel(.n3).description == "no team of N3 or above it: name the team")
    }
}
