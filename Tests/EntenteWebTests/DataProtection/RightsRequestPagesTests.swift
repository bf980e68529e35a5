import EntenteCore
import EntenteMail
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Rights requests through HTTP: recorded and routed by the convention, acknowledged from the template,
/// extended only with a reason and within the first month, answered; the register exported.
@Suite struct RightsRequestPagesTests {
    static func record(_ dpd: inout Browser, _ changes: [String: String] = [:]) async throws -> TestingHTTPResponse {
        _ = try await dpd.get("/rights-requests/new")
        return try await dpd.post("/rights-requests", form: [
            "convention": "ille-et-vilaine-2025", "right": "acces", "requester": "parent", "requester_name": "Mme Martin",
            "requester_contact": "martin@example.org", "received_by": "ACA", "received_on": "2026-09-01",
        ].merging(changes) { $1 })
    }

    @Test func aRequestIsRoutedAcknowledgedExtendedOnceWithItsReasonAndAnswered() async throws {
        let mail = RecordingMailSender()
        try await TestApp.run(mail: mail) { app in
            var dpd = Browser(app)
            _ = try await dpd.signIn(BreachPagesTests.dpd)
            let recorded = try await Self.record(&dpd)
            #expect(recorded.status == .seeOther)
            let path = try #require(recorded.headers.first(name: .location))
            let page = try await dpd.get(path)
            #expect(page.body.string.contains("DDP-2026-0001") && page.body.string.contains("1er octobre 2026"))
            #expect(page.body.string.contains("1182/71"))
            // The acknowledgement goes to the requester, from the template.
            #expect(try await dpd.post(path + "/acknowledgement", form: [:]).status == .seeOther)
            let letter = try #require(await mail.sentMessages.last)
            #expect(letter.to == ["martin@example.org"] && letter.body.contains("au plus tard le 1er octobre 2026"))
            // An extension needs its reason; then the last day moves to three months from receipt.
            let noReason = try await dpd.post(path + "/extension", form: ["reason": "  "])
            #expect(noReason.status == .unprocessableEntity && noReason.body.string.contains("Une prolongation se motive"))
            #expect(try await dpd.post(path + "/extension", form: ["reason": "Données dans trois applications"]).status == .seeOther)
            let id = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let extended = try #require(try await RightsRequestStore(database: app.db).request(id))
            #expect(extended.lastDay == CalendarDate(iso: "2026-12-01") && extended.acknowledgedOn == CalendarDate(iso: "2026-09-14"))
            let twice = try await dpd.post(path + "/extension", form: ["reason": "encore"])
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("déjà prolongée"))
            #expect(try await dpd.post(path + "/answer", form: ["answer": "Copie des données envoyée le 14 septembre."]).status == .seeOther)
            let csv = try await dpd.get("/rights-requests.csv").body.string
            #expect(csv.contains("DDP-2026-0001") && csv.contains("Answered in time"))
        }
    }

    @Test func anExtensionAfterTheFirstMonthIsRefused() async throws {
        try await TestApp.run { app in
            var dpd = Browser(app)
            _ = try await dpd.signIn(BreachPagesTests.dpd)
            let path = try #require(try await Self.record(&dpd, ["received_on": "2026-07-31"]).headers.first(name: .location))
            _ = try await dpd.get(path)
            let late = try await dpd.post(path + "/extension", form: ["reason": "complexe"])
            #expect(late.status == .unprocessableEntity && late.body.string.contains("le premier mois a pris fin le 31 août 2026"))
            #expect(try await dpd.get("/rights-requests").body.string.contains("jour(s) de retard"))
        }
    }

    @Test func badInputIsSaidAndOnlyDPDsRecord() async throws {
        try await TestApp.run { app in
            var dpd = Browser(app), teacher = Browser(app)
            _ = try await dpd.signIn(BreachPagesTests.dpd)
            let future = try await Self.record(&dpd, ["received_on": "2027-01-01", "requester_name": ""])
            #expect(future.status == .unprocessableEntity && future.body.string.contains("ne peut être dans le futur")
                    && future.body.string.contains("Nom du demandeur : À renseigner."))
            #expect(try await RightsRequestRecord.query(on: app.db).count() == 0)
            _ = try await teacher.signIn(PersonalDataTests.teacher)
            #expect(try await teacher.get("/rights-requests/new").status == .forbidden)
            let path = try #require(try await Self.record(&dpd).headers.first(name: .location))
            #expect(try await teacher.get(path).status == .notFound)
        }
    }
}
