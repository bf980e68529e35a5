import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Teams and escalation levels within a party, through the pages.
@Suite struct TeamPagesTests {
    static var teacherEmail: String {
        DemoAccounts.accounts(for: TestApp.territory).first { $0.email.hasPrefix("enseignant@") }!.email
    }

    @Test func aWiFiBreakdownLandsInTheDepartementsNetworkTeamAndItsQueue() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            // act
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let page = try await agent.get(path).body.string
            let networkQueue = try await agent.get("/tickets?team=CD35-RESEAUX").body.string
            let otherQueue = try await agent.get("/tickets?team=CD35-POSTES").body.string
            let queue = try await agent.get("/tickets").body.string
            // check
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.teamCode == "CD35-RESEAUX")
            #expect(ticket.routingReason.hasPrefix("Dépannage · Bornes Wi-Fi → CD / Réseaux et Wi-Fi (N2) — "))
            #expect(ticket.routingReason.hasSuffix("— règle : Réseau, Wi-Fi et téléphonie"))
            #expect(page.contains("<dt>Équipe</dt><dd>Réseaux et Wi-Fi (N2)</dd>"))
            #expect(page.contains("→ CD / Réseaux et Wi-Fi (N2)"))
            #expect(networkQueue.contains("Plus de Wi-Fi au CDI") && networkQueue.contains("1 demande(s)"))
            #expect(otherQueue.contains("Aucune demande."))
            // The agent's own team comes first in the filter; the row names the team.
            #expect(queue.contains(#"<option value="CD35-RESEAUX">Mon équipe — Réseaux et Wi-Fi (N2)</option>"#))
            #expect(queue.contains("<td>Réseaux et Wi-Fi (N2)</td>"))
        }
    }

    @Test func eachRuleSendsItsComponentsToItsTeamAndTheRestGoesToTheGuichet() async throws {
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            // act: a service of the Département's online services rule, then a component no rule names
            _ = try await TicketPagesTests.file(&principal, component: "extranet-collaboratif", nature: "question")
            _ = try await TicketPagesTests.file(&principal, component: "serveurs-logiciels-techniques", nature: "breakdown",
                                                funding: "collectivite")
            // check
            let tickets = try await TicketRecord.query(on: app.db).sort(\.$reference).all()
            #expect(tickets.map(\.partyCode) == ["CD", "CD"])
            #expect(tickets.map(\.teamCode) == ["CD35-SERVICES", "CD35-GUICHET"])
            #expect(tickets.last?.routingReason.hasSuffix("— équipe par défaut de la partie") == true)
        }
    }

    @Test func theAgentEscalatesThenHandsItBackWithAReasonInHistoryAndAudit() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let form = try await agent.get(path).body.string
            #expect(form.contains("Escalader / réaffecter"))
            #expect(form.contains(#"<option value="next">"#))
            // act: up to the contractor, then back to the guichet
            let up = try await agent.post(path + "/team", form: ["team": "next", "reason": "Borne HS, remplacement", "version": "1"])
            _ = try await agent.get(path)
            let down = try await agent.post(path + "/team", form: ["team": "CD35-GUICHET", "reason": "Borne remplacée, à vérifier",
                                                                 "version": "2"])
            // check
            #expect(up.status == .seeOther && down.status == .seeOther)
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.teamCode == "CD35-GUICHET")
            #expect(ticket.version == 3)
            #expect(ticket.status == "new")
            let lines = try await TicketEventRecord.query(on: app.db).filter(\.$kind == "team").sort(\.$at).all()
            // Stored as typed facts, worded when shown (below).
            #expect(try lines.map { try $0.event().fact } == [
                .teamChanged(from: "CD35-RESEAUX", to: "CD35-PRESTATAIRE", movement: .escalation, reason: "Borne HS, remplacement"),
                .teamChanged(from: "CD35-PRESTATAIRE", to: "CD35-GUICHET", movement: .deEscalation,
                             reason: "Borne remplacée, à vérifier"),
            ])
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action ~~ "ticket.team").sort(\.$at).all()
            #expect(audit.map(\.action) == ["ticket.team.escalation", "ticket.team.de-escalation"])
            #expect(audit.first?.actor == "dsi@cd35.demo.entente.fr")
            #expect(audit.first?.before == "CD35-RESEAUX" && audit.first?.after == "CD35-PRESTATAIRE")
            let page = try await principal.get(path).body.string
            #expect(page.contains("Escalade → Prestataire de maintenance (N3) : Borne HS, remplacement"))
            #expect(page.contains("Désescalade → Guichet DSI (N1) : Borne remplacée, à vérifier"))
            #expect(!page.contains("Escalader / réaffecter"))
        }
    }

    @Test func refusedChangesWriteNothing() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            // act
            let noReason = try await agent.post(path + "/team", form: ["team": "next", "reason": "  ", "version": "1"])
            _ = try await agent.get(path)
            let otherParty = try await agent.post(path + "/team", form: ["team": "ACA-RENNES-PLATEFORME", "reason": "x", "version": "1"])
            _ = try await agent.get(path)
            let unknown = try await agent.post(path + "/team", form: ["team": "CD35-NOPE", "reason": "x", "version": "1"])
            _ = try await agent.get(path)
            let stale = try await agent.post(path + "/team", form: ["team": "next", "reason": "x", "version": "7"])
            // check
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("doit être motivée"))
            #expect(otherParty.status == .unprocessableEntity)
            #expect(otherParty.body.string.contains("transférez la demande"))
            #expect(unknown.status == .unprocessableEntity)
            #expect(stale.headers.first(name: .location)?.hasSuffix("?stale=7") == true)
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.teamCode == "CD35-RESEAUX" && ticket.version == 1)
            #expect(try await TicketEventRecord.query(on: app.db).filter(\.$kind == "team").count() == 0)
        }
    }

    @Test func aTransferToAnotherPartyTakesTheNewPartysTeam() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            // act
            let moved = try await agent.post(path + "/transfer", form: ["party": "ACA", "reason": "Contrôleur académique",
                                                                        "override": "1", "version": "1"])
            // check
            #expect(moved.status == .seeOther)
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.partyCode == "ACA")
            #expect(ticket.teamCode == "ACA-RENNES-PLATEFORME")
            #expect(ticket.routingReason.contains("| Transfert CD → ACA / Plateforme d'assistance (N1) : Dérogation"))
            // A transfer to a party without teams leaves the ticket without one.
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            _ = try await academie.get(path)
            _ = try await academie.post(path + "/transfer", form: ["party": "EPLE", "reason": "Borne achetée par le collège",
                                                                   "override": "1", "version": "2"])
            #expect(try await TicketRecord.query(on: app.db).first()?.teamCode == nil)
        }
    }

    @Test func loadingTheTeamsAgainWritesNothingAndAChangeIsAudited() async throws {
        try await TestApp.run { app in
            // setup
            let store = TeamStore(database: app.db)
            let auditBefore = try await AuditRecord.query(on: app.db).count()
            // act
            let again = try await store.load(TestApp.territory.teams, actor: "test", at: Date())
            var renamed = TestApp.territory.teams
            renamed[0].teams[0].name = "Guichet unique DSI"
            renamed[0].teams.removeLast()
            let changed = try await store.load(renamed, actor: "test", at: Date())
            // check
            #expect(again == 0)
            #expect(changed == 2)
            let teams = try await store.teams()
            #expect(teams.count == TestApp.territory.teams.flatMap(\.teams).count - 1)
            #expect(teams.first { $0.code == renamed[0].teams[0].code }?.name == "Guichet unique DSI")
            let actions = try await AuditRecord.query(on: app.db).sort(\.$at).all().dropFirst(auditBefore).map(\.action)
            #expect(actions == ["team.update", "team.delete"])
        }
    }
}
