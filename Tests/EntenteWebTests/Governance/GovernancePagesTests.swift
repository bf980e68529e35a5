import EntenteCore
import EntenteMail
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The comité opérationnel of Ille-et-Vilaine through HTTP: scheduled by the Département (its chair), convened by
/// mail, attendance with the académie's proxy, votes that belong to member bodies, minutes approved by the next
/// meeting, an action item followed to done.
@Suite struct GovernancePagesTests {
    static let cd = "dsi@cd35.demo.entente.fr"
    static let aca = "assistance@ac-rennes.demo.entente.fr"
    static let dpd = "dpd@ac-rennes.demo.entente.fr"

    static func schedule(_ browser: inout Browser, at moment: String, agenda: String = "Bilan du trimestre",
                         carry: [String: String] = [:]) async throws -> String {
        let response = try await browser.post("/governance", form: ["body": "ille-et-vilaine-2025/comite-operationnel", "scheduled_at": moment,
                                                                    "place": "Hôtel du Département, Rennes", "agenda": agenda]
                                                                    .merging(carry) { $1 })
        #expect(response.status == .seeOther, "\(response.status) \(response.body.string.prefix(400))")
        return try #require(response.headers.first(name: .location))
    }

    static func voteID(_ app: Application, meeting path: String, motion: String) async throws -> String {
        let meetingID = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
        let vote = try #require(try await GovernanceStore(database: app.db).votes(of: meetingID).first { $0.motion.contains(motion) })
        return vote.id.uuidString.lowercased()
    }

    @Test func aMeetingFromItsConvocationToItsMinutesApprovedAtTheNext() async throws {
        let mail = RecordingMailSender()
        try await TestApp.run(mail: mail) { app in
            var cd = Browser(app), aca = Browser(app), dpd = Browser(app), principal = Browser(app)
            _ = try await cd.signIn(Self.cd)
            _ = try await aca.signIn(Self.aca)
            _ = try await dpd.signIn(Self.dpd)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)

            // The Département chairs the comité opérationnel: it schedules; the académie, a member, does not.
            let notTheirs = try await aca.post("/governance", form: ["body": "ille-et-vilaine-2025/comite-operationnel",
                                                                     "scheduled_at": "2026-09-15T14:00", "place": "Rennes"])
            #expect(notTheirs.status == .unprocessableEntity && notTheirs.body.string.contains("Instance : à renseigner"))
            #expect(try await principal.get("/governance/meetings/new").status == .forbidden)
            let bad = try await cd.post("/governance", form: ["body": "ille-et-vilaine-2025/comite-operationnel", "scheduled_at": "demain", "place": ""])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("AAAA-MM-JJTHH:MM") && bad.body.string.contains("Lieu"))
            let first = try await Self.schedule(&cd, at: "2026-09-15T14:00", agenda: "Bilan du trimestre\nChoix des logiciels pédagogiques")

