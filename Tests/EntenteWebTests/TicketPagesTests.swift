import EntenteCore
import EntenteMail
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

@Suite struct TicketPagesTests {
    static var principalEmail: String {
        DemoAccounts.accounts(for: TestApp.territory).first { $0.role == .establishmentMember }!.email
    }
    static var collegeUAI: String {
        DemoAccounts.accounts(for: TestApp.territory).first { $0.role == .establishmentMember }!.establishmentUAI!
    }

    /// Files a ticket as the demo principal and returns its page path.
    static func file(_ browser: inout Browser, component: String = "bornes-wifi", nature: String = "breakdown",
                     funding: String = "", extra: [String: String] = [:]) async throws -> TestingHTTPResponse {
        _ = try await browser.get("/tickets/new")
        var form = ["kind": "incident", "component": component, "nature": nature, "funding": funding, "zone": "",
                    "impacts_whole": "1", "title": "Plus de Wi-Fi au CDI", "description": "Aucune borne ne répond depuis 8 h.",
                    "requester_name": "Mme Principale"]
        form.merge(extra) { _, new in new }
        return try await browser.post("/tickets", form: form)
    }

    /// The demo principal files a critical Wi-Fi breakdown; the Département's agent signs in and opens it.
    static func wifiTicket(filedBy principal: inout Browser, openedBy agent: inout Browser) async throws -> String {
        _ = try await principal.signIn(principalEmail)
        let path = try #require(try await file(&principal).headers.first(name: .location))
        _ = try await agent.signIn("dsi@cd35.demo.entente.fr")
        _ = try await agent.get(path)
        return path
    }

