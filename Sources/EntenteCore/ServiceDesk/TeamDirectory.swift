import Foundation

/// The teams and team routing rules of the parties of one convention. The convention decides the
/// party; the party's rules, read in order, pick one of its teams; the first rule that matches wins,
/// and a ticket no rule claims goes to the party's default team (else the first of its lowest level).
/// A party without teams keeps its tickets in its single party queue (no team).
public struct TeamDirectory: Codable, Hashable, Sendable {
    public var conventionID: String
    /// In the file's order: the order of queues and of `nextLevel` choices.
    public var teams: [Team]
    /// In the file's order, every party's rules together; each is read only for its own party.
    public var rules: [TeamRoutingRule]

    public init(conventionID: String, teams: [Team], rules: [TeamRoutingRule] = []) {
        self.conventionID = conventionID
        self.teams = teams
        self.rules = rules
    }

    public func team(code: String) -> Team? {
        teams.first { $0.code == code }
    }

    public func teams(of partyCode: String) -> [Team] {
        teams.filter { $0.partyCode == partyCode }
    }

    /// The team that takes what no rule claims: the one marked default, else the first of the lowest level.
    public func defaultTeam(of partyCode: String) -> Team? {
        let own = teams(of: partyCode)
        if let marked = own.first(where: \.isDefault) { return marked }
        guard let lowest = own.map(\.level).min() else { return nil }
        return own.first { $0.level == lowest }
    }

    /// The team of the ticket's party that receives it. A rule naming an unknown team or a team of
    /// another party (refused at validation) is skipped rather than followed: routing never leaves the party.
    public func assign(_ request: TeamRoutingRequest) -> TeamAssignment? {
        for rule in rules where rule.matches(request) {
            guard let team = team(code: rule.teamCode), team.partyCode == request.partyCode else { continue }
            return TeamAssignment(team: team, rule: rule)
        }
        return defaultTeam(of: request.partyCode).map { TeamAssignment(team: $0) }
    }

    // MARK: Validation

    /// Every problem of the directory read against its convention, located by `TeamPath`.
    public func issues(against convention: Convention) -> [ConventionIssue] {
        var issues: [ConventionIssue] = []
        var codes = Set<String>()
        var defaults: [String: String] = [:]
        for team in teams {
            let path = TeamPath.team(team.code)
            if !codes.insert(team.code).inserted {
                issues.append(.init(path: ConventionPath.repeated(path), message: "team code '\(team.code)' appears twice",
                                    fix: "give each team a code of its own"))
            }
            if team.name.trimmingCharacters(in: .whitespaces).isEmpty {
                issues.append(.init(path: path, message: "team '\(team.code)' has no name", fix: "add 'name: …'"))
            }
            if convention.party(code: team.partyCode) == nil {
                issues.append(.init(path: path, message: "'\(team.partyCode)' is not a party of \(convention.id)",
                                    fix: "use one of: \(convention.parties.map(\.code).joined(separator: ", "))"))
            }
            if team.isDefault {
                if let first = defaults[team.partyCode] {
                    issues.append(.init(path: path, message: "\(team.partyCode) has two default teams (\(first) and \(team.code))",
                                        fix: "mark a single team 'default: true'"))
                } else {
                    defaults[team.partyCode] = team.code
                }
            }
        }
        let componentIDs = convention.components.map(\.component.id)
        for (index, rule) in rules.enumerated() {
            let path = TeamPath.rule(index)
            if rule.isCatchAll {
                issues.append(.init(path: path, message: "a rule of \(rule.partyCode) names no component, establishment or activity",
                                    fix: "add a criterion, or mark the team that takes everything else 'default: true'"))
            }
            if let team = team(code: rule.teamCode) {
                if team.partyCode != rule.partyCode {
                    issues.append(.init(
                        path: path,
                        message: "a rule of \(rule.partyCode) sends tickets to team '\(team.code)' of \(team.partyCode): "
                            + "a party's rules choose among its own teams and never move a ticket to another party",
                        fix: "name a team of \(rule.partyCode) (\(teams(of: rule.partyCode).map(\.code).joined(separator: ", "))), "
                            + "or write the rule under \(team.partyCode)"))
                }
            } else {
                let hint = ClosestNames.suggestions(for: rule.teamCode, among: teams(of: rule.partyCode).map(\.code))
                issues.append(.init(path: path, message: "unknown team '\(rule.teamCode)' in a rule of \(rule.partyCode)",
                                    fix: hint.isEmpty ? "define the team under \(rule.partyCode) first" : "did you mean \(hint.joined(separator: ", "))?"))
            }
            for id in rule.componentIDs where !componentIDs.contains(id) {
                let hint = ClosestNames.suggestions(for: id, among: componentIDs)
                issues.append(.init(path: path, message: "unknown component '\(id)' in \(convention.id)",
                                    fix: hint.isEmpty ? "use a component id of the convention" : "did you mean \(hint.joined(separator: ", "))?"))
            }
            for uai in rule.establishmentUAIs where (try? UAI(uai)) == nil {
                issues.append(.init(path: path, message: "'\(uai)' is not a valid UAI", fix: "write 7 digits and a check letter, e.g. 0352958A"))
            }
        }
        return issues
    }
}

/// Paths of the parts of a team directory, shared by the validator and the file reader.
public enum TeamPath {
    public static func team(_ code: String) -> String { "teams.\(code)" }
    public static func rule(_ index: Int) -> String { "rules.\(index)" }
}
