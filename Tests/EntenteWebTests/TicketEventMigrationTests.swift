import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Migration 024 (`TypeTicketEvents`): the history lines written before it, in reused columns and with
/// sentences storage built, read back as the same typed facts as lines written after it.
@Suite struct TicketEventMigrationTests {
    @Test func linesOfTheOldShapeMoveIntoTheirColumns() async throws {
        try await TestApp.run { app in
            // arrange: a ticket, then four lines as versions up to 023 wrote them
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let ticketID = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let sql = try #require(app.db as? any SQLDatabase)
            let at = TestApp.now, due = TestApp.now.addingTimeInterval(-3600)
            func old(_ kind: String, _ from: String?, _ to: String?, _ body: String) async throws {
                try await sql.insert(into: "ticket_events")
                    .columns("id", "ticket_id", "at", "actor", "kind", "from_status", "to_status", "body")
                    .values(SQLBind(UUID()), SQLBind(ticketID), SQLBind(at), SQLBind("agent"), SQLBind(kind), SQLBind(from),
                            SQLBind(to), SQLBind(body)).run()
            }
            try await old("transfer", "CD", "ACA", "Dérogation à la convention — relève de l'académie")
            try await old("team", "CD35-RESEAUX", "CD35-PRESTATAIRE", "Escalade → Prestataire de maintenance (N3) : borne HS")
            try await old("attachment", nil, nil, "devis (1).pdf (application/pdf, 1234 octets)")
            try await old("sla", "pickup", "breach", "Délai dépassé — Prise en charge : échéance lundi 14 septembre 2026 à 10:00.")
            try await sql.insert(into: "ticket_sla_alerts").columns("id", "ticket_id", "clock", "kind", "due_at", "at")
                .values(SQLBind(UUID()), SQLBind(ticketID), SQLBind("pickup"), SQLBind("breach"), SQLBind(due), SQLBind(at)).run()
            // act
            try await TypeTicketEvents.moveLines(on: sql)
            // check
            let facts = try await TicketStore(database: app.db).events(of: ticketID).map(\.fact)
            #expect(facts.contains(.transfer(fromParty: "CD", toParty: "ACA", reason: "relève de l'académie",
                                             overridesConvention: true)))
            #expect(facts.contains(.teamChanged(from: "CD35-RESEAUX", to: "CD35-PRESTATAIRE", movement: .escalation,
                                                reason: "borne HS")))
            #expect(facts.contains(.attachment(fileName: "devis (1).pdf", mediaType: "application/pdf", size: 1234, audience: nil)))
            #expect(facts.contains(.serviceLevel(clock: .pickup, alert: .breach, dueAt: Instant(due))))
            // Worded again when shown, as before the move.
            let page = try await agent.get(path).body.string
            #expect(page.contains("Dérogation à la convention — relève de l&#39;académie")
                    || page.contains("Dérogation à la convention — relève de l'académie"))
            #expect(page.contains("devis (1).pdf (application/pdf, 1234 octets)"))
        }
    }
}
