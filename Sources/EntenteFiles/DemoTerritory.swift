import EntenteCore
import Foundation

/// The data Entente ships with: the partner registry, the conventions encoded from the
/// seeds, the template, and the establishments of the demo territory.
public struct DemoTerritory: Sendable {
    public var partners: [Partner]
    public var conventions: [Convention]
    public var establishments: [Establishment]
    /// The teams of the conventions' parties and their routing rules (`teams.yaml`), by convention.
    public var teams: [TeamDirectory] = []
    /// The equipment référentiels of the conventions (`equipment-standards.yaml`).
    public var equipmentStandards: [EquipmentStandard] = []

    /// Loads and validates everything bundled; any problem fails the whole load.
    public static func load() throws(FileIssues) -> DemoTerritory {
        let partners = try PartnersFile.read(try text(of: folder.appendingPathComponent("partners.yaml")), file: "partners.yaml")
        let known = Set(partners.map(\.code))
        var issues: [FileIssue] = []
        var conventions: [Convention] = []
        for url in files(in: "conventions", extension: "yaml") {
            do {
                conventions.append(try ConventionFile.read(try text(of: url), file: "conventions/\(url.lastPathComponent)",
                                                           knownPartners: known))
            } catch { issues += error.issues }
        }
        var establishments: [Establishment] = []
        for url in files(in: "", extension: "csv") {
            do { establishments += try EstablishmentDirectory.read(try text(of: url), file: url.lastPathComponent) } catch {
                issues += error.issues
            }
        }
        // Past school years' pupils, in a subfolder so that the directory files above do not include them.
        for url in files(in: "pupils", extension: "csv") {
            do {
                let counts = try PupilCounts.read(try text(of: url), file: "pupils/\(url.lastPathComponent)")
                establishments = PupilCounts.merge(counts, into: establishments)
            } catch { issues += error.issues }
        }
        var teams: [TeamDirectory] = []
        let teamsURL = folder.appendingPathComponent("teams.yaml")
        if FileManager.default.fileExists(atPath: teamsURL.path) {
            do { teams = try TeamsFile.read(try text(of: teamsURL), file: "teams.yaml", conventions: conventions) } catch {
                issues += error.issues
            }
        }
        var standards: [EquipmentStandard] = []
        let standardsURL = folder.appendingPathComponent("equipment-standards.yaml")
        if FileManager.default.fileExists(atPath: standardsURL.path) {
            do {
                standards = try EquipmentStandardFile.read(try text(of: standardsURL), file: "equipment-standards.yaml",
                                                           conventions: conventions)
            } catch { issues += error.issues }
        }
        guard issues.isEmpty else { throw FileIssues(issues) }
        return DemoTerritory(partners: partners, conventions: conventions.sorted { $0.id < $1.id },
                             establishments: establishments, teams: teams, equipmentStandards: standards)
    }

    /// The generic convention to start a new one from (seed 001's framework convention).
    public static func template() throws(FileIssues) -> (text: String, convention: Convention) {
        let url = folder.appendingPathComponent("templates/convention-cadre.yaml")
        let text = try text(of: url)
        return (text, try ConventionFile.read(text, file: "templates/convention-cadre.yaml"))
    }

    /// The bundled resource folder.
    public static var folder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("DemoTerritory")
    }

    static func files(in subfolder: String, extension ext: String) -> [URL] {
        let directory = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".\(ext)") }.sorted().map { directory.appendingPathComponent($0) }
    }

    static func text(of url: URL) throws(FileIssues) -> String {
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw FileIssues([FileIssue(file: url.lastPathComponent, line: 1, message: "cannot read the file: \(error.localizedDescription)",
                                        fix: "check that it exists and is UTF-8 text")])
        }
    }

    /// Reads a file given on the command line.
    public static func readFile(at path: String) throws(FileIssues) -> String {
        try text(of: URL(fileURLWithPath: path))
    }
}
