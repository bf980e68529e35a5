import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
@testable import EntenteWeb

/// The demo inventory opens with devices in every status, written once.
@Suite struct DemoInventoryTests {
    @Test func theDemoInventoryHoldsDevicesInEveryStatusAndIsWrittenOnce() async throws {
        try await TestApp.run(adjust: { $0.demoHistory = true }) { app in
            // act
            let store = AssetStore(database: app.db)
            let (assets, total) = try await store.list(AssetFilter(), limit: 10_000)
            let again = try await DemoInventory.ensure(on: app.db, environment: EntenteApp.environment(app), now: TestApp.now)
            // check
            #expect(total > 100)
            #expect(again == 0)
            #expect(Set(assets.map(\.status)) == ["in-stock", "in-service", "out-of-order", "in-repair", "retired", "second-life", "recycled"])
            #expect(Set(assets.map(\.details.establishment)).count >= 10)
            #expect(assets.contains { if case .etablissement(let purchase?) = $0.details.funding { purchase.hasPrefix("ACH-") } else { false } })
            #expect(assets.allSatisfy { $0.details.acquiredOn.map { $0.year <= 2026 } ?? false })
        }
    }
}
