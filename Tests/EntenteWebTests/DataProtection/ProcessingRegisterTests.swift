import EntenteCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The register of processing activities of a convention, per party, as a page, CSV and JSON.
@Suite struct ProcessingRegisterTests {
    @Test func eachPartyTakesItsOwnActivitiesWithTheirDuties() async throws {
        try await TestApp.run { app in
            var agent = Browser(app)
            _ = try await agent.signIn(BreachPagesTests.cdRSSI)
            let page = try await agent.get("/conventions/ille-et-vilaine-2025/processing")
            #expect(page.status == .ok && page.body.string.contains("Gestion de la maintenance et du parc informatique des collèges"))
            #expect(page.body.string.contains("Mission d'intérêt public (art. 6-1-e)"))
            let academie = try await agent.get("/conventions/ille-et-vilaine-2025/processing.json?party=ACA")
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(academie.body.readableBytesView)) as? [[String: Any]])
            #expect(entries.map { $0["id"] as? String } == ["maintenance-parc"])
            #expect(entries.first?["joint"] as? Bool == true)
            let csv = try await agent.get("/conventions/ille-et-vilaine-2025/processing.csv?party=CD").body.string
            #expect(csv.contains("services-numeriques-territoriaux") && csv.contains("quatre mois après le départ"))
            let joint = try await agent.get("/conventions/ile-de-france-2023/processing")
            #expect(joint.body.string.contains("Responsables conjoints (art. 26)"))
            #expect(try await agent.get("/conventions/nowhere/processing").status == .notFound)
        }
    }
}
