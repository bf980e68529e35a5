import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// In-app notifications through HTTP: who is told, the navigation's count, the list, marking read,
/// and that nobody ever reads or marks someone else's.
@Suite struct NotificationTests {
    static let departement = "dsi@cd35.demo.entente.fr"

    static func notifications(of email: String, on app: Application) async throws -> [NotificationRecord] {
        let user = try #require(try await UserRecord.query(on: app.db).filter(\.$email == email).first())
        return try await NotificationRecord.query(on: app.db).filter(\.$recipientID == user.requireID()).sort(\.$createdAt).all()
    }

    @Test func aFiledTicketTellsItsTeamAndOpeningItMarksItRead() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app), academie = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let path = try #require(try await TicketPagesTests.file(&principal).headers.first(name: .location))
            _ = try await agent.signIn(Self.departement)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            // act
            let home = try await agent.get("/").body.string
            let list = try await agent.get("/notifications").body.string
            _ = try await agent.get(path)
            let after = try await agent.get("/").body.string
            // check
            #expect(home.contains(">Notifications (1 non lue)</a>"))
            #expect(list.contains("T-2026-000001 — Plus de Wi-Fi au CDI"))
            #expect(list.contains("Nouvelle demande pour votre file, déposée par"))
            #expect(list.contains(#"href="\#(path)""#))
            #expect(after.contains(">Notifications</a>"))
            #expect(try await Self.notifications(of: Self.departement, on: app).map { $0.readAt != nil } == [true])
            // The filer is not told of what they did; the académie does not handle the ticket.
            #expect(try await Self.notifications(of: TicketPagesTests.principalEmail, on: app).isEmpty)
            #expect(try await Self.notifications(of: "assistance@ac-rennes.demo.entente.fr", on: app).isEmpty)
            #expect(try await academie.get("/").body.string.contains(">Notifications</a>"))
        }
    }

    @Test func theCountIsInTheLinkTextInEnglishToo() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await TicketPagesTests.file(&principal)
            _ = try await TicketPagesTests.file(&principal)
            agent.acceptLanguage = "en"
            _ = try await agent.signIn(Self.departement)
            // act
            let home = try await agent.get("/").body.string
            // check
            #expect(home.contains(">Notifications (2 unread)</a>"))
        }
    }

    @Test func theConversationTellsTheOtherSideAndNotesStayInternal() async throws {
        try await TestApp.run { app in
            // setup: the agent opened the ticket, so its arrival is read
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            // act
            _ = try await agent.post(path + "/status", form: ["action": "take-in-charge", "version": "1"])
            _ = try await agent.post(path + "/messages", form: ["body": "Note pour l'équipe", "visibility": "internal"])
            _ = try await agent.post(path + "/messages", form: ["body": "Nous passons demain."])
            _ = try await principal.get(path)
            _ = try await principal.post(path + "/messages", form: ["body": "Merci, nous serons là."])
            _ = try await agent.post(path + "/status", form: ["action": "resolve", "version": "2"])
            _ = try await principal.get(path)
            _ = try await principal.post(path + "/status", form: ["action": "close", "version": "3"])
            _ = try await principal.post(path + "/rating", form: ["score": "2", "comment": "Long"])
            // check
            let toRequester = try await Self.notifications(of: TicketPagesTests.principalEmail, on: app)
            #expect(toRequester.map(\.kind) == ["status-changed", "reply", "status-changed"])
            #expect(toRequester.map(\.detail) == ["taken-in-charge", nil, "resolved"])
            let toAgent = try await Self.notifications(of: Self.departement, on: app)
            #expect(toAgent.map(\.kind) == ["filed", "reply", "status-changed", "rated"])
            #expect(toAgent.last?.detail == "2")
            #expect(try await NotificationRecord.query(on: app.db).filter(\.$kind == "internal-note").count() == 0)
            let list = try await agent.get("/notifications").body.string
            #expect(list.contains("Évaluée 2/5 par"))
            #expect(list.contains("Statut : Clos (par"))
        }
    }

    @Test func markingOneAndAllNeedsTheFormsToken() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await TicketPagesTests.file(&principal)
            _ = try await TicketPagesTests.file(&principal)
            _ = try await TicketPagesTests.file(&principal)
            _ = try await agent.signIn(Self.departement)
            let page = try await agent.get("/notifications").body.string
            let first = try #require(try await Self.notifications(of: Self.departement, on: app).first?.requireID())
            // act
            let forged = try await agent.post("/notifications/\(first.uuidString.lowercased())/read", form: [:], withCSRF: false)
            let one = try await agent.post("/notifications/\(first.uuidString.lowercased())/read", form: [:])
            let afterOne = try await agent.get("/").body.string
            let forgedAll = try await agent.post("/notifications/read-all", form: [:], withCSRF: false)
            let all = try await agent.post("/notifications/read-all", form: [:])
            // check
            #expect(page.contains(#"action="/notifications/read-all""#))
            #expect(page.contains("Marquer comme lue"))
            #expect(forged.status == .forbidden)
            #expect(one.status == .seeOther)
            #expect(afterOne.contains(">Notifications (2 non lues)</a>"))
            #expect(forgedAll.status == .forbidden)
            #expect(all.status == .seeOther)
            #expect(try await Self.notifications(of: Self.departement, on: app).allSatisfy { $0.readAt != nil })
            #expect(try await agent.get("/notifications").body.string.contains("Lue"))
        }
    }

    /// Every role against the Département agent's notification: listed, marked one by one, marked
    /// all at once, read through the API — only its recipient ever sees or changes it.
    @Test(arguments: ["admin@demo.entente.fr", "dsi@cd35.demo.entente.fr", "assistance@ac-rennes.demo.entente.fr",
                      "dpd@ac-rennes.demo.entente.fr", "principal", "teacher"])
    func aUserOnlyEverSeesAndMarksTheirOwn(_ email: String) async throws {
        try await TestApp.run { app in
            // setup
            let account = email == "principal" ? TicketPagesTests.principalEmail : email == "teacher" ? TeamPagesTests.teacherEmail : email
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await TicketPagesTests.file(&principal)
            let theirs = try #require(try await Self.notifications(of: Self.departement, on: app).first)
            let id = try theirs.requireID().uuidString.lowercased()
            let isRecipient = account == Self.departement
            var browser = Browser(app)
            _ = try await browser.signIn(account)
            // act
            let list = try await browser.get("/notifications")
            let api = try await APIClient.signedIn(app, as: account).get("/api/v1/notifications")
            let all = try await browser.post("/notifications/read-all", form: [:])
            let stillUnreadAfterAll = try #require(try await NotificationRecord.find(theirs.requireID(), on: app.db)).readAt == nil
            let one = try await browser.post("/notifications/\(id)/read", form: [:])
            // check
            #expect(list.status == .ok, "\(email)")
            #expect(list.body.string.contains("T-2026-000001") == isRecipient, "\(email)")
            #expect(api.status == .ok, "\(email)")
            let items = try api.json()["items"] as? [[String: Any]] ?? []
            #expect(items.contains { $0["id"] as? String == id } == isRecipient, "\(email)")
            #expect(try api.json()["unread_count"] as? Int == (isRecipient ? 1 : 0), "\(email)")
            #expect(all.status == .seeOther, "\(email)")
            #expect(stillUnreadAfterAll == !isRecipient, "\(email)")
            #expect(one.status == (isRecipient ? .seeOther : .notFound), "\(email)")
            let after = try #require(try await NotificationRecord.find(theirs.requireID(), on: app.db))
            #expect((after.readAt != nil) == isRecipient, "\(email)")
        }
    }

    @Test func theAPIListsOnlyUnreadOnesWhenAskedAndRefusesANonsenseFilter() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let path = try #require(try await TicketPagesTests.file(&principal).headers.first(name: .location))
            _ = try await TicketPagesTests.file(&principal)
            _ = try await agent.signIn(Self.departement)
            _ = try await agent.get("/")
            _ = try await agent.get(path)
            let client = try await APIClient.signedIn(app, as: Self.departement)
            // act
            let every = try await client.get("/api/v1/notifications")
            let unread = try await client.get("/api/v1/notifications?unread=true")
            let nonsense = try await client.get("/api/v1/notifications?unread=maybe")
            // check
            #expect((try every.json()["items"] as? [[String: Any]])?.count == 2)
            let unreadItems = try unread.json()["items"] as? [[String: Any]] ?? []
            #expect(unreadItems.map { $0["ticket_reference"] as? String } == ["T-2026-000002"])
            #expect(unreadItems.first?["kind"] as? String == "filed")
            #expect(try unread.json()["unread_count"] as? Int == 1)
            #expect(nonsense.status == .badRequest, "an invalid query value is a 400, as on every list")
        }
    }
}
