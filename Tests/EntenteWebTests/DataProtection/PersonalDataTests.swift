import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// A person's data: what Entente holds on them, exported as JSON, erased into a pseudonym unless a rule
/// forbids it; the retention rules in a dry run, then applied with their log.
@Suite struct PersonalDataTests {
    static let teacher = TicketPagesTests.principalEmail.replacingOccurrences(of: "principal@", with: "enseignant@")

    @Test func theExportHoldsTheAccountTheTicketsTheHistoryAndTheLoans() async throws {
        try await TestApp.run { app in
            let (_, principal, assets) = try await InventoryLoanTests.stockedCollege(app)
            var member = Browser(app), dpd = Browser(app)
            _ = try await member.signIn(principal)
            let ticket = try #require(try await TicketPagesTests.file(&member, extra: ["requester_name": "Léa Martin"])
                .headers.first(name: .location))
            _ = try await member.get(ticket)
            let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
            #expect(try await member.upload(ticket + "/attachments", fileName: "releve.pdf", content: pdf).status == .seeOther)
            _ = try await member.get("/inventory/allocations")
            _ = try await member.post("/inventory/allocations", form: [
                "establishment": assets[0].details.establishment.value, "component": assets[0].details.componentID,
                "class_name": "6e A", "pupils": "Léa Martin\r\n"])
            _ = try await dpd.signIn(BreachPagesTests.dpd)
            let page = try await dpd.get("/data-protection?email=\(principal)&name=L%C3%A9a%20Martin")
            #expect(page.status == .ok && page.body.string.contains("tickets_requested"))
            let download = try await dpd.get("/data-protection/export.json?email=\(principal)&name=L%C3%A9a%20Martin")
            #expect(download.headers.first(name: .contentDisposition)?.contains("donnees-personnelles.json") == true)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(download.body.readableBytesView)) as? [String: Any])
            #expect(json["schema"] as? String == "entente.personal-data.v1")
            #expect((json["account"] as? [String: Any])?["email"] as? String == principal)
            let tickets = try #require(json["tickets_requested"] as? [[String: Any]])
            #expect(tickets.count == 1 && tickets[0]["requester_name"] as? String == "Léa Martin")
            let entries = try #require(json["ticket_entries"] as? [[String: Any]])
            #expect(entries.contains { $0["kind"] as? String == "attachment" && $0["text"] as? String == "releve.pdf" })
            let loans = try #require(json["loans"] as? [[String: Any]])
            #expect(loans.count == 1 && loans[0]["holder"] as? String == "Léa Martin" && loans[0]["class_name"] as? String == "6e A")
            #expect((json["audit_trail"] as? [[String: Any]])?.contains { $0["action"] as? String == "sign-in" } == true)
        }
    }

    @Test func erasureReplacesThePersonByAPseudonymAndKeepsNoPersonalDataInTheAudit() async throws {
        try await TestApp.run { app in
            var teacher = Browser(app), dpd = Browser(app)
            _ = try await teacher.signIn(Self.teacher)
            let path = try #require(try await TicketPagesTests.file(&teacher, extra: ["requester_name": "M. Enseignant"])
                .headers.first(name: .location))
            _ = try await dpd.signIn(BreachPagesTests.dpd)
            _ = try await dpd.get("/data-protection?email=\(Self.teacher)")
            let unconfirmed = try await dpd.post("/data-protection/erasure", form: ["email": Self.teacher, "name": ""])
            #expect(unconfirmed.status == .unprocessableEntity && unconfirmed.body.string.contains("Cochez la confirmation"))
            let erased = try await dpd.post("/data-protection/erasure", form: ["email": Self.teacher, "name": "", "confirm": "1"])
            #expect(erased.status == .ok && erased.body.string.contains("pseudonyme-"))
            // The account is gone; the ticket stays, its requester a pseudonym.
            #expect(try await UserRecord.query(on: app.db).filter(\.$email == Self.teacher).count() == 0)
            let reference = try #require(path.split(separator: "/").last.flatMap { UUID(uuidString: String($0)) })
            let ticket = try #require(try await TicketRecord.find(reference, on: app.db))
            #expect(ticket.requesterEmail == nil && ticket.requesterName.hasPrefix("pseudonyme-") && ticket.filedBy.hasPrefix("pseudonyme-"))
            #expect(try await AuditRecord.query(on: app.db).filter(\.$actor == Self.teacher).count() == 0)
            let audit = try #require(try await AuditRecord.query(on: app.db).filter(\.$action == "personal-data.erase").first())
            #expect(audit.subject.hasPrefix("pseudonyme-") && !(audit.after ?? "").contains("@") && audit.after?.contains("tickets_requested=1") == true)
            let export = try await PersonalDataStore(database: app.db).export(email: Self.teacher, name: nil, at: Instant(Date()))
            #expect(export.isEmpty)
            // The teacher can no longer sign in.
            var again = Browser(app)
            #expect(try await again.signIn(Self.teacher).headers.first(name: .location) != "/")
        }
    }

    @Test func erasureIsRefusedWithTheRuleThatForbidsIt() async throws {
        try await TestApp.run { app in
            let (_, principal, assets) = try await InventoryLoanTests.stockedCollege(app)
            var member = Browser(app), dpd = Browser(app)
            _ = try await member.signIn(principal)
            _ = try await member.get("/inventory/allocations")
            _ = try await member.post("/inventory/allocations", form: [
                "establishment": assets[0].details.establishment.value, "component": assets[0].details.componentID,
                "class_name": "6e A", "pupils": "Hugo Petit\r\n"])
            _ = try await dpd.signIn(BreachPagesTests.dpd)
            _ = try await dpd.get("/data-protection")
            let lent = try await dpd.post("/data-protection/erasure", form: ["email": "", "name": "Hugo Petit", "confirm": "1"])
            #expect(lent.status == .unprocessableEntity && lent.body.string.contains("un équipement est encore prêté"))
            // A breach declared stays in the register five years after its resolution.
            _ = try await BreachPagesTests.declare(&dpd)
            let held = try await dpd.post("/data-protection/erasure", form: ["email": BreachPagesTests.dpd, "name": "", "confirm": "1"])
            #expect(held.status == .unprocessableEntity && held.body.string.contains("RGPD art. 33(5)"))
            #expect(try await UserRecord.query(on: app.db).filter(\.$email == BreachPagesTests.dpd).count() == 1)
        }
    }

    @Test func retentionShowsADryRunThenPurgesAndLogs() async throws {
        try await TestApp.run { app in
            let (_, principal, assets) = try await InventoryLoanTests.stockedCollege(app)
            var member = Browser(app), admin = Browser(app), teacher = Browser(app)
            _ = try await member.signIn(principal)
            let page = "/inventory/assets/\(assets[0].id.uuidString.lowercased())"
            _ = try await member.get(page)
            _ = try await member.post(page + "/loans", form: ["holder_kind": "staff", "holder_name": "M. Leroy", "started_on": "2026-01-05"])
            let loan = try #require(try await AssetStore(database: app.db).openLoans(of: [assets[0].id])[assets[0].id])
            // Ended on 1 May 2026: four months later (1 September) the name is due on the test's 14 September.
            _ = try await member.post("/inventory/loans/\(loan.id.uuidString.lowercased())/end",
                                      form: ["ending": "returned", "ended_on": "2026-05-01"])
            let store = RetentionStore(database: app.db)
            let rules = RetentionRules.standard
            let dryRun = try await store.due(rules, today: CalendarDate(iso: "2026-09-14")!)
            #expect(dryRun.first { $0.data == .loanHolders }?.count == 1)
            #expect(try await store.due(rules, today: CalendarDate(iso: "2026-08-31")!).first { $0.data == .loanHolders }?.count == 0)
            #expect(try await AssetStore(database: app.db).loan(loan.id)?.holder == .staff(name: "M. Leroy"), "a dry run writes nothing")
            _ = try await teacher.signIn(Self.teacher)
            #expect(try await teacher.get("/data-protection").status == .forbidden)
            _ = try await admin.signIn(BreachPagesTests.admin)
            let before = try await admin.get("/data-protection")
            #expect(before.status == .ok && before.body.string.contains("Aucune purge."))
            #expect(try await admin.post("/data-protection/retention", form: [:]).status == .seeOther)
            #expect(try await AssetStore(database: app.db).loan(loan.id)?.holder == .staff(name: RetentionRule.erased))
            let log = try await store.log()
            #expect(log.first { $0.data == .loanHolders }?.count == 1 && log.first?.actor == BreachPagesTests.admin)
            #expect(try await store.due(rules, today: CalendarDate(iso: "2026-09-14")!).allSatisfy { $0.count == 0 })
        }
    }
}
