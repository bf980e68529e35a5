import EntenteCore
import EntenteMail
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Breaches through HTTP: declared with the time of awareness, read only by the crisis directory's
/// DPD, RSSI and crisis cell of the parties concerned, notified in versions with their proof.
@Suite struct BreachPagesTests {
    static let dpd = "dpd@ac-rennes.demo.entente.fr"
    static let cdRSSI = "dsi@cd35.demo.entente.fr"
    static let admin = "admin@demo.entente.fr"

    /// The test clock's Monday 14 September 2026, 09:00 in Paris; aware at 08:00.
    static let declaration: [String: String] = [
        "convention": "ille-et-vilaine-2025", "origin": "CD", "aware": "2026-09-14T08:00", "service": "ENT",
        "hosting": "Rennes", "nature_confidentiality": "1", "summary": "Relevé de notes envoyé à une mauvaise liste",
        "data": "notes", "persons": "élèves de 3e", "person_count": "240", "measures": "rappel du message",
    ]

    static func declare(_ browser: inout Browser, _ changes: [String: String] = [:]) async throws -> TestingHTTPResponse {
        _ = try await browser.get("/breaches/new")
        return try await browser.post("/breaches", form: declaration.merging(changes) { $1 })
    }

    @Test func aDeclarationWithoutItsTimeOfAwarenessIsRefusedAndNothingIsWritten() async throws {
        try await TestApp.run { app in
            var dpd = Browser(app)
            _ = try await dpd.signIn(Self.dpd)
            let missing = try await Self.declare(&dpd, ["aware": ""])
            let future = try await Self.declare(&dpd, ["aware": "2027-01-01T10:00"])
            let skipped = try await Self.declare(&dpd, ["aware": "2027-03-28T02:30", "nature_confidentiality": ""])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("Prise de connaissance (date et heure) : À renseigner."))
            #expect(missing.body.string.contains("Relevé de notes envoyé"))  // what was typed comes back
            #expect(future.status == .unprocessableEntity && future.body.string.contains("Ne peut être dans le futur."))
            #expect(skipped.status == .unprocessableEntity && skipped.body.string.contains("Date et heure invalides"))
            #expect(try await BreachRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func theDeclaredBreachShowsItsCountdownsToThoseTheDirectoryNames() async throws {
        try await TestApp.run { app in
            var dpd = Browser(app), rssi = Browser(app), admin = Browser(app), principal = Browser(app)
            _ = try await dpd.signIn(Self.dpd)
            let declared = try await Self.declare(&dpd)
            #expect(declared.status == .seeOther)
            let path = try #require(declared.headers.first(name: .location))
            let page = try await dpd.get(path)
            // The Département owes the académie its notice within 48 h, the authority 72 h: calendar hours.
            #expect(page.body.string.contains("VDP-2026-0001"))
            #expect(page.body.string.contains("datetime=\"2026-09-16T08:00:00+02:00\""))
            #expect(page.body.string.contains("datetime=\"2026-09-17T08:00:00+02:00\""))
            #expect(page.body.string.contains("dans 1 j 23 h"))
            // The Département's RSSI reads it, the administrator and the school head (management) do not.
            _ = try await rssi.signIn(Self.cdRSSI)
            _ = try await admin.signIn(Self.admin)
            _ = try await principal.signIn(try InventoryPagesTests.college().principal)
            #expect(try await rssi.get(path).status == .ok)
            #expect(try await admin.get(path).status == .notFound)
            #expect(try await principal.get(path).status == .notFound)
            #expect(try await admin.get("/breaches").body.string.contains("VDP-2026-0001") == false)
            #expect(try await rssi.get("/breaches").body.string.contains("VDP-2026-0001"))
            // Every read is kept and shown to the DPDs.
            let reads = try await BreachStore(database: app.db).reads(of: try #require(UUID(uuidString: String(path.split(separator: "/").last!))))
            #expect(reads.map(\.reader).contains(Self.cdRSSI) && reads.map(\.reader).contains(Self.dpd))
            #expect(try await dpd.get(path).body.string.contains(Self.cdRSSI))
            // The audit trail names the breach by its id, nothing of its content.
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action == "breach.declare").all()
            #expect(audit.count == 1 && audit[0].after == nil)
        }
    }

    @Test func whoeverDeclaredFollowsTheirDeclarationWithoutTheRegister() async throws {
        try await TestApp.run { app in
            var teacher = Browser(app)
            let college = try InventoryPagesTests.college()
            _ = try await teacher.signIn(college.principal.replacingOccurrences(of: "principal@", with: "enseignant@"))
            let declared = try await Self.declare(&teacher, ["origin": "EPLE"])
            let path = try #require(declared.headers.first(name: .location))
            let page = try await teacher.get(path)
            #expect(page.status == .ok && page.body.string.contains("Votre déclaration a été transmise"))
            #expect(!page.body.string.contains("Consigner une notification"))
            #expect(try await teacher.post(path + "/resolution", form: [:]).status == .forbidden)
        }
    }

