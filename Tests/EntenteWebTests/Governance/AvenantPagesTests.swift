import EntenteCore
import EntenteMail
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// An avenant of Ille-et-Vilaine through HTTP: proposed by the Département, approved by both parties with their
/// deliberations, refused when effective before the last approval, then a new version whose diff shows the cell.
@Suite struct AvenantPagesTests {
    @Test func anAvenantApprovedByBothPartiesIsANewVersionWithItsDiff() async throws {
        try await TestApp.run { app in
            var cd = Browser(app), aca = Browser(app), dpd = Browser(app), principal = Browser(app)
            _ = try await cd.signIn(GovernancePagesTests.cd)
            _ = try await aca.signIn(GovernancePagesTests.aca)
            _ = try await dpd.signIn(GovernancePagesTests.dpd)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let list = "/conventions/ille-et-vilaine-2025/avenants"
            let page = try await cd.get(list)
            #expect(page.status == .ok && page.body.string.contains("Fin de la convention : 31 décembre 2026")
                    && page.body.string.contains("Ouverture de la négociation du renouvellement : 30 juin 2026"))
            #expect(try await principal.get(list).status == .notFound)
            #expect(try await dpd.post(list, form: ["title": "x"]).status == .forbidden)
            let unknown = try await cd.post(list, form: ["title": "Wi-Fi", "component": "bornes-wifi", "activity": "administration", "parties": "XYZ"])
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("Codes de parties inconnus"))

            let proposed = try await cd.post(list, form: ["title": "Administration des bornes Wi-Fi", "summary": "Le Département administre ses bornes.",
                                                          "component": "bornes-wifi", "activity": "administration", "parties": "CD"])
            #expect(proposed.status == .seeOther)
            let path = try #require(proposed.headers.first(name: .location))
            #expect(path.hasSuffix("/avenants/1"))
            #expect(try await cd.post(path + "/concertation", form: [:]).status == .seeOther)
            #expect(try await cd.post(path + "/approval", form: ["party": "CD", "deliberation": "CP du 2 mars 2026", "date": "2026-03-02"]).status == .seeOther)
            let twice = try await cd.post(path + "/approval", form: ["party": "CD", "deliberation": "CP", "date": "2026-03-02"])
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("CD a déjà approuvé"))
            // The académie's approval is the last: an effective date before it is refused, nothing written.
            let early = try await aca.post(path + "/approval", form: ["party": "ACA", "deliberation": "Arrêté rectoral 2026-17",
                                                                      "date": "2026-03-20", "effective": "2026-03-15"])
            #expect(early.status == .unprocessableEntity && early.body.string.contains("précède la dernière approbation"))
            #expect(try await AvenantStore(database: app.db).avenants(conventionID: "ille-et-vilaine-2025").first?.approvals.count == 1)
            let approved = try await aca.post(path + "/approval", form: ["party": "ACA", "deliberation": "Arrêté rectoral 2026-17",
                                                                         "date": "2026-03-20", "effective": "2026-04-01"])
            #expect(approved.status == .seeOther)
            let done = try await cd.get(path)
            #expect(done.body.string.contains("approuvé") && done.body.string.contains("~ bornes-wifi · administration: — → CD"))

            // The new version is the convention's: its page, its matrix, and the routing the server runs on.
            let convention = try await cd.get("/conventions/ille-et-vilaine-2025?version=avenant-1")
            #expect(convention.status == .ok && convention.body.string.contains("Administration des bornes Wi-Fi"))
            let running = try #require(EntenteApp.environment(app).conventions["ille-et-vilaine-2025"])
            #expect(running.component(id: "bornes-wifi")?.component.cells[.administration]?.partyCodes == ["CD"])
            #expect(try await cd.post(path + "/withdrawal", form: [:]).body.string.contains("n'est plus possible"))
        }
    }
}

extension AvenantPagesTests {
    @Test func aWithdrawalIsTheLeavingPartysAndTakesEffectAfterItsNotice() async throws {
        try await TestApp.run { app in
            var aca = Browser(app), cd = Browser(app)
            _ = try await aca.signIn(GovernancePagesTests.aca)
            _ = try await cd.signIn(GovernancePagesTests.cd)
            let list = "/conventions/ille-et-vilaine-2025/avenants"
            let proposed = try await aca.post(list, form: ["title": "Retrait de l'académie", "component": "bornes-wifi", "activity": "administration",
                                                           "parties": "", "leaving": "ACA"])
            let path = try #require(proposed.headers.first(name: .location))
            let page = try await aca.get(path)
            #expect(page.body.string.contains("Retrait d'une partie") && page.body.string.contains("<dd>ACA</dd>"))
            // The Département does not approve the académie's withdrawal: the form offers it nothing.
            #expect(!(try await cd.get(path)).body.string.contains("Enregistrer l'approbation"))
            // Twelve months' notice in Ille-et-Vilaine: notified on 20 March 2026, not effective before 20 March 2027.
            let early = try await aca.post(path + "/approval", form: ["party": "ACA", "deliberation": "Décision du recteur", "date": "2026-03-20",
                                                                      "effective": "2026-09-01"])
            #expect(early.status == .unprocessableEntity && early.body.string.contains("au 20 mars 2027 au plus tôt"))
            #expect(try await aca.post(path + "/approval", form: ["party": "ACA", "deliberation": "Décision du recteur", "date": "2026-03-20",
                                                                  "effective": "2027-03-20"]).status == .seeOther)
            // Withdrawn, the académie no longer reads the convention's partnership pages; the Département reads the diff.
            #expect(try await cd.get(path).body.string.contains("- party ACA"))
            #expect(try await aca.get(path).status == .notFound)
            let joinedTwice = try await cd.post(list, form: ["title": "Adhésion", "joining_code": "CD", "joining_name": "Département",
                                                             "joining_kind": "departement", "joining_partner": "CD35"])
            #expect(joinedTwice.status == .unprocessableEntity && joinedTwice.body.string.contains("déjà partie"))
        }
    }
}

@Suite struct TermWatchTests {
    @Test func theSignatoriesAgentsAreRemindedOnceSixtyDaysAhead() async throws {
        let mail = RecordingMailSender()
        try await TestApp.run(mail: mail) { app in
            let watch = TermWatch(environment: EntenteApp.environment(app), database: app.db, logger: app.logger)
            let now = Instant(secondsSinceEpoch: 1_793_000_000)
            // 15 November 2026: Ille-et-Vilaine's end (31 December) is 46 days ahead; its notice deadline has passed.
            #expect(try await watch.pass(on: CalendarDate(year: 2026, month: 11, day: 15)!, at: now) >= 1)
            let reminder = try #require(await mail.sentMessages.first { $0.subject.contains("Fin de la convention le 31 décembre 2026") })
            #expect(reminder.to.contains(GovernancePagesTests.cd) && reminder.to.contains(GovernancePagesTests.aca))
            #expect(!reminder.to.contains(GovernancePagesTests.dpd))
            let count = await mail.sentMessages.count
            #expect(try await watch.pass(on: CalendarDate(year: 2026, month: 11, day: 16)!, at: now) == 0)
            #expect(await mail.sentMessages.count == count)
        }
    }
}
