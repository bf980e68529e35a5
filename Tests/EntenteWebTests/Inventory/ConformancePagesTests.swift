import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The référentiel's conformance through HTTP, and modulations recorded by the collectivité only.
@Suite struct ConformancePagesTests {
    @Test func anEstablishmentIsComparedLineByLineAndTheDepartementModulatesALine() async throws {
        try await TestApp.run { app in
            // setup: 12 Wi-Fi access points (the référentiel's 12) and 18 projectors (20 expected)
            let (uai, _, principal) = try InventoryPagesTests.college()
            var agent = Browser(app)
            _ = try await agent.signIn(InventoryPagesTests.agent)
            let rows = (1...12).map { "\(uai.value);AP-\($0);bornes-wifi;CD" } + (1...18).map { "\(uai.value);VP-\($0);videoprojecteurs;CD" }
            let (path, _) = try await InventoryPagesTests.upload(&agent, Data(("UAI;N° d'inventaire;Composant;Financement\n"
                + rows.joined(separator: "\n") + "\n").utf8))
            _ = try await agent.post(path, form: ["action": "apply"])
            // act
            let page = try await agent.get("/inventory/conformance?establishment=\(uai.value)")
            let modulated = try await agent.post("/inventory/conformance/modulations", form: [
                "establishment": uai.value, "component": "videoprojecteurs", "quantity": "18", "agreed_on": "2026-09-01",
                "agreed_with": "Mme Le Goff, principale", "reason": "deux salles sans vidéoprojection (travaux)"])
            let refusedLine = try await agent.post("/inventory/conformance/modulations", form: [
                "establishment": uai.value, "component": "bornes-wifi", "quantity": "3", "agreed_on": "2026-09-01",
                "agreed_with": "Mme Le Goff", "reason": "x"])
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            _ = try await academie.get("/inventory/conformance")
            let academieTry = try await academie.post("/inventory/conformance/modulations", form: [
                "establishment": uai.value, "component": "videoprojecteurs", "quantity": "10", "agreed_on": "2026-09-01",
                "agreed_with": "x", "reason": "y"])
            var member = Browser(app)
            _ = try await member.signIn(principal)
            let after = try await member.get("/inventory/conformance?establishment=\(uai.value)")
            // check
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<td>12</td><td>0</td><td>0</td><td>0</td><td>oui</td>"), "Wi-Fi: 12 of 12")
            #expect(page.body.string.contains("<td>18</td><td>2</td><td>0</td><td>0</td><td>non</td>"), "projectors: 2 missing")
            #expect(modulated.status == .seeOther)
            #expect(refusedLine.status == .unprocessableEntity, "the Wi-Fi line is not modulable")
            #expect(academieTry.status == .forbidden, "the référentiel is the Département's")
            #expect(after.body.string.contains("18 (2026-09-01, Mme Le Goff, principale : deux salles sans vidéoprojection (travaux))"))
            #expect(after.body.string.contains("<td>18</td><td>0</td><td>0</td><td>0</td><td>oui</td>"))
            #expect(!after.body.string.contains("Enregistrer une modulation"), "the principal reads, the Département records")
        }
    }
}
