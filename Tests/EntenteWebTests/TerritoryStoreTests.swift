import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
@testable import EntenteWeb

/// Storage on the database under test (SQLite here, PostgreSQL in CI with DATABASE_URL).
@Suite struct TerritoryStoreTests {
    @Test func conventionsRoundTripExactly() async throws {
        try await TestApp.run { app in
            let store = TerritoryStore(database: app.db)
            for convention in TestApp.territory.conventions {
                let stored = try await store.convention(id: convention.id)
                #expect(stored == convention)
            }
        }
    }

    @Test func loadingTheSameDataTwiceChangesNothing() async throws {
        try await TestApp.run { app in
            // setup: configure already loaded the territory once
            let store = TerritoryStore(database: app.db)
            let auditBefore = try await AuditRecord.query(on: app.db).count()
            // act
            let summary = try await store.load(partners: TestApp.territory.partners,
                                               establishments: TestApp.territory.establishments,
                                               conventions: TestApp.territory.conventions, actor: "test", at: Date())
            // check
            #expect(summary == TerritoryStore.LoadSummary())
            #expect(try await store.establishmentCount() == TestApp.territory.establishments.count)
            #expect(try await AuditRecord.query(on: app.db).count() == auditBefore)
        }
    }

    @Test func changedConventionIsUpdatedAndAuditedWithBeforeAndAfter() async throws {
        try await TestApp.run { app in
            // setup
            let store = TerritoryStore(database: app.db)
            var convention = try #require(TestApp.territory.conventions.first)
            convention.title += " (révisée)"
            // act
            let summary = try await store.load(partners: [], establishments: [], conventions: [convention],
                                               actor: "test", at: Date())
            // check
            #expect(summary.conventions == 1)
            #expect(try await store.convention(id: convention.id)?.title == convention.title)
            let entry = try #require(try await AuditRecord.query(on: app.db).filter(\.$action == "convention.update").first())
            #expect(entry.actor == "test")
            #expect(entry.before?.contains(TestApp.territory.conventions[0].title) == true)
            #expect(entry.after?.contains("(révisée)") == true)
        }
    }

    @Test func failedLoadWritesNothing() async throws {
        try await TestApp.run { app in
            // setup: a partner whose code is already used by another row of the same load
            let store = TerritoryStore(database: app.db)
            let before = try await PartnerRecord.query(on: app.db).count()
            let duplicate = EntenteCore.Partner(code: "NEW-PARTNER", name: "Nouveau", kind: .prestataire)
            // act
            await #expect(throws: (any Error).self) {
                try await store.load(partners: [duplicate, duplicate], establishments: [], conventions: [],
                                     actor: "test", at: Date())
            }
            // check
            #expect(try await PartnerRecord.query(on: app.db).count() == before)
        }
    }
}

import EntenteCore
