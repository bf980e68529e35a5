import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Own-funds purchases through HTTP: asked by the school, decided by the party the convention names,
/// received into the inventory.
@Suite struct PurchasePagesTests {
    @Test func aPedagogicalPurchaseIsDecidedByTheDepartementAndEntersTheInventory() async throws {
        try await TestApp.run { app in
            // setup
            let (uai, _, principal) = try InventoryPagesTests.college()
            var member = Browser(app)
            _ = try await member.signIn(principal)
            _ = try await member.get("/inventory/purchases")
            // act: a model outside the référentiel is refused, a listed one filed
            let outside = try await member.post("/inventory/purchases", form: [
                "zone": "pedagogique", "component-0": "stations-travail-pedagogiques", "model-0": "HP ProDesk", "quantity-0": "2",
                "price-0": "650,00"])
            let filed = try await member.post("/inventory/purchases", form: [
                "zone": "pedagogique", "component-0": "stations-travail-pedagogiques", "model-0": "Dell OptiPlex 7010",
                "quantity-0": "2", "price-0": "649,90 €"])
            // check
            #expect(outside.status == .unprocessableEntity && outside.body.string.contains("ne s'inscrit pas dans le référentiel"))
            #expect(filed.status == .seeOther)
            let page = try #require(filed.headers.first(name: .location))
            let store = AssetStore(database: app.db)
            let request = try #require(try await store.purchaseRequests(of: nil).first)
            #expect(request.validatingParty == "CD" && request.reference.hasPrefix("ACH-2026-") && request.total == Money(cents: 129_980))
            // the académie's agent may not decide a pedagogical purchase; the Département's does
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            _ = try await academie.get(page)
            #expect(try await academie.post(page + "/decision", form: ["decision": "approve", "reason": "x"]).status == .forbidden)
            var agent = Browser(app)
            _ = try await agent.signIn(InventoryPagesTests.agent)
            _ = try await agent.get(page)
            let approved = try await agent.post(page + "/decision", form: ["decision": "approve", "reason": "Conforme au référentiel"])
            #expect(approved.status == .seeOther)
            // receipt: two inventory numbers for two devices
            _ = try await member.get(page)
            let short = try await member.post(page + "/receipt", form: ["inventory_numbers": "EPLE-PC-1", "received_on": "2026-09-20"])
            let received = try await member.post(page + "/receipt", form: ["inventory_numbers": "EPLE-PC-1\nEPLE-PC-2", "received_on": "2026-09-20"])
            #expect(short.status == .unprocessableEntity && short.body.string.contains("2 appareil(s) attendu(s), 1 n° d'inventaire"))
            #expect(received.status == .seeOther)
            let devices = try await store.list(AssetFilter(establishment: uai)).assets
            #expect(devices.map(\.details.inventoryNumber) == ["EPLE-PC-1", "EPLE-PC-2"])
            #expect(devices.allSatisfy { $0.details.funding == .etablissement(purchase: request.reference) && $0.details.price == Money(cents: 64_990) })
            let shown = try await member.get(page)
            #expect(shown.body.string.contains("Livré, à l&#39;inventaire") || shown.body.string.contains("Livré, à l'inventaire"))
            #expect(shown.body.string.contains("Conforme au référentiel"))
        }
    }
}