    @Test func principalFilesATicketRoutedToTheDepartementWithItsClocks() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app)
            _ = try await principal.signIn(Self.principalEmail)
            // act
            let created = try await Self.file(&principal)
            // check
            #expect(created.status == .seeOther)
            let path = try #require(created.headers.first(name: .location))
            let page = try await principal.get(path).body.string
            #expect(page.contains("T-2026-000001"))
            #expect(page.contains("Dépannage · Bornes Wi-Fi → CD"))
            #expect(page.contains("Prise en charge et diagnostic") == false || page.contains("Au plus tôt"))
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.partnerCode == "CD35")
            #expect(ticket.criticality == "critical")
            #expect(ticket.establishmentUAI == Self.collegeUAI)
        }
    }

    @Test func conditionalComponentAsksForTheFundingAndKeepsTheForm() async throws {
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(Self.principalEmail)
            // act
            let refused = try await Self.file(&principal, component: "videoprojecteurs")
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("précisez qui l"))
            #expect(refused.body.string.contains("Aucune borne ne répond depuis 8 h."))
            #expect(try await TicketRecord.query(on: app.db).count() == 0)
            let accepted = try await Self.file(&principal, component: "videoprojecteurs", funding: "etablissement")
            #expect(accepted.status == .seeOther)
            #expect(try await TicketRecord.query(on: app.db).first()?.partyCode == "EPLE")
        }
    }

    @Test func departementAgentTakesItInChargeAndTheAcademieOnlyReads() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app)
            _ = try await principal.signIn(Self.principalEmail)
            let path = try #require(try await Self.file(&principal).headers.first(name: .location))
            var departement = Browser(app)
            _ = try await departement.signIn("dsi@cd35.demo.entente.fr")
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            // act
            let queue = try await departement.get("/tickets").body.string
            _ = try await departement.get(path)
            let taken = try await departement.post(path + "/status", form: ["action": "take-in-charge", "version": "1"])
            let academiePage = try await academie.get(path)
            _ = try await academie.get(path)
            let academieTry = try await academie.post(path + "/status", form: ["action": "resolve", "version": "2"])
            // check
            #expect(queue.contains("Plus de Wi-Fi au CDI"))
            #expect(taken.status == .seeOther)
            #expect(try await TicketRecord.query(on: app.db).first()?.status == "taken-in-charge")
            #expect(academiePage.status == .ok)
            #expect(!academiePage.body.string.contains("name=\"action\""))
            #expect(academieTry.status == .forbidden)
            #expect(try await academie.get("/tickets").body.string.contains("Aucune demande."))
        }
    }

    @Test func staleEditIsRefusedAndTheTicketUnchanged() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            #expect(try await agent.post(path + "/status", form: ["action": "take-in-charge", "version": "1"]).status == .seeOther)
            // act: a second agent still looking at version 1
            let stale = try await agent.post(path + "/status", form: ["action": "diagnose", "version": "1"])
            // check
            #expect(stale.headers.first(name: .location)?.contains("stale=1") == true)
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.status == "taken-in-charge")
            #expect(ticket.version == 2)
            #expect(try await agent.get(stale.headers.first(name: .location)!).body.string.contains("modifiée entre-temps"))
        }
    }

    @Test func invalidTransitionIsAConflict() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            #expect(try await agent.post(path + "/status", form: ["action": "resume", "version": "1"]).status == .conflict)
            #expect(try await TicketRecord.query(on: app.db).first()?.status == "new")
        }
    }

    @Test func internalNotesStayWithTheirParty() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), departement = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &departement)
            // act
            _ = try await departement.post(path + "/messages", form: ["visibility": "internal", "body": "Borne HS, commande en cours"])
            _ = try await departement.post(path + "/messages", form: ["visibility": "reply", "body": "Un technicien passe demain."])
            // check
            #expect(try await departement.get(path).body.string.contains("Borne HS, commande en cours"))
            let principalPage = try await principal.get(path).body.string
            #expect(principalPage.contains("Un technicien passe demain."))
            #expect(!principalPage.contains("Borne HS"))
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            #expect(!(try await academie.get(path).body.string.contains("Borne HS")))
        }
    }

    @Test func responsiblePartyIsMailedAndTheRequesterHearsBackButNotInternalNotes() async throws {
        let mail = RecordingMailSender()
        try await TestApp.run(mail: mail) { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            // act
            _ = try await agent.post(path + "/messages", form: ["visibility": "internal", "body": "Commande de borne"])
            _ = try await agent.post(path + "/messages", form: ["visibility": "reply", "body": "Technicien demain"])
            // check
            let sent = await mail.sentMessages
            #expect(sent.count == 2)
            #expect(sent.first?.to == ["dsi@cd35.demo.entente.fr"])
            #expect(sent.first?.subject == "[T-2026-000001] Nouvelle demande : Plus de Wi-Fi au CDI")
            #expect(sent.last?.to == [Self.principalEmail])
            #expect(sent.last?.body.contains("Technicien demain") == true)
            #expect(!sent.contains { $0.body.contains("Commande de borne") })
        }
    }

    @Test func otherEstablishmentsAndOtherTerritoriesCannotSeeTheTicket() async throws {
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(Self.principalEmail)
            let path = try #require(try await Self.file(&principal).headers.first(name: .location))
            // an agent of a partner that is no party to the Ille-et-Vilaine convention
            try await UserRecord(email: "agent@cd67.test", displayName: "Agent CD67",
                                 passwordHash: try app.password.hash("long-enough-password"), role: .partnerAgent,
                                 partnerCode: "CD67").create(on: app.db)
            var outsider = Browser(app)
            _ = try await outsider.signIn("agent@cd67.test", password: "long-enough-password")
            #expect(try await outsider.get(path).status == .notFound)
            #expect(try await outsider.get("/tickets?scope=territory").body.string.contains("Aucune demande."))
            // the observer reads but may not act
            var dpd = Browser(app)
            _ = try await dpd.signIn("dpd@ac-rennes.demo.entente.fr")
            #expect(try await dpd.get(path).status == .ok)
            #expect(try await dpd.get("/tickets/new").status == .forbidden)
            #expect(try await dpd.post(path + "/messages", form: ["visibility": "reply", "body": "x"]).status == .forbidden)
        }
    }

    @Test func resolvedTicketIsClosedByTheRequesterAndItsRestorationClockMet() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            _ = try await agent.post(path + "/status", form: ["action": "resolve", "version": "1"])
            #expect(try await agent.post(path + "/status", form: ["action": "close", "version": "2"]).status == .forbidden)
            _ = try await principal.get(path)
            #expect(try await principal.post(path + "/status", form: ["action": "close", "version": "2"]).status == .seeOther)
            #expect(try await TicketRecord.query(on: app.db).first()?.status == "closed")
            let history = try await TicketEventRecord.query(on: app.db).all().map(\.kind)
            #expect(history.filter { $0 == "status" }.count == 2)
        }
    }
}

@Suite struct TicketRatingTests {
    @Test func requesterRatesAClosedTicketOnce() async throws {
        try await TestApp.run { app in
            // setup: filed, resolved by the Département, closed by the principal
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            #expect(try await agent.post(path + "/rating", form: ["score": "5"]).status == .forbidden)
            _ = try await agent.post(path + "/status", form: ["action": "resolve", "version": "1"])
            _ = try await principal.get(path)
            #expect(try await principal.post(path + "/rating", form: ["score": "4"]).status == .forbidden)
            _ = try await principal.post(path + "/status", form: ["action": "close", "version": "2"])
            // act
            let page = try await principal.get(path).body.string
            let rated = try await principal.post(path + "/rating", form: ["score": "4", "comment": "Rapide"])
            let again = try await principal.post(path + "/rating", form: ["score": "1"])
            let outOfRange = try await principal.post(path + "/rating", form: ["score": "9"])
            // check
            #expect(page.contains("name=\"score\""))
            #expect(rated.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(outOfRange.status == .conflict || outOfRange.status == .unprocessableEntity)
            let rating = try #require(try await TicketRatingRecord.query(on: app.db).first())
            #expect(rating.score == 4)
            #expect(rating.comment == "Rapide")
            #expect(try await principal.get(path).body.string.contains("4 / 5 — Rapide"))
        }
    }
}

