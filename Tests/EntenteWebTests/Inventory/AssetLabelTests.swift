import EntenteCore
@testable import EntenteStorage
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// A device's label through HTTP: the QR code of its intake link, and the link in words.
@Suite struct AssetLabelTests {
    @Test func theLabelCarriesTheIntakeLinkAsAQRCodeAndInWords() async throws {
        try await TestApp.run { app in
            let (_, principal, assets) = try await InventoryLoanTests.stockedCollege(app)
            var member = Browser(app)
            _ = try await member.signIn(principal)
            let id = assets[0].id.uuidString.lowercased()
            let page = try await member.get("/inventory/assets/\(id)")
            #expect(page.body.string.contains("/inventory/assets/\(id)/label"))
            let label = try await member.get("/inventory/assets/\(id)/label")
            let link = "/tickets/new?asset=\(id)"
            #expect(label.status == .ok && label.body.string.contains(link) && label.body.string.contains("PC-"))
            let code = try QRCode(EntenteApp.environment(app).notifier.baseURL + link)
            #expect(label.body.string.contains("d=\"\(code.pathData)\""))
            #expect(try await member.get("/inventory/assets/\(UUID().uuidString.lowercased())/label").status == .notFound)
        }
    }

    @Test func theEncoderPlacesItsFunctionPatterns() throws {
        let code = try QRCode("http://127.0.0.1:8765/tickets/new?asset=3f2504e0-4f89-11d3-9a0c-0305e82c3301")
        #expect(code.version == 5 && code.size == 37)
        // Finder patterns: dark 7×7 rings with a dark 3×3 centre at three corners, light separators.
        for (x, y) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
            #expect(code.modules[y][x] && code.modules[y + 3][x + 3] && !code.modules[y + 1][x + 1])
        }
        // Timing pattern and the dark module.
        #expect((8..<(code.size - 8)).allSatisfy { code.modules[6][$0] == ($0 % 2 == 0) })
        #expect(code.modules[code.size - 8][8])
        #expect(throws: QRCode.Failure.tooLong(bytes: 300, limit: 213)) { try QRCode(String(repeating: "x", count: 300)) }
    }
}
