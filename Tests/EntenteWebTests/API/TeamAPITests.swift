import EntenteCore
import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

// Serialized: each test boots an application, and PostgreSQL has 100 connections for the whole run.
@Suite(.serialized) struct TeamAPITests {
    @Test func aTicketSaysItsTeamAndTheListFiltersByTeam() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let agent = try await APIClient.signedIn(app, as: APIAccounts.departement)
            // act
            let ticket = try await principal.file()
            let network = try await agent.get("/api/v1/tickets?team=CD35-RESEAUX").json()
            let guichet = try await agent.get("/api/v1/tickets?team=CD35-GUICHET").json()
            // check
            let routing = try #require(ticket["routing"] as? [String: Any])
            let team = try #require(routing["team"] as? [String: Any])
            #expect(team["code"] as? String == "CD35-RESEAUX")
            #expect(team["name"] as? String == "Réseaux et Wi-Fi")
            #expect(team["level"] as? String == "n2")
            #expect((routing["reason"] as? String)?.contains("→ CD / Réseaux et Wi-Fi (N2)") == true)
            #expect(network["total"] as? Int == 1)
            #expect(guichet["total"] as? Int == 0)
        }
    }

    @Test func aPartyWithoutTeamsAnswersANullTeam() async throws {
        try await TestApp.run { app in
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            // act: bought on the school's own funds, the EPLE handles it
            let ticket = try await principal.file(["component": "videoprojecteurs", "nature": "supply", "funding": "etablissement",
                                                   "impacts_whole_establishment": false])
            // check
            let routing = try #require(ticket["routing"] as? [String: Any])
            #expect(routing["party"] as? String == "EPLE")
            #expect(routing.keys.contains("team"))
            #expect(routing["team"] is NSNull)
        }
    }

    @Test func theAgentEscalatesThroughTheAPI() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let agent = try await APIClient.signedIn(app, as: APIAccounts.departement)
            let id = try #require(try await principal.file()["id"] as? String)
            let path = "/api/v1/tickets/\(id)/team"
            // act
            let missing = try await agent.post(path, json: ["team": ""])
            let otherParty = try await agent.post(path, json: ["team": "ACA-RENNES-ENT", "reason": "x", "version": 1])
            let moved = try await agent.post(path, json: ["team": "CD35-PRESTATAIRE", "reason": "Remplacement de borne", "version": 1])
            let stale = try await agent.post(path, json: ["team": "CD35-GUICHET", "reason": "x", "version": 1])
            // check
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.errorCode == "validation_failed")
            #expect(Set(missing.errorFields.keys) == ["team", "reason", "version"])
            #expect(otherParty.status == .unprocessableEntity)
            #expect(otherParty.errorCode == "team_change_refused")
            #expect(moved.status == .ok)
            let ticket = try moved.json()
            #expect(ticket["version"] as? Int == 2)
            #expect(((ticket["routing"] as? [String: Any])?["team"] as? [String: Any])?["code"] as? String == "CD35-PRESTATAIRE")
            let history = try #require(ticket["history"] as? [[String: Any]])
            #expect(history.last?["kind"] as? String == "team")
            #expect(history.last?["body"] as? String == "Escalade → Prestataire de maintenance (N3) : Remplacement de borne")
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "stale_version")
        }
    }
}
