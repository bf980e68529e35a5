import EntenteCore
import EntenteStorage
import Testing
import Vapor
@testable import EntenteWeb
import VaporTestUtils

/// The ticket page shows the audit entries about the ticket (who, when, what, before and after) to
/// those who answer for it, and to nobody else.
struct TicketAuditTests {
    @Test func readingTheAuditFollowsTheRoles() {
        let facts = TicketAccessFacts(establishmentUAI: "0352958A", responsiblePartner: "CD35",
                                      conventionPartners: ["CD35", "AC-RENNES"])
        let expected: [(TicketViewer, Bool)] = [
            (TicketViewer(role: .administrator, partnerCode: nil, establishmentUAI: nil), true),
            (TicketViewer(role: .observer, partnerCode: "AC-RENNES", establishmentUAI: nil), true),
            (TicketViewer(role: .partnerAgent, partnerCode: "CD35", establishmentUAI: nil), true),
            (TicketViewer(role: .partnerAgent, partnerCode: "AC-RENNES", establishmentUAI: nil), false),
            (TicketViewer(role: .establishmentMember, partnerCode: nil, establishmentUAI: "0352958A"), false),
        ]
        for (viewer, allowed) in expected {
            #expect(TicketAccess.canReadAudit(viewer, facts) == allowed, "\(viewer.role) \(viewer.partnerCode ?? "")")
        }
        #expect(TicketAccess.canReadInternalAuditEntries(expected[0].0))
        #expect(!TicketAccess.canReadInternalAuditEntries(expected[2].0))
    }

    @Test func theHandlingAgentSeesEachChangeBeforeAndAfterTheRequesterDoesNot() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let path = try #require(try await TicketPagesTests.file(&principal).headers.first(name: .location))
            var departement = Browser(app)
            _ = try await departement.signIn("dsi@cd35.demo.entente.fr")
            _ = try await departement.get(path)
            _ = try await departement.post(path + "/status", form: ["action": "take-in-charge", "version": "1"])
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            // act
            let agentPage = try await departement.get(path).body.string
            let requesterPage = try await principal.get(path).body.string
            let otherPartyPage = try await academie.get(path).body.string
            // check
            #expect(agentPage.contains("Journal d'audit de la demande"))
            #expect(agentPage.contains("ticket.create") && agentPage.contains("ticket.status"))
            #expect(agentPage.contains("<td>new</td><td>taken-in-charge</td>"), "before and after of the status change")
            #expect(!requesterPage.contains("Journal d'audit"))
            #expect(!otherPartyPage.contains("Journal d'audit"))
        }
    }
}
