import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

// Serialized: each test boots an application, and PostgreSQL has 100 connections for the whole run.
@Suite(.serialized) struct APITokenTests {
    @Test func theTokenIsShownOnceAndStoredOnlyAsItsHash() async throws {
        try await TestApp.run { app in
            // setup
            let user = try #require(try await AccountStore(database: app.db).account(email: APIAccounts.academie))
            // act
            let issued = try await APITokenStore(database: app.db).issue(name: "Bouton d'aide de l'ENT", for: user, at: TestApp.now)
            // check
            #expect(issued.token.wholeMatch(of: /ent_[A-Za-z0-9_-]{43}/) != nil)
            let rows = try await APITokenRecord.query(on: app.db).all()
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            let expectedHash = SHA256.hash(data: Data(issued.token.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(row.tokenHash == expectedHash)
            #expect(row.name == "Bouton d'aide de l'ENT")
            #expect(row.$user.id == user.id)
            #expect(row.lastUsedAt == nil)
            let secret = String(issued.token.dropFirst(4))
            for column in [row.name, row.tokenHash] { #expect(!column.contains(secret)) }
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action == "api-token.create").all()
            #expect(audit.map(\.subject) == ["Bouton d'aide de l'ENT"])
            #expect(audit.allSatisfy { !($0.after ?? "").contains(secret) })
        }
    }

    @Test func aTokenSignsInItsAccountUntilRevoked() async throws {
        try await TestApp.run { app in
            // setup
            let store = APITokenStore(database: app.db)
            let user = try #require(try await AccountStore(database: app.db).account(email: APIAccounts.departement))
            let issued = try await store.issue(name: "supervision", for: user, at: TestApp.now)
            let other = try await store.issue(name: "autre", for: user, at: TestApp.now)
            // act
            let found = try await store.user(forToken: issued.token, at: TestApp.now)
            let tampered = try await store.user(forToken: String(issued.token.dropLast()) + "x", at: TestApp.now)
            let unprefixed = try await store.user(forToken: String(issued.token.dropFirst(4)), at: TestApp.now)
            try await store.revoke(id: issued.id, by: APIAccounts.administrator, at: TestApp.now)
            let afterRevocation = try await store.user(forToken: issued.token, at: TestApp.now)
            // check
            #expect(found?.email == APIAccounts.departement)
            #expect(tampered == nil)
            #expect(unprefixed == nil)
            #expect(afterRevocation == nil)
            #expect(try await store.user(forToken: other.token, at: TestApp.now)?.email == APIAccounts.departement)
            #expect(try await store.tokens(of: user.id).map(\.name) == ["autre"])
            #expect(try await APITokenRecord.find(other.id, on: app.db)?.lastUsedAt == TestApp.now)
        }
    }

    @Test func theCommandLineIssuesATokenForTheServersDatabase() async throws {
        // setup: the SQLite database `serve` would open in this data folder
        let folder = NSTemporaryDirectory() + "entente-token-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let settings = ServerSettings(dataDirectory: folder, demoMode: true, passwordCost: 4)
        // act
        let token = try await EntenteApp.issueToken(settings: settings, territory: TestApp.territory,
                                                    email: "ADMIN@demo.entente.fr", name: "ENT")
        let unknown = await #expect(throws: EntenteApp.TokenIssuingError.self) {
            try await EntenteApp.issueToken(settings: settings, territory: TestApp.territory, email: "nobody@x.fr", name: "ENT")
        }
        // check: a server on the same folder accepts it
        let app = try await Application.make(.testing)
        do {
            try await EntenteApp.configure(app, settings: settings, territory: TestApp.territory, now: { TestApp.now })
            #expect(try await APIClient(app, token: token).get("/api/v1/tickets").status == .ok)
            #expect(try await APITokenRecord.query(on: app.db).count() == 1)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        #expect(unknown?.description == "no account with the e-mail address 'nobody@x.fr'")
    }
}
