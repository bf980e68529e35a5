import EntenteFiles
import EntenteWeb

/// What the commands that open the database need: the settings (`--data-dir`, the environment)
/// and the bundled territory, each failure said as the command's.
enum CommandContext {
    static func load(dataDirectory: String?) throws -> (ServerSettings, DemoTerritory) {
        let settings: ServerSettings
        do { settings = try ServerSettings.resolve(host: nil, port: nil, dataDirectory: dataDirectory) } catch {
            throw CommandFailure("\(error)")
        }
        let territory: DemoTerritory
        do { territory = try DemoTerritory.load() } catch {
            throw CommandFailure("the bundled data is invalid.\n\(error.description)")
        }
        return (settings, territory)
    }
}
