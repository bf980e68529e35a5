import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The indicators of an establishment, on the page and as open data, from a known park.
@Suite struct InventoryIndicatorsPageTests {
    @Test func theFiguresOfAKnownParkAreExactOnThePageAndInTheOpenData() async throws {
        try await TestApp.run { app in
            // setup: five devices of the principal's collège, on 14 September 2026 (the test clock)
            let (uai, component, principal) = try InventoryPagesTests.college()
            var agent = Browser(app)
            _ = try await agent.signIn(InventoryPagesTests.agent)
            let file = """
                UAI;N° d'inventaire;Composant;Financement;Date d'acquisition;Fin de garantie;Statut;Reconditionné
                \(uai.value);PC-1;\(component);Département;2025-01-10;2027-01-10;in-service;oui
                \(uai.value);PC-2;\(component);Fonds propres;2021-05-01;2024-05-01;in-service;non
                \(uai.value);PC-3;\(component);Département;2019-01-01;;out-of-order;
                \(uai.value);PC-4;\(component);Département;2025-06-01;2028-06-01;in-stock;oui
                \(uai.value);PC-5;\(component);Département;2018-01-01;;recycled;oui

                """
            let (path, _) = try await InventoryPagesTests.upload(&agent, Data(file.utf8))
            _ = try await agent.post(path, form: ["action": "apply"])
            let pupils = try #require(TestApp.territory.establishments.first { $0.uai == uai }?.latestPupils?.count)
            // act
            let json = try await agent.get("/inventory/indicators.json?establishment=\(uai.value)")
            let page = try await agent.get("/inventory/indicators?establishment=\(uai.value)")
            var member = Browser(app)
            _ = try await member.signIn(principal)
            let other = try await member.get("/inventory/indicators.json?establishment=0350003N")
            // check
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [String: Any])
            #expect(document["schema"] as? String == "entente-inventory-indicators/1")
            #expect(document["devices"] as? [String: Int] == ["in-service": 2, "unavailable": 1, "stock": 1, "ordered": 0])
            #expect(document["by_age"] as? [String: Int] == ["under-2": 1, "2-4": 0, "4-6": 1, "6-and-more": 1, "unknown": 0])
            #expect(document["warranties_ending_within_6_months"] as? Int == 1)
            #expect(document["own_funds"] as? Int == 1)
            // Of the three deployed devices one was bought reconditioned (the one in stock and the recycled one are not deployed)
            #expect(document["reconditioned"] as? Int == 1 && document["reconditioned_percent"] as? Int == 33)
            // The collège's devices are of a component the référentiel has no line for: none of its lines is met
            #expect(document["conformance_percent"] as? Int == 0)
            #expect(document["pupils"] as? Int == pupils)
            let tenths = (pupils * 20 + 2) / 4
            #expect(document["pupils_per_device"] as? String == "\(tenths / 10).\(tenths % 10)")
            let retired = try #require(document["retired_by_year"] as? [[String: Any]])
            #expect(retired.count == 1 && retired.first?["status"] as? String == "recycled" && retired.first?["year"] as? Int == 2026)
            #expect(page.status == .ok && page.body.string.contains("Appareils en service par composant"))
            #expect(page.body.string.contains("<strong>2</strong> en service"))
            #expect(other.status == .notFound, "another establishment's figures are not the principal's to read")
            let csv = try await agent.get("/inventory/indicators.csv?establishment=\(uai.value)")
            #expect(csv.body.string.contains("devices;in-service;2\r\n") && csv.body.string.contains("reconditioned_percent;;33\r\n"))
        }
    }
}