@Suite struct TicketClockOutcomeTests {
    @Test func academieTakingInChargeAtOnceMeetsItsHalfDayAndTheOutcomeIsKept() async throws {
        try await TestApp.run { app in
            // setup: administration of the administrative network is the académie's, critical for the whole collège
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let path = try #require(try await TicketPagesTests.file(&principal, component: "reseau-administratif",
                                                                    nature: "configuration").headers.first(name: .location))
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            let before = try await academie.get(path).body.string
            // act
            _ = try await academie.post(path + "/status", form: ["action": "take-in-charge", "version": "1"])
            // check
            #expect(before.contains("½ journée ouvrée"))
            #expect(before.contains("sla-running"))
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.partyCode == "ACA")
            #expect(ticket.pickupOutcome == "met")
            #expect(ticket.restorationOutcome == nil)
            #expect(ticket.pickedUpAt != nil)
            #expect(try await academie.get(path).body.string.contains("sla-met"))
        }
    }
}

@Suite struct TicketTransferPagesTests {
    @Test func transferOutsideTheConventionNeedsTheOverrideAndIsTraced() async throws {
        let mail = RecordingMailSender()
        try await TestApp.run(mail: mail) { app in
            // setup
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let path = try #require(try await TicketPagesTests.file(&principal).headers.first(name: .location))
            var departement = Browser(app)
            _ = try await departement.signIn("dsi@cd35.demo.entente.fr")
            #expect(try await departement.get(path).body.string.contains("Transférer à une autre partie"))
            // act
            let withoutReason = try await departement.post(path + "/transfer", form: ["party": "ACA", "reason": " ", "version": "1"])
            let withoutOverride = try await departement.post(path + "/transfer", form: ["party": "ACA", "reason": "Panne côté Agriates", "version": "1"])
            let overridden = try await departement.post(path + "/transfer", form: ["party": "ACA", "reason": "Panne côté Agriates",
                                                                                   "override": "1", "version": "1"])
            // check
            #expect(withoutReason.status == .unprocessableEntity)
            #expect(withoutOverride.status == .unprocessableEntity)
            #expect(withoutOverride.body.string.contains("cochez la dérogation"))
            #expect(overridden.status == .seeOther)
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.partyCode == "ACA")
            #expect(ticket.partnerCode == "AC-RENNES")
            // The académie's own rules place it: no rule for Wi-Fi, so its platform (N1).
            #expect(ticket.routingReason.contains(
                "Transfert CD → ACA / Plateforme d'assistance (N1) : Dérogation à la convention — Panne côté Agriates"))
            #expect(ticket.teamCode == "ACA-RENNES-PLATEFORME")
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action == "ticket.transfer.override").all()
            #expect(audit.map(\.after) == ["ACA"])
            #expect(await mail.sentMessages.last?.to == ["assistance@ac-rennes.demo.entente.fr"])
            // the Département no longer handles it; the académie does
            #expect(try await departement.post(path + "/status", form: ["action": "take-in-charge", "version": "2"]).status == .forbidden)
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            #expect(try await academie.get("/tickets").body.string.contains("Plus de Wi-Fi au CDI"))
            _ = try await academie.get(path)
            #expect(try await academie.post(path + "/status", form: ["action": "take-in-charge", "version": "2"]).status == .seeOther)
        }
    }
}

@Suite struct EstablishmentOutagesTests {
    @Test func criticalOutageShowsWithItsLatestPublicUpdateToBothParties() async throws {
        try await TestApp.run { app in
            // setup: a critical Wi-Fi outage, a public reply and an internal note from the Département
            var principal = Browser(app), departement = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &departement)
            _ = try await departement.post(path + "/messages", form: ["visibility": "reply", "body": "Borne remplacée à 14 h"])
            _ = try await departement.post(path + "/messages", form: ["visibility": "internal", "body": "Stock épuisé"])
            let page = "/establishments/\(TicketPagesTests.collegeUAI)"
            // act
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            let seenByAcademie = try await academie.get(page).body.string
            let seenBySchool = try await principal.get(page).body.string
            // check
            for html in [seenByAcademie, seenBySchool] {
                #expect(html.contains("Plus de Wi-Fi au CDI"))
                #expect(html.contains("Borne remplacée à 14 h"))
                #expect(!html.contains("Stock épuisé"))
            }
            #expect(try await academie.get("/establishments/0000000A").status == .notFound)
        }
    }
}

