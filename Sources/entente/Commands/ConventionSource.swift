import EntenteCore
import EntenteFiles
import Foundation

/// Where the commands find a convention: a bundled id (`ille-et-vilaine-2025`), a file path,
/// either followed by `@version` to read it as of an avenant.
struct ConventionSource {
    static func territory() throws -> DemoTerritory {
        do { return try DemoTerritory.load() } catch { throw CommandFailure(error.description) }
    }

    static func resolve(_ reference: String) throws -> Convention {
        let parts = reference.split(separator: "@", maxSplits: 1).map(String.init)
        let name = parts[0]
        var convention: Convention
        if FileManager.default.fileExists(atPath: name) {
            do {
                convention = try ConventionFile.read(try DemoTerritory.readFile(at: name), file: name)
            } catch { throw CommandFailure(error.description) }
        } else {
            let known = try territory().conventions
            guard let found = known.first(where: { $0.id == name }) else {
                let hint = ClosestNames.suggestions(for: name, among: known.map(\.id))
                throw CommandFailure("no convention '\(name)' (neither a bundled id nor a file)"
                    + (hint.isEmpty ? "" : "; did you mean \(hint.joined(separator: ", "))?")
                    + " — `entente convention list` shows the ids")
            }
            convention = found
        }
        guard parts.count == 2 else { return convention.current }
        do { return try convention.asOf(version: parts[1]) } catch { throw CommandFailure(error.description) }
    }
}

/// A failure the user can act on: its message is printed alone, and the command exits 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