            // Attendance: two delegates of the Département, the académie excused and giving its proxy to the Département.
            for (email, name, member, presence) in [(Self.cd, "DSI du Département", "CD", "present"), ("dga@cd35.fr", "DGA", "CD", "present"),
                                                    (Self.aca, "Assistance de l'académie", "ACA", "excused")] {
                #expect(try await cd.post(first + "/attendees", form: ["email": email, "name": name, "member": member, "presence": presence]).status == .seeOther)
            }
            #expect(try await cd.post(first + "/attendees", form: ["email": "x@y.fr", "name": "X", "member": "EPLE", "presence": "present"])
                .body.string.contains("ne siège pas"))
            #expect(try await cd.post(first + "/proxies", form: ["from": "ACA", "to": "CD"]).status == .seeOther)
            #expect(try await aca.post(first + "/proxies", form: ["from": "CD", "to": "ACA"]).status == .forbidden)

            // The convocation goes to every attendee with the agenda.
            #expect(try await cd.post(first + "/convocation", form: [:]).status == .seeOther)
            let sent = await mail.sentMessages.last
            #expect(sent?.subject.hasPrefix("Convocation — Comité opérationnel") == true)
            #expect(Set(sent?.to ?? []) == [Self.cd, "dga@cd35.fr", Self.aca] && sent?.body.contains("2. Choix des logiciels pédagogiques") == true)

            // A vote by member body: the académie's vote is cast by the Département's delegate holding its proxy.
            #expect(try await cd.post(first + "/votes", form: ["motion": "Adopter le choix des logiciels"]).status == .seeOther)
            let vote = try await Self.voteID(app, meeting: first, motion: "logiciels")
            let meetingID = String(first.split(separator: "/").last!)
            let ballots = "/governance/votes/\(vote)/ballots?meeting=\(meetingID)"
            #expect(try await cd.post(ballots, form: ["member": "CD", "choice": "yes"]).status == .seeOther)
            let twice = try await cd.post(ballots, form: ["member": "CD", "choice": "no"])
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("a déjà voté"))
            // The excused académie delegate holds no accreditation: the proxy went to the Département.
            let excused = try await aca.post(ballots, form: ["member": "ACA", "choice": "no"])
            #expect(excused.status == .unprocessableEntity && excused.body.string.contains("pas délégué présent"))
            #expect(try await cd.post(ballots, form: ["member": "ACA", "choice": "yes"]).status == .seeOther)
            #expect(try await cd.post("/governance/votes/\(vote)/closure?meeting=\(meetingID)", form: [:]).status == .seeOther)
            let decided = try await cd.get(first)
            #expect(decided.body.string.contains("comite-operationnel/2026/1") && decided.body.string.contains("adoptée"))
            let late = try await cd.post(ballots, form: ["member": "CD", "choice": "no"])
            #expect(late.body.string.contains("Le vote est clos"))

            // Minutes drafted; an attendee comments; an action item decided.
            #expect(try await cd.post(first + "/minutes", form: ["text": "Le comité adopte le choix des logiciels."]).status == .seeOther)
            #expect(try await aca.post(first + "/comments", form: ["text": "Préciser le calendrier."]).status == .seeOther)
            #expect(try await dpd.post(first + "/comments", form: ["text": "x"]).body.string.contains("Seuls les participants"))
            #expect(try await cd.post(first + "/actions", form: ["title": "Déployer les logiciels", "owner_party": "ACA", "owner_name": "DSII",
                                                                 "due_on": "2026-10-15", "decision": "comite-operationnel/2026/1"]).status == .seeOther)
            #expect(try await cd.post(first + "/signature", form: [:]).body.string.contains("Seul un procès-verbal approuvé"))

            // The next meeting: the open action comes back on its agenda, and the minutes are approved by its vote.
            let form = try await cd.get("/governance/meetings/new?body=ille-et-vilaine-2025/comite-operationnel")
            #expect(form.body.string.contains("Reprendre des points de la séance du") && form.body.string.contains("carry_1"))
            let second = try await Self.schedule(&cd, at: "2026-12-15T14:00", carry: ["carry_1": "1"])
            let next = try await cd.get(second)
            #expect(next.body.string.contains("Suivi des actions") && next.body.string.contains("Déployer les logiciels"))
            #expect(next.body.string.contains("Choix des logiciels pédagogiques") && next.body.string.contains("reporté"))
            #expect(try await cd.post(second + "/attendees", form: ["email": Self.cd, "name": "DSI", "member": "CD", "presence": "present"]).status == .seeOther)
            let firstID = String(first.split(separator: "/").last!)
            #expect(try await cd.post(second + "/votes", form: ["subject": firstID]).status == .seeOther)
            let approval = try await Self.voteID(app, meeting: second, motion: "procès-verbal")
            let secondID = String(second.split(separator: "/").last!)
            #expect(try await cd.post("/governance/votes/\(approval)/ballots?meeting=\(secondID)", form: ["member": "CD", "choice": "yes"]).status == .seeOther)
            // Only the Département is there and the académie gave no proxy: one member of two, no quorum.
            let noQuorum = try await cd.post("/governance/votes/\(approval)/closure?meeting=\(secondID)", form: [:])
            #expect(noQuorum.status == .unprocessableEntity && noQuorum.body.string.contains("Quorum non atteint : 1 membre(s) représenté(s) sur 2"))
            #expect(try await cd.post(second + "/attendees", form: ["email": Self.aca, "name": "Assistance", "member": "ACA", "presence": "present"]).status == .seeOther)
            #expect(try await aca.post("/governance/votes/\(approval)/ballots?meeting=\(secondID)", form: ["member": "ACA", "choice": "yes"]).status == .seeOther)
            #expect(try await cd.post("/governance/votes/\(approval)/closure?meeting=\(secondID)", form: [:]).status == .seeOther)
            let approved = try await cd.get(first)
            #expect(approved.body.string.contains("Approuvé par la décision comite-operationnel/2026/2"))
            #expect(try await cd.post(first + "/minutes", form: ["text": "autre"]).body.string.contains("ne change plus"))
            #expect(try await cd.post(first + "/signature", form: [:]).status == .seeOther)
            let printable = try await cd.get(first + "/minutes")
            #expect(printable.body.string.contains("Signé par") && printable.body.string.contains("comite-operationnel/2026/1"))

            // The action's owner party moves it to done; it leaves the next agendas.
            let item = try #require(try await GovernanceStore(database: app.db).actionItems(conventions: ["ille-et-vilaine-2025"]).first)
            #expect(try await principal.post("/governance/actions/\(item.id.uuidString.lowercased())/status", form: ["status": "done"]).status == .notFound)
            #expect(try await aca.post("/governance/actions/\(item.id.uuidString.lowercased())/status", form: ["status": "done"]).status == .seeOther)
            #expect(!(try await cd.get(second)).body.string.contains("Suivi des actions"))

            // Who reads: the members' people (the académie's DPD, an observer), not an establishment for a body without it.
            #expect(try await dpd.get(first).status == .ok)
            #expect(try await principal.get(first).status == .notFound)
            #expect(try await principal.get("/governance").body.string.contains("Comité stratégique"))
            #expect(!(try await principal.get("/governance")).body.string.contains("Comité opérationnel et d'évaluation"))
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.governanceUpdated.rawValue).count()
            #expect(audit >= 15)
        }
    }

    @Test func theSumsOfTheConventionForItsPartiesOnly() async throws {
        try await TestApp.run { app in
            var cd = Browser(app), dpd = Browser(app), principal = Browser(app)
            _ = try await cd.signIn(Self.cd)
            _ = try await dpd.signIn(Self.dpd)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let page = try await cd.get("/conventions/ille-et-vilaine-2025/finance")
            #expect(page.status == .ok && page.body.string.contains("18411.00 €") && page.body.string.contains("55233.00 €"))
            #expect(try await principal.get("/conventions/ille-et-vilaine-2025/finance").status == .notFound)
            #expect(try await cd.get("/conventions/ile-de-france-2023/finance").status == .notFound)

            let call = try await dpd.get("/conventions/ille-et-vilaine-2025/finance/call?schedule=contribution-ent&year=2026")
            #expect(call.body.string.contains("55233.00 €") && call.body.string.contains("32490 × 1.70 = 55233.00 €"))
            let csv = try await dpd.get("/conventions/ille-et-vilaine-2025/finance/call.csv?schedule=contribution-ent&year=2025")
            #expect(csv.headers.contentType?.subType == "csv" && csv.body.string.contains("55233.00 × 4 / 12 = 18411.00 €"))
            #expect(try await dpd.get("/conventions/ille-et-vilaine-2025/finance/call?schedule=contribution-ent&year=2030").status == .notFound)

            // The observer reads; the agent records a payment.
            #expect(try await dpd.post("/conventions/ille-et-vilaine-2025/finance/payments", form: [:]).status == .forbidden)
            let paid = try await cd.post("/conventions/ille-et-vilaine-2025/finance/payments", form: [
                "schedule": "contribution-ent", "year": "2025", "paid_on": "2025-06-12", "amount": "18 411,00", "reference": "Mandat 2025-1234"])
            #expect(paid.status == .seeOther)
            let refused = try await cd.post("/conventions/ille-et-vilaine-2025/finance/payments", form: [
                "schedule": "contribution-ent", "year": "2027", "paid_on": "2025-06-12", "amount": "10"])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("une année de l'échéancier"))
            #expect(try await cd.get("/conventions/ille-et-vilaine-2025/finance").body.string.contains("Mandat 2025-1234"))
        }
    }

    @Test func aCommitmentThatWouldOverrunIsWarnedWhileDraftedAndRefusedConfirmed() async throws {
        try await TestApp.run { app in
            var admin = Browser(app)
            _ = try await admin.signIn("admin@demo.entente.fr")
            let path = "/conventions/ile-de-france-2023/finance/commitments"
            let page = try await admin.get("/conventions/ile-de-france-2023/finance")
            #expect(page.body.string.contains("64350000.00 €") && page.body.string.contains("font bien les totaux"))
            #expect(page.body.string.contains("9392307.6923… €") || page.body.string.contains("93923.0769… €"))
            // Penalties of 1 000,00 € paid back among 11 Régions: 90,90 € each, the ten cents left to the first ten.
            let penalties = try await admin.get("/conventions/ile-de-france-2023/finance?penalty=1000&participants=11")
            #expect(penalties.body.string.contains("<li>90.91 € (+1 c)</li>") && penalties.body.string.contains("<li>90.90 €</li>"))
            // Article 30: 50 000 €. 30 000 confirmed, then a draft of 15 000, then a draft of 10 000 that overruns with it.
            #expect(try await admin.post(path, form: ["authorization": "art-30", "label": "Étude A", "amount": "30000", "status": "confirmed"]).status == .seeOther)
            #expect(try await admin.post(path, form: ["authorization": "art-30", "label": "Étude B", "amount": "15000", "status": "draft"]).status == .seeOther)
            let warned = try await admin.post(path, form: ["authorization": "art-30", "label": "Étude C", "amount": "10000", "status": "draft"])
            #expect(warned.status == .unprocessableEntity && warned.body.string.contains("dépasserait l'affectation") && warned.body.string.contains("5000.00 €"))
            let refused = try await admin.post(path, form: ["authorization": "art-30", "label": "Étude D", "amount": "20000.01", "status": "confirmed"])
            #expect(refused.body.string.contains("Refusé") && refused.body.string.contains("0.01 €"))
            let commitments = try await FinanceStore(database: app.db).commitments(conventionID: "ile-de-france-2023")
            #expect(commitments.map(\.label) == ["Étude A", "Étude B", "Étude C"])
            #expect(commitments.map(\.status) == [.confirmed, .draft, .draft])
        }
    }
}
