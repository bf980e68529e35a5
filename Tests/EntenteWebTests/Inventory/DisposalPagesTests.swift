import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Disposal batches through HTTP: retired devices leave for recycling, the certificate follows.
@Suite struct DisposalPagesTests {
    @Test func retiredDevicesLeaveInABatchWhoseCertificateIsAttachedAndDownloaded() async throws {
        try await TestApp.run { app in
            // setup: two retired laptops and one in service
            let (uai, component, _) = try InventoryPagesTests.college()
            var agent = Browser(app)
            _ = try await agent.signIn(InventoryPagesTests.agent)
            let file = "UAI;N° d'inventaire;Composant;Financement;Statut\n\(uai.value);OLD-1;\(component);CD;retired\n"
                + "\(uai.value);OLD-2;\(component);CD;retired\n\(uai.value);NEW-1;\(component);CD;in-service\n"
            let (path, _) = try await InventoryPagesTests.upload(&agent, Data(file.utf8))
            _ = try await agent.post(path, form: ["action": "apply"])
            _ = try await agent.get("/inventory/disposals")
            // act: a batch with a device still in service is refused; without it, made
            let refused = try await agent.post("/inventory/disposals", form: [
                "establishment": uai.value, "destination": "recycling", "recipient": "Ecosystem", "devices": "OLD-1\nNEW-1"])
            let made = try await agent.post("/inventory/disposals", form: [
                "establishment": uai.value, "destination": "recycling", "recipient": "Ecosystem", "devices": "OLD-1\nOLD-2"])
            // check
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("pas encore réformé(s) : NEW-1"))
            #expect(made.status == .seeOther)
            let batchPath = try #require(made.headers.first(name: .location))
            let store = AssetStore(database: app.db)
            let batches = try await store.batches(of: nil)
            #expect(batches.count == 1 && batches[0].items.map(\.inventoryNumber) == ["OLD-1", "OLD-2"])
            let statuses = try await store.list(AssetFilter(establishment: uai)).assets.map { "\($0.details.inventoryNumber)=\($0.status)" }
            #expect(Set(statuses) == ["OLD-1=recycled", "OLD-2=recycled", "NEW-1=in-service"])
            // the certificate: an executable is refused, a PDF kept and given back
            _ = try await agent.get(batchPath)
            let exe = try await agent.upload(batchPath + "/certificate", fileName: "certificat.exe", content: Data([0x4D, 0x5A, 0x90, 0x00] + [UInt8](repeating: 0, count: 64)))
            #expect(exe.status.code >= 400)
            let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
            let attached = try await agent.upload(batchPath + "/certificate", fileName: "certificat-ecosystem.pdf", content: pdf)
            #expect(attached.status == .seeOther)
            let download = try await agent.get(batchPath + "/certificate")
            #expect(download.headers.contentType?.subType == "pdf")
            #expect(Data(download.body.readableBytesView) == pdf)
            // the same devices cannot leave twice
            let twice = try await agent.post("/inventory/disposals", form: [
                "establishment": uai.value, "destination": "donation", "recipient": "Emmaüs Connect", "devices": "OLD-1"])
            #expect(twice.status == .unprocessableEntity)
        }
    }
}
