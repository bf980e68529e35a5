import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The inventory through HTTP: import with its dry run, the list and an asset's page, by role.
@Suite struct InventoryPagesTests {
    static let agent = "dsi@cd35.demo.entente.fr"

    /// The demo principal's collège and a component of its convention.
    static func college() throws -> (uai: UAI, component: String, principal: String) {
        let account = try #require(DemoAccounts.accounts(for: TestApp.territory).first { $0.role == .establishmentMember })
        let uai = try UAI(try #require(account.establishmentUAI))
        let catalogues = AssetImportRules.catalogues(of: TestApp.territory.establishments, under: TestApp.territory.conventions)
        return (uai, try #require(catalogues[uai]?.sorted().first), account.email)
    }

    static func csv(_ uai: UAI, _ component: String, rows: Int = 2, extra: String = "") -> Data {
        let lines = (1...rows).map { "\(uai.value);INV-\($0);SN-\($0);\(component);Département;Pédagogique;01/09/2024;649,90 €" }
        return Data(("UAI;N° d'inventaire;Numéro de série;Composant;Financement;Zone;Date d'acquisition;Prix\n"
            + lines.joined(separator: "\n") + "\n" + extra).utf8)
    }

    /// Uploads, follows to the report, and returns the report's path and page.
    static func upload(_ browser: inout Browser, _ data: Data, fields: [String: String] = [:]) async throws -> (String, TestingHTTPResponse) {
        _ = try await browser.get("/inventory/import")
        let sent = try await browser.upload("/inventory/import", fileName: "parc.csv", content: data, fields: fields)
        #expect(sent.status == .seeOther)
        let path = try #require(sent.headers.first(name: .location))
        return (path, try await browser.get(path))
    }

    @Test func aFileIsCheckedThenImportedOnceAndListed() async throws {
        try await TestApp.run { app in
            // setup
            let (uai, component, _) = try Self.college()
            var browser = Browser(app)
            _ = try await browser.signIn(Self.agent)
            // act: the dry run
            let (path, report) = try await Self.upload(&browser, Self.csv(uai, component))
            // check: nothing written yet
            #expect(report.status == .ok)
            #expect(report.body.string.contains("UTF-8"))
            #expect(report.body.string.contains("<strong>2</strong> à créer"))
            #expect(try await AssetStore(database: app.db).list(AssetFilter()).total == 0)
            // act: confirm, then confirm again
            let applied = try await browser.post(path, form: ["action": "apply"])
            let again = try await browser.post(path, form: ["action": "apply"])
            // check
            #expect(applied.status == .seeOther)
            #expect(again.status == .conflict)
            let list = try await browser.get("/inventory?q=inv-2")
            #expect(list.body.string.contains("INV-2") && !list.body.string.contains(">INV-1<"))
            #expect(try await AssetStore(database: app.db).list(AssetFilter()).total == 2)
            // a second file with the same rows changes nothing
            let (_, second) = try await Self.upload(&browser, Self.csv(uai, component))
            #expect(second.body.string.contains("<strong>2</strong> inchangé(s)"))
        }
    }

    @Test func refusedRowsAreListedAndStopTheImportUnlessOnlyValidRowsAreAsked() async throws {
        try await TestApp.run { app in
            let (uai, component, _) = try Self.college()
            var browser = Browser(app)
            _ = try await browser.signIn(Self.agent)
            let bad = Self.csv(uai, component, extra: "\(uai.value);INV-9;SN-9;\(component);mécène;Pédagogique;01/09/2024;12,345\n")
            let (path, report) = try await Self.upload(&browser, bad)
            #expect(report.body.string.contains("financement « mécène » inconnu"))
            #expect(report.body.string.contains("<td>4</td>"), "the line of the refused row")
            #expect(!report.body.string.contains("Confirmer l'import"))
            let refused = try await browser.post(path, form: ["action": "apply"])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await AssetStore(database: app.db).list(AssetFilter()).total == 0)
            // choosing to import the valid rows
            _ = try await browser.post(path, form: ["action": "check", "only_valid": "1", "match": "inventory-number",
                                                    "column-0": "establishment", "column-1": "inventory-number",
                                                    "column-2": "serial-number", "column-3": "component", "column-4": "funding",
                                                    "column-5": "zone", "column-6": "acquired-on", "column-7": "price"])
            _ = try await browser.get(path)
            let partial = try await browser.post(path, form: ["action": "apply"])
            #expect(partial.status == .seeOther, "\(partial.body.string.prefix(2000))")
            #expect(try await AssetStore(database: app.db).list(AssetFilter()).total == 2)
        }
    }

    @Test func aFileWithoutTheNeededColumnsSaysWhichAreMissing() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            _ = try await browser.signIn(Self.agent)
            let (_, report) = try await Self.upload(&browser, Data("UAI;Salle\n0352958A;B12\n".utf8))
            #expect(report.status == .unprocessableEntity)
            #expect(report.body.string.contains("Colonnes manquantes : N° d'inventaire, Composant, Financement"))
        }
    }

    @Test func membersAndObserversCannotImportAndSeeOnlyWhatTheirScopeHolds() async throws {
        try await TestApp.run { app in
            let (uai, component, principal) = try Self.college()
            var agent = Browser(app)
            _ = try await agent.signIn(Self.agent)
            let (path, _) = try await Self.upload(&agent, Self.csv(uai, component))
            _ = try await agent.post(path, form: ["action": "apply"])
            var member = Browser(app)
            _ = try await member.signIn(principal)
            #expect(try await member.get("/inventory/import").status == .forbidden)
            #expect(try await member.get(path).status == .forbidden)
            #expect(try await member.get("/inventory").body.string.contains("INV-1"))
            var observer = Browser(app)
            _ = try await observer.signIn("dpd@ac-rennes.demo.entente.fr")
            #expect(try await observer.get("/inventory/import").status == .forbidden)
            let asset = try #require(try await AssetStore(database: app.db).list(AssetFilter()).assets.first)
            let page = try await observer.get("/inventory/assets/\(asset.id.uuidString.lowercased())")
            #expect(page.status == .ok && page.body.string.contains("Lecture seule"))
            let move = try await observer.post("/inventory/assets/\(asset.id.uuidString.lowercased())/status",
                                               form: ["status": "out-of-order", "version": "1"])
            #expect(move.status == .forbidden)
            // another agent's upload is not found
            var academie = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            #expect(try await academie.get(path).status == .notFound)
        }
    }

    @Test func anAssetPageChangesStatusAlongTheLifecycleAndKeepsItsHistory() async throws {
        try await TestApp.run { app in
            let (uai, component, principal) = try Self.college()
            var agent = Browser(app)
            _ = try await agent.signIn(Self.agent)
            let (path, _) = try await Self.upload(&agent, Self.csv(uai, component, rows: 1))
            _ = try await agent.post(path, form: ["action": "apply"])
            let asset = try #require(try await AssetStore(database: app.db).list(AssetFilter()).assets.first)
            let page = "/inventory/assets/\(asset.id.uuidString.lowercased())"
            var member = Browser(app)
            _ = try await member.signIn(principal)
            _ = try await member.get(page)
            let moved = try await member.post(page + "/status", form: ["status": "out-of-order", "version": "1", "note": "écran cassé"])
            #expect(moved.status == .seeOther)
            let stale = try await member.post(page + "/status", form: ["status": "in-repair", "version": "1"])
            #expect(stale.headers.first(name: .location) == page + "?stale=1")
            let refused = try await member.post(page + "/status", form: ["status": "recycled", "version": "2"])
            #expect(refused.status == .conflict)
            let shown = try await member.get(page)
            #expect(shown.body.string.contains("En service → En panne — écran cassé"))
            #expect(try await AssetStore(database: app.db).asset(asset.id)?.status == "out-of-order")
            // the audit trail keeps the change, and the académie's DPD reads it with the collège's other entries
            let entries = try await AuditRecord.query(on: app.db).filter(\.$action == "inventory.asset.status").all()
            #expect(entries.map(\.subject) == [uai.value] && entries.first?.after == "INV-1 out-of-order")
            var dpd = Browser(app)
            _ = try await dpd.signIn("dpd@ac-rennes.demo.entente.fr")
            let audit = try await dpd.get("/audit")
            #expect(audit.body.string.contains("inventory.asset.status") && audit.body.string.contains("inventory.import"))
        }
    }

    @Test func theCSVExportReadsBackAsAnImportThatChangesNothing() async throws {
        try await TestApp.run { app in
            let (uai, component, _) = try Self.college()
            var agent = Browser(app)
            _ = try await agent.signIn(Self.agent)
            let (path, _) = try await Self.upload(&agent, Self.csv(uai, component, rows: 3))
            _ = try await agent.post(path, form: ["action": "apply"])
            let export = try await agent.get("/inventory.csv")
            #expect(export.headers.contentType?.subType == "csv")
            let json = try await agent.get("/inventory.csv?format=json&q=INV-2")
            let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [[String: String]])
            #expect(objects.count == 1 && objects.first?["inventory-number"] == "INV-2" && objects.first?["price"] == "649.90")
            let (_, report) = try await Self.upload(&agent, Data(export.body.readableBytesView), fields: ["match": "id"])
            #expect(report.body.string.contains("<strong>3</strong> inchangé(s)"), "\(report.body.string.prefix(3000))")
        }
    }

    @Test func aTicketAboutAnImportedDeviceIsRoutedByTheDevicesFunding() async throws {
        try await TestApp.run { app in
            // setup: a video projector bought on the school's own funds
            let (uai, _, principal) = try Self.college()
            var agent = Browser(app)
            _ = try await agent.signIn(Self.agent)
            let file = "UAI;N° d'inventaire;Composant;Financement;Réseau\n\(uai.value);VP-12;videoprojecteurs;Fonds propres;Pédagogique\n"
            let (path, _) = try await Self.upload(&agent, Data(file.utf8))
            _ = try await agent.post(path, form: ["action": "apply"])
            let asset = try #require(try await AssetStore(database: app.db).list(AssetFilter()).assets.first)
            var member = Browser(app)
            _ = try await member.signIn(principal)
            // act: the asset's link opens the intake form about it; the principal files without saying who funded it
            let form = try await member.get("/tickets/new?asset=\(asset.id.uuidString.lowercased())")
            let filed = try await member.post("/tickets", form: [
                "kind": "incident", "component": "videoprojecteurs", "nature": "breakdown", "title": "Le projecteur ne s'allume plus",
                "description": "Salle B12, plus d'image depuis ce matin.", "requester_name": "Principal", "asset_reference": "VP-12"])
            // check
            #expect(form.body.string.contains(#"value="VP-12""#))
            #expect(filed.status == .seeOther)
            let ticket = try #require(try await TicketStore(database: app.db).list(TicketStore.Filter(), limit: 5).tickets.first)
            #expect(ticket.assetReference == "VP-12")
            #expect(ticket.partyCode == "EPLE", "own funds: the establishment repairs it (seed 002)")
            #expect(ticket.context.funding == .etablissement)
            let assetPage = try await member.get("/inventory/assets/\(asset.id.uuidString.lowercased())")
            #expect(assetPage.body.string.contains("\(ticket.reference) — Le projecteur ne s"), "the device's page lists its tickets")
        }
    }

    @Test func aLargeImportRunsInTheBackgroundBatchByBatchAndReportsItsProgress() async throws {
        try await TestApp.run { app in
            // setup: more rows than one batch
            let (uai, component, _) = try Self.college()
            var agent = Browser(app)
            _ = try await agent.signIn(Self.agent)
            let rows = AssetImportJob.batchSize + 500
            let (path, _) = try await Self.upload(&agent, Self.csv(uai, component, rows: rows))
            // act
            let started = try await agent.post(path, form: ["action": "apply"])
            let again = try await agent.post(path, form: ["action": "apply"])
            var page = try await agent.get(path)
            for _ in 0..<100 where !page.body.string.contains("Terminé") {
                try await Task.sleep(for: .milliseconds(100))
                page = try await agent.get(path)
            }
            // check
            #expect(started.status == .seeOther)
            #expect(again.status == .conflict, "a running import is not started twice")
            #expect(page.body.string.contains("Terminé — \(rows) / \(rows) lignes écrites"))
            #expect(try await AssetStore(database: app.db).list(AssetFilter(), countLimit: nil).total == rows)
            let id = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let account = try #require(try await AccountStore(database: app.db).account(email: Self.agent))
            let upload = try #require(try await AssetImportStore(database: app.db).upload(id, of: account.id))
            #expect(upload.applied?.created == rows)
        }
    }
}