    @Test func notificationsAreVersionedAndTheAuthorityWaitsForTheDecision() async throws {
        try await TestApp.run { app in
            var dpd = Browser(app)
            _ = try await dpd.signIn(Self.dpd)
            let path = try #require(try await Self.declare(&dpd).headers.first(name: .location))
            _ = try await dpd.get(path)
            let complementaryFirst = try await dpd.post(path + "/notifications", form: ["audience": "partners", "phase": "complementary", "proof": "x"])
            let noProof = try await dpd.post(path + "/notifications", form: ["audience": "partners", "phase": "initial", "proof": " "])
            let initial = try await dpd.post(path + "/notifications", form: ["audience": "partners", "phase": "initial", "proof": "courriel 2026-0914-1"])
            let again = try await dpd.post(path + "/notifications", form: ["audience": "partners", "phase": "initial", "proof": "y"])
            let update = try await dpd.post(path + "/notifications", form: ["audience": "partners", "phase": "complementary", "proof": "courriel 2"])
            let authorityEarly = try await dpd.post(path + "/notifications", form: ["audience": "authority", "phase": "initial", "proof": "CNIL-1"])
            #expect(complementaryFirst.status == .unprocessableEntity && complementaryFirst.body.string.contains("est l'initiale"))
            #expect(noProof.status == .unprocessableEntity && noProof.body.string.contains("preuve de l'envoi"))
            #expect(initial.status == .seeOther && again.status == .unprocessableEntity && update.status == .seeOther)
            #expect(authorityEarly.status == .unprocessableEntity && authorityEarly.body.string.contains("décision de notifier"))
            let decided = try await dpd.post(path + "/decision", form: [
                "convened_at": "2026-09-14T08:30", "members": "DPD ACA, RSSI CD", "decision": "notify",
                "reasoning": "Notes d'élèves mineurs divulguées : risque pour leurs droits.", "high_risk": "yes"])
            let authority = try await dpd.post(path + "/notifications", form: ["audience": "authority", "phase": "initial", "proof": "CNIL récépissé 42"])
            let receipt = try await dpd.post(path + "/notifications", form: ["audience": "partners", "phase": "complementary", "proof": "courriel 3"])
            #expect(decided.status == .seeOther && authority.status == .seeOther && receipt.status == .seeOther)
            let id = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let notifications = try await BreachStore(database: app.db).notifications(of: id)
            #expect(notifications.map { "\($0.audience.rawValue)/\($0.phase.rawValue)/\($0.version)" }
                    == ["partners/initial/1", "partners/complementary/2", "authority/initial/1", "partners/complementary/3"])
            #expect(notifications[0].proof == "courriel 2026-0914-1" && notifications[0].content.personCount == 240)
            let breach = try #require(try await BreachStore(database: app.db).breach(id))
            #expect(breach.progress.partnerNoticeSentAt != nil && breach.progress.authorityNotifiedAt != nil)
            #expect(breach.progress.receiptSharedAt == notifications[3].sentAt && breach.progress.highRisk == true)
            // The register, in CSV and JSON, holds the decision and its reasoning.
            let csv = try await dpd.get("/breaches.csv").body.string
            #expect(csv.contains("VDP-2026-0001") && csv.contains("notify") && csv.contains("risque pour leurs droits"))
            let json = try JSONSerialization.jsonObject(with: Data(try await dpd.get("/breaches.json").body.readableBytesView)) as? [[String: Any]]
            #expect(json?.first?["decision_reasoning"] as? String == "Notes d'élèves mineurs divulguées : risque pour leurs droits.")
            #expect(try await dpd.get(path + "/authority").body.string.contains("récépissé") == false)
            #expect(try await dpd.get(path + "/authority").body.string.contains("Date et heure de prise de connaissance"))
        }
    }

    @Test func aNotificationSentThroughEntenteGoesToTheOtherPartysDPDAndRSSIWithItsProof() async throws {
        let mail = RecordingMailSender()
        try await TestApp.run(mail: mail) { app in
            var rssi = Browser(app)
            _ = try await rssi.signIn(Self.cdRSSI)
            let path = try #require(try await Self.declare(&rssi).headers.first(name: .location))
            _ = try await rssi.get(path)
            let sent = try await rssi.post(path + "/notifications", form: ["audience": "partners", "phase": "initial", "send_by_mail": "1"])
            #expect(sent.status == .seeOther)
            let messages = await mail.sentMessages
            let notice = try #require(messages.last)
            #expect(Set(notice.to) == [Self.dpd, "assistance@ac-rennes.demo.entente.fr"])
            #expect(notice.subject.contains("initiale") && notice.body.contains("Nombre de personnes concernées : 240"))
            // The declaration itself alerted the origin's DPD and RSSI.
            #expect(messages.first.map { Set($0.to) } == ["dpo@cd35.demo.entente.fr", Self.cdRSSI])
            let id = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let proof = try #require(try await BreachStore(database: app.db).notifications(of: id).first?.proof)
            #expect(proof.contains(try #require(notice.messageID)) && proof.contains(Self.dpd))
        }
    }

    @Test func theWatchRemindsTheOwingPartyBeforeTheDeadlineAndOnceOverdueEachOnce() async throws {
        let mail = RecordingMailSender()
        try await TestApp.run(mail: mail) { app in
            var dpd = Browser(app)
            _ = try await dpd.signIn(Self.dpd)
            _ = try await Self.declare(&dpd)
            let watch = BreachWatch(environment: EntenteApp.environment(app), database: app.db, logger: app.logger)
            let paris = { (text: String) in try Instant.parse(iso: text, in: .europeParis) }
            // The Département's notice is due on Wednesday 16 September at 08:00.
            #expect(try await watch.pass(at: paris("2026-09-15T20:00")).isEmpty)
            let approaching = try await watch.pass(at: paris("2026-09-16T03:00"))
            #expect(approaching.map(\.kind) == [.partnerNotice] && approaching[0].stage == .approaching)
            #expect(try await watch.pass(at: paris("2026-09-16T04:00")).isEmpty, "once")
            let overdue = try await watch.pass(at: paris("2026-09-16T09:00"))
            #expect(overdue.map(\.kind) == [.partnerNotice] && overdue[0].stage == .overdue)
            let reminder = try #require(await mail.sentMessages.last)
            #expect(Set(reminder.to) == ["dpo@cd35.demo.entente.fr", Self.cdRSSI] && reminder.subject.contains("DÉPASSÉE"))
            // The authority's clock (Thursday 08:00) is the académie's: its DPD and RSSI are reminded.
            let authority = try await watch.pass(at: paris("2026-09-17T03:00"))
            #expect(authority.map(\.kind) == [.authorityNotification])
            #expect(Set(try #require(await mail.sentMessages.last).to) == [Self.dpd, "assistance@ac-rennes.demo.entente.fr"])
        }
    }

    @Test func openClocksReadTheSameFactsAsTheBreaches() async throws {
        try await TestApp.run { app in
            var dpd = Browser(app)
            _ = try await dpd.signIn(Self.dpd)
            let path = try #require(try await Self.declare(&dpd).headers.first(name: .location))
            _ = try await dpd.get(path)
            _ = try await dpd.post(path + "/notifications", form: ["audience": "partners", "phase": "initial", "proof": "courriel"])
            _ = try await dpd.post(path + "/decision", form: ["convened_at": "2026-09-14T08:30", "decision": "do-not-notify",
                                                              "reasoning": "Aucun risque", "high_risk": "no"])
            let store = BreachStore(database: app.db)
            #expect(try await store.openClocks() == (try await store.openBreaches()).map(\.clockFacts))
            #expect(try await store.openClocks().first?.progress.authorityDecision == .doNotNotify)
        }
    }

    @Test func theCrisisDirectoryNeedsAPhoneAndEachAgentKeepsTheirOwnParty() async throws {
        try await TestApp.run { app in
            var agent = Browser(app), dpd = Browser(app)
            _ = try await agent.signIn(Self.cdRSSI)
            _ = try await dpd.signIn(Self.dpd)
            let directory = "/conventions/ille-et-vilaine-2025/crisis-directory"
            let page = try await agent.get(directory)
            #expect(page.status == .ok && page.body.string.contains("Revue en retard"))
            let noPhone = try await agent.post(directory, form: ["party": "CD", "function": "crisis-cell", "name": "Astreinte DSI",
                                                                 "email": "astreinte@cd35.demo.entente.fr", "phone": " "])
            #expect(noPhone.status == .unprocessableEntity && noPhone.body.string.contains("Indiquez un téléphone"))
            let otherParty = try await agent.post(directory, form: ["party": "ACA", "function": "crisis-cell", "name": "X",
                                                                    "email": "x@ac-rennes.fr", "phone": "02 99 00 00 00"])
            #expect(otherParty.status == .forbidden)
            let added = try await agent.post(directory, form: ["party": "CD", "function": "crisis-cell", "name": "Astreinte DSI",
                                                               "email": "Astreinte@cd35.demo.entente.fr", "phone": "+33 2 99 00 00 00"])
            #expect(added.status == .seeOther)
            let contacts = try await CrisisDirectoryStore(database: app.db).contacts(email: "astreinte@cd35.demo.entente.fr")
            #expect(contacts.count == 1 && contacts[0].reviewedOn == isoDay("2026-09-14"))
            // The observer reads the directory, keeps none of it.
            #expect(try await dpd.get(directory).status == .ok)
            #expect(try await dpd.post(directory, form: ["party": "ACA", "function": "dpd", "name": "Y", "email": "y@ac-rennes.fr",
                                                         "phone": "02 99 00 00 01"]).status == .forbidden)
            let overdue = try #require(try await CrisisDirectoryStore(database: app.db).contacts(of: "ille-et-vilaine-2025")
                .first { $0.email == "dpo@cd35.demo.entente.fr" })
            _ = try await agent.get(directory)
            #expect(try await agent.post("/crisis-directory/\(overdue.id.uuidString.lowercased())/review", form: [:]).status == .seeOther)
            #expect(try await agent.get(directory).body.string.contains("Revue en retard") == false)
        }
    }
}

private func isoDay(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
