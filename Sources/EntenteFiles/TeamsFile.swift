import EntenteCore
import Yams

/// Reads the teams of the conventions' parties and their routing rules (`teams.yaml`,
/// `entente-teams/1`): either every directory is valid against its convention, or every problem
/// is thrown with its line.
public enum TeamsFile {
    public static let format = "entente-teams/1"

    public static func read(_ text: String, file: String, conventions: [Convention]) throws(FileIssues) -> [TeamDirectory] {
        let document = YAMLDocument(file: file)
        let directories = document.parse(text).map { TeamsReader(document: document, conventions: conventions).directories($0) } ?? []
        guard document.issues.isEmpty else { throw FileIssues(document.issues.sorted { $0.line < $1.line }) }
        var issues: [FileIssue] = []
        for directory in directories {
            guard let convention = conventions.first(where: { $0.id == directory.conventionID }) else { continue }
            issues += directory.issues(against: convention).map { issue in
                FileIssue(file: file, line: document.line(ofPath: "\(directory.conventionID).\(issue.path)"),
                          message: issue.message, fix: issue.fix)
            }
        }
        guard issues.isEmpty else { throw FileIssues(issues.sorted { $0.line < $1.line }) }
        return directories
    }
}

/// The walk from YAML nodes to the core's types; lines are recorded under `<convention>.<TeamPath>`.
private struct TeamsReader {
    let document: YAMLDocument
    let conventions: [Convention]

    func directories(_ root: Node) -> [TeamDirectory] {
        guard let map = document.mapping(root, "the teams file", allowed: ["format", "conventions"]) else { return [] }
        if let format = document.string(map, "format", in: "the teams file", at: root), format != TeamsFile.format {
            document.report(map["format"]!, "unsupported format '\(format)'", fix: "write 'format: \(TeamsFile.format)'")
        }
        guard let list = map["conventions"].flatMap({ document.sequence($0, "conventions") }) else {
            if map["conventions"] == nil { document.report(root, "missing 'conventions'", fix: "add 'conventions:' with one item per convention") }
            return []
        }
        var seenConventions = Set<String>()
        var teamOwners: [String: String] = [:]
        var result: [TeamDirectory] = []
        for node in list {
            guard let item = document.mapping(node, "a convention's teams", allowed: ["convention", "parties"]),
                  let id = document.string(item, "convention", in: "a convention's teams", at: node) else { continue }
            guard conventions.contains(where: { $0.id == id }) else {
                let hint = ClosestNames.suggestions(for: id, among: conventions.map(\.id))
                document.report(item["convention"] ?? node, "unknown convention '\(id)'",
                                fix: hint.isEmpty ? "use the id of a bundled convention" : "did you mean \(hint.joined(separator: ", "))?")
                continue
            }
            if !seenConventions.insert(id).inserted {
                document.report(node, "convention '\(id)' appears twice", fix: "list all its parties under one entry")
            }
            var directory = TeamDirectory(conventionID: id, teams: [])
            for partyNode in item["parties"].flatMap({ document.sequence($0, "parties of \(id)") }) ?? [] {
                party(partyNode, into: &directory, teamOwners: &teamOwners)
            }
            result.append(directory)
        }
        return result
    }

    private func party(_ node: Node, into directory: inout TeamDirectory, teamOwners: inout [String: String]) {
        let conventionID = directory.conventionID
        guard let item = document.mapping(node, "a party's teams", allowed: ["party", "teams", "rules"]),
              let party = document.string(item, "party", in: "a party's teams", at: node) else { return }
        for teamNode in item["teams"].flatMap({ document.sequence($0, "teams of \(party)") }) ?? [] {
            guard let team = team(teamNode, party: party) else { continue }
            // Codes name a team on its own (tickets, agents): unique across conventions, not only within one.
            if let owner = teamOwners[team.code], owner != conventionID {
                document.report(teamNode, "team code '\(team.code)' is already used in \(owner)", fix: "give each team a code of its own")
            }
            teamOwners[team.code] = conventionID
            document.record("\(conventionID).\(TeamPath.team(team.code))", teamNode)
            directory.teams.append(team)
        }
        for ruleNode in item["rules"].flatMap({ document.sequence($0, "rules of \(party)") }) ?? [] {
            guard let rule = rule(ruleNode, party: party) else { continue }
            document.record("\(conventionID).\(TeamPath.rule(directory.rules.count))", ruleNode)
            directory.rules.append(rule)
        }
    }

    private func team(_ node: Node, party: String) -> Team? {
        let what = "a team of \(party)"
        guard let item = document.mapping(node, what, allowed: ["code", "name", "level", "default"]),
              let code = document.string(item, "code", in: what, at: node),
              let name = document.string(item, "name", in: "team \(code)", at: node) else { return nil }
        guard let levelNode = item["level"] else {
            document.report(node, "missing 'level' in team \(code)", fix: "add 'level: n1', 'n2' or 'n3'")
            return nil
        }
        guard let level = document.enumValue(levelNode, EscalationLevel.self, "escalation level") else { return nil }
        var isDefault = false
        if let node = item["default"] {
            switch document.scalar(node, "'default' of team \(code)") {
            case "true"?: isDefault = true
            case "false"?: isDefault = false
            case let other?: document.report(node, "'\(other)' is not true or false", fix: "write 'default: true' or leave it out")
            case nil: break
            }
        }
        return Team(code: code, name: name, partyCode: party, level: level, isDefault: isDefault)
    }

    private func rule(_ node: Node, party: String) -> TeamRoutingRule? {
        let what = "a rule of \(party)"
        guard let item = document.mapping(node, what, allowed: ["name", "components", "establishments", "activities", "team"]),
              let team = document.string(item, "team", in: what, at: node) else { return nil }
        var activities: [Activity] = []
        for text in item["activities"].flatMap({ document.strings($0, "activities") }) ?? [] {
            guard let activity = Activity(rawValue: text) else {
                let options = Activity.allCases.map(\.rawValue)
                document.report(item["activities"]!, "'\(text)' is not an activity",
                                fix: "use one of: \(options.joined(separator: ", "))")
                continue
            }
            activities.append(activity)
        }
        return TeamRoutingRule(partyCode: party, teamCode: team, name: document.optionalString(item, "name", in: what),
                               componentIDs: item["components"].flatMap { document.strings($0, "components") } ?? [],
                               establishmentUAIs: item["establishments"].flatMap { document.strings($0, "establishments") } ?? [],
                               activities: activities)
    }
}