@Suite struct InformedPartiesTests {
    @Test func sharedCellInformsTheOtherPartyByMail() async throws {
        let mail = RecordingMailSender()
        try await TestApp.run(mail: mail) { app in
            // setup: Agriates' administration is shared by the académie and the Département
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            // act
            let filed = try await TicketPagesTests.file(&principal, component: "agriates", nature: "configuration")
            // check
            #expect(filed.status == .seeOther)
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.partyCode == "ACA")
            #expect(ticket.informedCodes == "CD")
            let sent = await mail.sentMessages
            #expect(sent.map(\.to) == [["assistance@ac-rennes.demo.entente.fr"], ["dsi@cd35.demo.entente.fr"]])
            #expect(sent.last?.subject.hasPrefix("[\(ticket.reference)] Pour information") == true)
        }
    }
}

@Suite struct QueueFilterTests {
    @Test func queueFiltersByComponentAndEstablishmentAndExportsCSV() async throws {
        try await TestApp.run { app in
            // setup: two tickets of the same collège, on two components
            var principal = Browser(app), agent = Browser(app)
            _ = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            _ = try await TicketPagesTests.file(&principal, component: "reseau-pedagogique", nature: "configuration")
            let uai = TicketPagesTests.collegeUAI
            // act
            let wifi = try await agent.get("/tickets?component=bornes-wifi").body.string
            let school = try await agent.get("/tickets?establishment=\(uai)").body.string
            let csv = try await agent.get("/tickets.csv?component=bornes-wifi")
            let elsewhere = try await principal.get("/tickets?establishment=0350003N").body.string
            // check
            #expect(wifi.contains("Plus de Wi-Fi au CDI") && wifi.contains("1 demande(s)"))
            #expect(school.contains("2 demande(s)"))
            let lines = csv.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 2)
            #expect(lines[1].hasPrefix("T-2026-000001;Plus de Wi-Fi au CDI;\(uai);Bornes Wi-Fi;new;CD;CD35-RESEAUX;critical;"))
            #expect(elsewhere.contains("Aucune demande."))
        }
    }

    @Test func queueFiltersByResponsibleParty() async throws {
        try await TestApp.run { app in
            // setup: a Wi-Fi breakdown (the Département's) and a projector bought by the school (its own)
            var principal = Browser(app), agent = Browser(app), administrator = Browser(app)
            _ = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            _ = try await TicketPagesTests.file(&principal, component: "videoprojecteurs", funding: "etablissement",
                                                extra: ["title": "Projecteur de la salle 4"])
            _ = try await administrator.signIn("admin@demo.entente.fr")
            // act
            let everything = try await administrator.get("/tickets").body.string
            let school = try await administrator.get("/tickets?party=EPLE").body.string
            let departement = try await administrator.get("/tickets?party=CD").body.string
            let member = try await principal.get("/tickets").body.string
            // check
            #expect(everything.contains("2 demande(s)") && everything.contains("id=\"party-filter\""))
            #expect(school.contains("1 demande(s)") && school.contains("Projecteur de la salle 4"))
            #expect(departement.contains("1 demande(s)") && departement.contains("Plus de Wi-Fi au CDI"))
            #expect(school.contains("<option value=\"EPLE\" selected"))
            // "All" options carry an (empty) value, so that the browser does not send their label instead
            #expect(everything.contains("<option value selected=\"selected\">Tous les responsables</option>"))
            #expect(!member.contains("party-filter"), "an establishment's member has no party to choose")
        }
    }

    @Test func anEnglishTicketPageNamesItsClocksInEnglishAndMarksTheFrenchExplanation() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            agent.acceptLanguage = "en"
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let english = try await agent.get(path).body.string
            let french = try await principal.get(path).body.string
            #expect(english.contains(#"<th scope="row">Pick-up and diagnosis</th>"#))
            #expect(!english.contains("Prise en charge et diagnostic"))
            #expect(english.contains(#"<small lang="fr">"#))
            #expect(french.contains(#"<th scope="row">Prise en charge et diagnostic</th>"#))
            #expect(!french.contains(#"<small lang="fr">"#))
            // the intake form's network zones too
            let englishForm = try await agent.get("/tickets/new").body.string
            #expect(englishForm.contains(#"<option value="pedagogique">teaching</option>"#))
            #expect(try await principal.get("/tickets/new").body.string.contains(#"<option value="pedagogique">pédagogique</option>"#))
        }
    }
}
