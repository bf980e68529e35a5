import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

// Serialized: each test boots an application, and PostgreSQL has 100 connections for the whole run.
@Suite(.serialized) struct TicketAPITests {
    @Test func principalFilesAWiFiBreakdownRoutedToTheDepartement() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            // act
            let response = try await principal.post("/api/v1/tickets", json: [
                "kind": "incident", "component": "bornes-wifi", "nature": "breakdown", "impacts_whole_establishment": true,
                "title": "Plus de Wi-Fi au CDI", "description": "Aucune borne ne répond depuis 8 h.",
                "requester_name": "Mme Principale", "asset_reference": "AP-CDI-01",
            ])
            // check
            #expect(response.status == .created)
            #expect(response.headers.contentType == .json)
            let ticket = try response.json()
            let id = try #require(ticket["id"] as? String)
            #expect(response.headers.first(name: .location) == "/api/v1/tickets/\(id)")
            #expect(ticket["reference"] as? String == "T-2026-000001")
            #expect(ticket["status"] as? String == "new")
            #expect(ticket["version"] as? Int == 1)
            #expect(ticket["establishment_uai"] as? String == TicketPagesTests.collegeUAI)
            #expect(ticket["criticality"] as? String == "critical")
            #expect(ticket["activity"] as? String == "depannage")
            #expect(ticket["asset_reference"] as? String == "AP-CDI-01")
            #expect(ticket["opened_at"] as? String == "2026-09-14T07:00:00Z")
            let routing = try #require(ticket["routing"] as? [String: Any])
            #expect(routing["party"] as? String == "CD")
            #expect(routing["partner"] as? String == "CD35")
            #expect((routing["reason"] as? String)?.contains("Dépannage · Bornes Wi-Fi → CD") == true)
            let clocks = try #require(ticket["clocks"] as? [[String: Any]])
            // the Département commits to "au plus tôt": clocks without a target
            #expect(clocks.map { $0["kind"] as? String } == ["pickup", "restoration", "data-restoration"])
            #expect(clocks.first?["duration"] as? String == "asap")
            #expect(clocks.first?["state"] as? String == "no-target")
            let history = try #require(ticket["history"] as? [[String: Any]])
            #expect(history.map { $0["kind"] as? String } == ["created"])
            #expect(ticket["actions"] as? [String] == [])
            #expect(ticket["can_reply"] as? Bool == true)
            let stored = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(stored.partnerCode == "CD35")
            #expect(stored.filedBy == APIAccounts.principal)
            #expect(stored.requesterEmail == APIAccounts.principal)
        }
    }

    @Test func anAgentFilesOnBehalfOfACallerWithTheirAddress() async throws {
        try await TestApp.run { app in
            // setup: the académie's help desk, as an ENT's help button would
            let academie = try await APIClient.signedIn(app, as: APIAccounts.academie)
            // act
            let ticket = try await academie.file(["requester_email": "prof@college.test", "requester_name": "M. Martin"])
            // check
            #expect(ticket["filed_by"] as? String == APIAccounts.academie)
            #expect((ticket["routing"] as? [String: Any])?["partner"] as? String == "CD35")
            let stored = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(stored.requesterEmail == "prof@college.test")
            #expect(stored.requesterName == "M. Martin")
        }
    }

    @Test func invalidFieldsAre422WithEveryFieldNamedAndNothingWritten() async throws {
        try await TestApp.run { app in
            // setup
            let admin = try await APIClient.signedIn(app, as: APIAccounts.administrator)
            // act
            let empty = try await admin.post("/api/v1/tickets", json: ["kind": "panne", "funding": "mairie"])
            let needsFunding = try await admin.post("/api/v1/tickets", json: [
                "establishment_uai": TicketPagesTests.collegeUAI, "kind": "incident", "component": "videoprojecteurs",
                "nature": "breakdown", "impacts_whole_establishment": false, "title": " ", "description": "Écran noir",
                "requester_name": "M. Martin", "requester_email": "pas une adresse",
            ])
            let unknownComponent = try await admin.post("/api/v1/tickets", json: [
                "establishment_uai": TicketPagesTests.collegeUAI, "kind": "incident", "component": "photocopieuse",
                "nature": "breakdown", "impacts_whole_establishment": false, "title": "t", "description": "d",
                "requester_name": "r",
            ])
            var long = Self.wifi(at: TicketPagesTests.collegeUAI)
            long["title"] = String(repeating: "x", count: 201)
            let tooLong = try await admin.post("/api/v1/tickets", json: long)
            // check
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.errorCode == "validation_failed")
            #expect(Set(empty.errorFields.keys) == ["establishment_uai", "kind", "component", "nature", "funding",
                                                     "impacts_whole_establishment"])
            #expect(empty.errorFields["kind"]?.hasPrefix("one of: incident, request") == true)
            #expect(needsFunding.status == .unprocessableEntity)
            #expect(needsFunding.errorFields["requester_email"] == "not an e-mail address")
            let secondRound = try await admin.post("/api/v1/tickets", json: [
                "establishment_uai": TicketPagesTests.collegeUAI, "kind": "incident", "component": "videoprojecteurs",
                "nature": "breakdown", "impacts_whole_establishment": false, "title": " ", "description": "Écran noir",
                "requester_name": "M. Martin",
            ])
            #expect(secondRound.status == .unprocessableEntity)
            #expect(secondRound.errorFields["title"] == "required")
            #expect(secondRound.errorFields["funding"]?.contains("etablissement → EPLE") == true)
            #expect(unknownComponent.errorFields == ["component": "not a component of the establishment's convention"])
            #expect(tooLong.errorFields == ["title": "at most 200 characters"])
            #expect(try await TicketRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func establishmentUnknownOrOutsideTheCallersScopeIs422() async throws {
        try await TestApp.run { app in
            // setup
            let departement = try await APIClient.signedIn(app, as: APIAccounts.departement)
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let otherCollege = try #require(TestApp.territory.establishments.first {
                $0.kind == .college && !$0.isDemo && $0.uai.value != TicketPagesTests.collegeUAI
            })
            let parisLycee = "0759901E"
            // act
            let unknown = try await departement.post("/api/v1/tickets", json: Self.wifi(at: "0000000A"))
            let otherConvention = try await departement.post("/api/v1/tickets", json: Self.wifi(at: parisLycee))
            let otherSchool = try await principal.post("/api/v1/tickets", json: Self.wifi(at: otherCollege.uai.value))
            let observer = try await APIClient.signedIn(app, as: APIAccounts.observer)
                .post("/api/v1/tickets", json: Self.wifi(at: TicketPagesTests.collegeUAI))
            // check
            for response in [unknown, otherConvention, otherSchool] {
                #expect(response.status == .unprocessableEntity)
                #expect(response.errorFields["establishment_uai"] == "unknown establishment, or one no convention of yours covers")
            }
            #expect(observer.status == .forbidden)
            #expect(observer.errorCode == "forbidden")
            #expect(try await TicketRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func malformedBodiesAre400() async throws {
        try await TestApp.run { app in
            // setup
            let admin = try await APIClient.signedIn(app, as: APIAccounts.administrator)
            // act
            let notJSON = try await admin.send(.POST, "/api/v1/tickets", body: "{\"kind\": ")
            let wrongType = try await admin.send(.POST, "/api/v1/tickets", body: #"{"title": 5}"#)
            let empty = try await admin.send(.POST, "/api/v1/tickets")
            // the body limit is enforced by the HTTP server: a real one, on a free port of the loopback
            let tooLarge = try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).sendRequest(
                .POST, "/api/v1/tickets", headers: ["Authorization": "Bearer \(admin.token ?? "")", "Content-Type": "application/json"],
                body: ByteBuffer(string: "\"" + String(repeating: "x", count: 300_000) + "\""))
            // check
            #expect(notJSON.status == .badRequest)
            #expect(notJSON.errorCode == "malformed_json")
            #expect(wrongType.status == .badRequest)
            #expect((try wrongType.json()["error"] as? [String: Any])?["message"] as? String == "'title' should be a string.")
            #expect(empty.status == .badRequest)
            #expect(tooLarge.status == .payloadTooLarge)
            #expect(tooLarge.errorCode == "payload_too_large")
        }
    }

    @Test func listFiltersAndPages() async throws {
        try await TestApp.run { app in
            // setup: three Wi-Fi tickets for the Département, one projector bought by the school (EPLE)
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            for number in 1...3 { _ = try await principal.file(["title": "Wi-Fi \(number)"]) }
            _ = try await principal.file(["component": "videoprojecteurs", "funding": "etablissement", "title": "Projecteur",
                                          "impacts_whole_establishment": false])
            let admin = try await APIClient.signedIn(app, as: APIAccounts.administrator)
            let departement = try await APIClient.signedIn(app, as: APIAccounts.departement)
            let academie = try await APIClient.signedIn(app, as: APIAccounts.academie)
            let first = try #require((try await admin.get("/api/v1/tickets").json()["items"] as? [[String: Any]])?.first)
            _ = try await departement.post("/api/v1/tickets/\(first["id"] as! String)/transitions",
                                           json: ["action": "take-in-charge", "version": 1])
            // act
            func list(_ client: APIClient, _ query: String) async throws -> (total: Int?, titles: [String]) {
                let body = try await client.get("/api/v1/tickets" + query).json()
                return (body["total"] as? Int, (body["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String })
            }
            let page1 = try await admin.get("/api/v1/tickets?per_page=3").json()
            let page2 = try await list(admin, "?per_page=3&page=2")
            let page3 = try await list(admin, "?per_page=3&page=3")
            // check
            #expect(page1["total"] as? Int == 4)
            #expect(page1["page"] as? Int == 1)
            #expect(page1["per_page"] as? Int == 3)
            #expect((page1["items"] as? [[String: Any]])?.count == 3)
            #expect(page2.titles == ["Projecteur"])
            #expect(page3.titles.isEmpty && page3.total == 4)
            #expect(try await list(admin, "?party=EPLE").titles == ["Projecteur"])
            #expect(try await list(admin, "?q=Wi-Fi%202").titles == ["Wi-Fi 2"])
            #expect(try await list(admin, "?q=%20wi-fi%20%202%20").titles == ["Wi-Fi 2"], "case and spacing folded")
            #expect(try await list(admin, "?q=proj%C3%A9cteur").titles == ["Projecteur"], "accents folded")
            #expect(try await list(admin, "?q=%25").total == 0, "a % is a character, not a wildcard")
            #expect(try await list(admin, "?q=\(TicketPagesTests.collegeUAI.lowercased())").total == 4, "found by UAI")
            #expect(try await list(admin, "?status=taken-in-charge").total == 1)
            #expect(try await list(admin, "?status=new,taken-in-charge").total == 4)
            #expect(try await list(admin, "?status=resolved").total == 0)
            #expect(try await list(admin, "?status=all&establishment=\(TicketPagesTests.collegeUAI.lowercased())").total == 4)
            #expect(try await list(admin, "?establishment=0000000A").total == 0)
            #expect(try await list(departement, "").total == 3)
            #expect(try await list(departement, "?party=EPLE").total == 0)
            #expect(try await list(academie, "").total == 0)
            #expect(try await list(academie, "?scope=territory").total == 4)
            #expect(try await list(principal, "?establishment=0759901E").total == 0)
            // One status for every invalid query value, as for the queue page: 400, each parameter named.
            for query in ["?per_page=101", "?per_page=0", "?page=0", "?page=x", "?status=lost", "?scope=everything",
                          "?page=184467440737095517", "?page=99999999999999999999999", "?sort=random"] {
                let refused = try await admin.get("/api/v1/tickets" + query)
                #expect(refused.status == .badRequest, "\(query)")
                #expect(refused.errorFields.count == 1, "\(query)")
            }
        }
    }

    @Test func historyShowsEachPartyOnlyItsOwnInternalNotes() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let id = try #require(try await principal.file()["id"] as? String)
            let path = "/api/v1/tickets/\(id)"
            let departement = try await APIClient.signedIn(app, as: APIAccounts.departement)
            let academie = try await APIClient.signedIn(app, as: APIAccounts.academie)
            let admin = try await APIClient.signedIn(app, as: APIAccounts.administrator)
            let observer = try await APIClient.signedIn(app, as: APIAccounts.observer)
            // act
            #expect(try await departement.post(path + "/comments", json: ["body": "Note CD", "visibility": "internal"]).status == .created)
            #expect(try await academie.post(path + "/comments", json: ["body": "Note académie", "visibility": "internal"]).status == .created)
            #expect(try await principal.post(path + "/comments", json: ["body": "Note collège", "visibility": "internal"]).status == .created)
            #expect(try await departement.post(path + "/comments", json: ["body": "Technicien demain"]).status == .created)
            // check
            // every event has the same pinned instant: compare without order
            func bodies(_ client: APIClient) async throws -> [String] {
                let history = try await client.get(path).json()["history"] as? [[String: Any]] ?? []
                return history.filter { $0["kind"] as? String != "created" }.compactMap { $0["body"] as? String }.sorted()
            }
            #expect(try await bodies(principal) == ["Note collège", "Technicien demain"])
            #expect(try await bodies(departement) == ["Note CD", "Technicien demain"])
            #expect(try await bodies(academie) == ["Note académie", "Technicien demain"])
            #expect(try await bodies(observer) == ["Note académie", "Technicien demain"])
            #expect(try await bodies(admin) == ["Note CD", "Note académie", "Note collège", "Technicien demain"].sorted())
        }
    }

    @Test func commentsAndTransitionsWithStaleVersionsAndImpossibleMoves() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let id = try #require(try await principal.file()["id"] as? String)
            let path = "/api/v1/tickets/\(id)"
            let agent = try await APIClient.signedIn(app, as: APIAccounts.departement)
            // act
            let taken = try await agent.post(path + "/transitions", json: ["action": "take-in-charge", "version": 1, "comment": "Vu"])
            let stale = try await agent.post(path + "/transitions", json: ["action": "diagnose", "version": 1])
            let impossible = try await agent.post(path + "/transitions", json: ["action": "resume", "version": 2])
            let unknown = try await agent.post(path + "/transitions", json: ["action": "fly", "version": 2])
            let noVersion = try await agent.post(path + "/transitions", json: ["action": "diagnose"])
            let waiting = try await agent.post(path + "/transitions", json: ["action": "wait-for-requester", "version": 2])
            let reply = try await agent.post(path + "/comments", json: ["body": "Pouvez-vous redémarrer la borne ?"])
            let emptyReply = try await agent.post(path + "/comments", json: ["body": "  "])
            let badVisibility = try await agent.post(path + "/comments", json: ["body": "x", "visibility": "secret"])
            // check
            #expect(taken.status == .ok)
            let takenTicket = try taken.json()
            #expect(takenTicket["status"] as? String == "taken-in-charge")
            #expect(takenTicket["version"] as? Int == 2)
            #expect((takenTicket["history"] as? [[String: Any]])?.contains { $0["body"] as? String == "Vu" } == true)
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "stale_version")
            #expect(impossible.status == .conflict)
            #expect(impossible.errorCode == "transition_not_allowed")
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.errorFields.keys.sorted() == ["action"])
            #expect(noVersion.errorFields.keys.sorted() == ["version"])
            #expect(waiting.status == .ok)
            #expect(try waiting.json()["status"] as? String == "waiting-for-requester")
            let pickup = try #require((try waiting.json()["clocks"] as? [[String: Any]])?.first)
            #expect(pickup["stopped_at"] as? String == "2026-09-14T07:00:00Z")
            #expect(reply.status == .created)
            #expect((try reply.json()["history"] as? [[String: Any]])?.contains {
                $0["kind"] as? String == "reply" && $0["body"] as? String == "Pouvez-vous redémarrer la borne ?"
            } == true)
            #expect(emptyReply.errorFields == ["body": "required"])
            #expect(badVisibility.errorFields == ["visibility": "reply or internal"])
            let stored = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(stored.status == "waiting-for-requester")
            #expect(stored.version == 3)
        }
    }

    @Test func missingWrongOrRevokedTokensAre401() async throws {
        try await TestApp.run { app in
            // setup
            let admin = try await APIClient.signedIn(app, as: APIAccounts.administrator)
            let user = try #require(try await AccountStore(database: app.db).account(email: APIAccounts.departement))
            let store = APITokenStore(database: app.db)
            let revoked = try await store.issue(name: "old", for: user, at: TestApp.now)
            try await store.revoke(id: revoked.id, by: APIAccounts.administrator, at: TestApp.now)
            // act
            let none = try await APIClient(app, token: nil).get("/api/v1/tickets")
            let wrong = try await APIClient(app, token: "ent_" + String(repeating: "A", count: 43)).get("/api/v1/tickets")
            let gone = try await APIClient(app, token: revoked.token).get("/api/v1/tickets")
            let basic = try await admin.send(.GET, "/api/v1/tickets", headers: [("Authorization", "Basic YWRtaW46YWRtaW4=")])
            let postWithout = try await APIClient(app, token: nil).send(.POST, "/api/v1/tickets", body: "{}",
                                                                        headers: [("Authorization", "Bearer nope")])
            // check
            for response in [none, wrong, gone, basic, postWithout] {
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == "unauthorized")
                #expect(response.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
            }
            #expect(try await admin.get("/api/v1/tickets").status == .ok)
        }
    }

    @Test func aSessionCookieDoesNotOpenTheAPIAndStaysUnderCSRF() async throws {
        try await TestApp.run { app in
            // setup: a signed-in browser
            var browser = Browser(app)
            _ = try await browser.signIn(APIAccounts.administrator)
            // act
            let read = try await browser.get("/api/v1/tickets")
            let write = try await browser.post("/api/v1/tickets", form: ["title": "x"], withCSRF: false)
            let unknownPath = try await APIClient(app, token: nil).get("/api/v2/tickets")
            // check
            #expect(read.status == .unauthorized)
            #expect(write.status == .forbidden)
            #expect(unknownPath.status == .notFound)
            #expect(unknownPath.errorCode == "not_found")
            #expect(try await TicketRecord.query(on: app.db).count() == 0)
        }
    }

    static func wifi(at uai: String) -> [String: any Sendable] {
        ["establishment_uai": uai, "kind": "incident", "component": "bornes-wifi", "nature": "breakdown",
         "impacts_whole_establishment": true, "title": "Plus de Wi-Fi", "description": "Rien ne marche",
         "requester_name": "M. Martin"]
    }
}
