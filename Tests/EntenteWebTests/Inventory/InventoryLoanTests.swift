import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Loans and allocations through HTTP: a batch of laptops to a class, a guardian's agreement, a loss.
@Suite struct InventoryLoanTests {
    /// Three laptops in stock in the demo principal's collège, imported by the Département's agent.
    static func stockedCollege(_ app: Application) async throws -> (UAI, String, [Asset]) {
        let (uai, component, principal) = try InventoryPagesTests.college()
        var agent = Browser(app)
        _ = try await agent.signIn(InventoryPagesTests.agent)
        let file = "UAI;N° d'inventaire;Composant;Financement;Statut\n"
            + (1...3).map { "\(uai.value);PC-\($0);\(component);Région;in-stock" }.joined(separator: "\n") + "\n"
        let (path, _) = try await InventoryPagesTests.upload(&agent, Data(file.utf8))
        _ = try await agent.post(path, form: ["action": "apply"])
        let assets = try await AssetStore(database: app.db).list(AssetFilter(establishment: uai)).assets
        return (uai, principal, assets)
    }

    @Test func aBatchGoesToAClassThenAnAgreementIsRecordedAndALossDeclared() async throws {
        try await TestApp.run { app in
            // setup
            let (uai, principal, assets) = try await Self.stockedCollege(app)
            var member = Browser(app)
            _ = try await member.signIn(principal)
            _ = try await member.get("/inventory/allocations")
            // act: two pupils of 6e A
            let allocated = try await member.post("/inventory/allocations", form: [
                "establishment": uai.value, "component": assets[0].details.componentID, "class_name": "6e A",
                "pupils": "Léa Martin\r\nHugo Petit\r\n"])
            // check
            #expect(allocated.status == .ok)
            #expect(allocated.body.string.contains("2 appareil(s) attribué(s)"))
            let store = AssetStore(database: app.db)
            let loans = try await store.openLoans(of: assets.map(\.id))
            #expect(loans.count == 2)
            let first = try #require(assets.first { $0.details.inventoryNumber == "PC-1" })
            let loan = try #require(loans[first.id])
            #expect(loan.holder == .pupil(name: "Léa Martin", className: "6e A", adult: false))
            #expect(try await store.asset(first.id)?.status == "in-service", "handed out from stock")
            let page = "/inventory/assets/\(first.id.uuidString.lowercased())"
            #expect(try await member.get(page).body.string.contains("Accord du responsable légal en attente"))
            // act: the agreement, then the loss
            let agreed = try await member.post("/inventory/loans/\(loan.id.uuidString.lowercased())/agreement",
                                               form: ["guardian_name": "Sophie Martin", "accepted_on": "2026-09-10",
                                                      "text_version": "charte-pret-2026-v1"])
            let lost = try await member.post("/inventory/loans/\(loan.id.uuidString.lowercased())/end",
                                             form: ["ending": "lost", "ended_on": "2026-09-20", "end_note": "oublié dans le car"])
            // check
            #expect(agreed.status == .seeOther && lost.status == .seeOther)
            let ended = try #require(try await store.loan(loan.id))
            #expect(ended.agreement?.textVersion == "charte-pret-2026-v1")
            #expect(ended.end == AssetLoan.End(kind: .lost, on: CalendarDate(year: 2026, month: 9, day: 20)!, note: "oublié dans le car"))
            #expect(try await store.asset(first.id)?.status == "lost")
            let facts = try await store.history(of: first.id).map(\.fact)
            #expect(facts.contains(.loanEnded(loanID: loan.id, ending: .lost)))
            #expect(facts.contains(.statusChanged(from: "in-service", to: "lost", note: "oublié dans le car")))
            // a device lost is no longer available: a third pupil and a fourth exceed what is left
            let short = try await member.post("/inventory/allocations", form: [
                "establishment": uai.value, "component": assets[0].details.componentID, "class_name": "6e B", "pupils": "A\nB"])
            #expect(short.status == .unprocessableEntity)
            #expect(short.body.string.contains("1 appareil(s) disponible(s) pour 2 élève(s)"))
        }
    }

    @Test func aDeviceIsLentOnceAndAnObserverLendsNothing() async throws {
        try await TestApp.run { app in
            let (uai, principal, assets) = try await Self.stockedCollege(app)
            let page = "/inventory/assets/\(assets[0].id.uuidString.lowercased())"
            var member = Browser(app)
            _ = try await member.signIn(principal)
            _ = try await member.get(page)
            let lent = try await member.post(page + "/loans", form: ["holder_kind": "staff", "holder_name": "M. Leroy",
                                                                     "started_on": "2026-09-01", "expected_return_on": "2026-09-15"])
            let again = try await member.post(page + "/loans", form: ["holder_kind": "class", "class_name": "4e B",
                                                                      "started_on": "2026-09-01"])
            #expect(lent.status == .seeOther)
            #expect(again.status == .unprocessableEntity && again.body.string.contains("déjà prêté"))
            let backwards = try await member.post("/inventory/assets/\(assets[1].id.uuidString.lowercased())/loans", form: [
                "holder_kind": "staff", "holder_name": "Mme Roux", "started_on": "2026-09-10", "expected_return_on": "2026-09-01"])
            #expect(backwards.status == .unprocessableEntity)
            var observer = Browser(app)
            _ = try await observer.signIn("dpd@ac-rennes.demo.entente.fr")
            _ = try await observer.get(page)
            #expect(try await observer.post(page + "/loans", form: ["holder_kind": "staff", "holder_name": "X",
                                                                     "started_on": "2026-09-01"]).status == .forbidden)
            #expect(try await observer.get("/inventory/allocations").status == .forbidden)
            #expect(try await observer.post("/inventory/allocations", form: [
                "establishment": uai.value, "component": "x", "class_name": "6e A", "pupils": "A"]).status == .forbidden)
        }
    }

    @Test func theEndOfACyclesGivesTheClassesDevicesToThePupilsAndALeavingClassReturnsThem() async throws {
        try await TestApp.run { app in
            let (uai, principal, assets) = try await Self.stockedCollege(app)
            var member = Browser(app)
            _ = try await member.signIn(principal)
            _ = try await member.get("/inventory/allocations")
            _ = try await member.post("/inventory/allocations", form: [
                "establishment": uai.value, "component": assets[0].details.componentID, "class_name": "3e A", "pupils": "Léa\nHugo"])
            _ = try await member.post("/inventory/allocations", form: [
                "establishment": uai.value, "component": assets[0].details.componentID, "class_name": "4e B", "pupils": "Inès"])
            // act
            let completed = try await member.post("/inventory/allocations/end", form: [
                "establishment": uai.value, "class_name": "3e A", "end": "cycle-completed"])
            let leaving = try await member.post("/inventory/allocations/end", form: [
                "establishment": uai.value, "class_name": "4e B", "end": "leaving"])
            // check
            #expect(completed.status == .ok && completed.body.string.contains("2 prêt(s) terminé(s)"))
            #expect(leaving.body.string.contains("1 prêt(s) terminé(s)"))
            let statuses = try await AssetStore(database: app.db).list(AssetFilter(establishment: uai)).assets.map(\.status).sorted()
            #expect(statuses == ["in-stock", "second-life", "second-life"])
            #expect(try await AssetStore(database: app.db).openLoans(of: assets.map(\.id)).isEmpty)
        }
    }
}
