import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Security incidents through HTTP: reported by a teacher, routed to the académie for the administrative
/// network, qualified, followed in a timeline with requisitions and remediation, closed with its lessons,
/// and opening a breach.
@Suite struct IncidentPagesTests {
    @Test func aTeachersReportIsHandledByTheAcademieUpToItsClosureAndItsBreach() async throws {
        try await TestApp.run { app in
            var teacher = Browser(app), dpd = Browser(app), admin = Browser(app), cd = Browser(app)
            _ = try await teacher.signIn(PersonalDataTests.teacher)
            _ = try await teacher.get("/incidents/new")
            let missing = try await teacher.post("/incidents", form: ["convention": "ille-et-vilaine-2025", "zone": "administratif",
                                                                      "component": "", "summary": " "])
            #expect(missing.status == .unprocessableEntity && missing.body.string.contains("À renseigner."))
            let reported = try await teacher.post("/incidents", form: [
                "convention": "ille-et-vilaine-2025", "zone": "administratif", "component": "stations-travail-administratives",
                "asset": "", "summary": "Un courriel demande les identifiants de l'ENT au secrétariat."])
            #expect(reported.status == .seeOther)
            let path = try #require(reported.headers.first(name: .location))
            let own = try await teacher.get(path)
            #expect(own.body.string.contains("Votre signalement a été transmis") && !own.body.string.contains("Qualifier"))
            // The académie's DPD handles it; the Département (informed) reads it; the administrator does not.
            _ = try await dpd.signIn(BreachPagesTests.dpd)
            _ = try await cd.signIn(BreachPagesTests.cdRSSI)
            _ = try await admin.signIn(BreachPagesTests.admin)
            let page = try await dpd.get(path)
            #expect(page.body.string.contains("SSI-2026-0001") && page.body.string.contains("ACA — "))
            #expect(try await cd.get(path).status == .ok)
            #expect(try await admin.get(path).status == .notFound)
            #expect(try await teacher.post(path + "/qualification", form: ["category": "phishing", "severity": "high"]).status == .forbidden)
            #expect(try await dpd.post(path + "/qualification", form: ["category": "phishing", "severity": "high"]).status == .seeOther)
            let requisitioned = try await dpd.post(path + "/entries", form: ["kind": "requisition", "text": "Journaux de la messagerie", "party": "ACA"])
            #expect(requisitioned.status == .seeOther, "\(requisitioned.status) \(requisitioned.body.string.prefix(300))")
            _ = try await dpd.post(path + "/entries", form: ["kind": "remediation", "text": "Sensibiliser le secrétariat",
                                                             "party": "EPLE", "due_on": "2026-09-01"])
            #expect(try await dpd.post(path + "/head-informed", form: [:]).status == .seeOther)
            let id = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let entries = try await SecurityIncidentStore(database: app.db).entries(of: id)
            #expect(entries.map(\.kind) == [.requisition, .remediation])
            #expect(try await dpd.get(path).body.string.contains("en retard"))
            let requisition = entries[0].id.uuidString.lowercased()
            #expect(try await dpd.post(path + "/timeline/\(requisition)/done", form: [:]).status == .seeOther)
            let noLessons = try await dpd.post(path + "/closure", form: ["lessons": ""])
            #expect(noLessons.status == .unprocessableEntity && noLessons.body.string.contains("enseignements"))
            // Personal data involved: the breach form comes filled from the incident, and the two are linked.
            let form = try await dpd.get("/breaches/new?incident=\(id.uuidString.lowercased())")
            #expect(form.body.string.contains("Un courriel demande les identifiants"))
            let declared = try await dpd.post("/breaches", form: BreachPagesTests.declaration.merging(
                ["origin": "ACA", "incident": id.uuidString.lowercased()]) { $1 })
            #expect(declared.status == .seeOther)
            #expect(try await dpd.post(path + "/closure", form: ["lessons": "Filtrage renforcé"]).status == .seeOther)
            let incident = try #require(try await SecurityIncidentStore(database: app.db).incident(id))
            #expect(incident.isClosed && incident.category == .phishing && incident.headInformedAt != nil && incident.breachID != nil)
            #expect(try await SecurityIncidentStore(database: app.db).entries(of: id)[0].completedAt != nil)
            #expect(try await dpd.get("/incidents").body.string.contains("SSI-2026-0001"))
        }
    }
}
