import Foundation
import Testing

/// A migration replays the same way forever: it writes literal values, never the live enums of the
/// core, whose cases will change (014, which landed reading `TicketStatus.allCases`, stays as it
/// landed: landed migrations are never edited).
@Suite struct MigrationSourceTests {
    @Test func migrationsAfterTheFirstNineteenUseLiteralValues() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/EntenteStorage/Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        let numbered = files.compactMap { name -> (Int, String)? in Int(name.prefix(3)).map { ($0, name) } }
        #expect(numbered.count >= 23)
        for (number, name) in numbered where number > 19 {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(!source.contains("allCases") && !source.contains(".rawValue") && !source.contains("import EntenteCore"),
                    "\(name) reads live code")
        }
    }
}
