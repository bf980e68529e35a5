/// A party's own refinement of the convention: the tickets the convention sends to the party that
/// go straight to one of its teams. Each criterion left empty matches anything; a rule names at
/// least one. The rule belongs to a party and may only name a team of that party: it chooses a
/// queue inside the party, never another party (that is a transfer, with its reason and audit).
public struct TeamRoutingRule: Codable, Hashable, Sendable {
    public var partyCode: String
    public var teamCode: String
    /// A few words on the rule, quoted in the routing reason ("Réseau et Wi-Fi").
    public var name: String?
    public var componentIDs: [String]
    public var establishmentUAIs: [String]
    public var activities: [Activity]

    public init(partyCode: String, teamCode: String, name: String? = nil, componentIDs: [String] = [],
                establishmentUAIs: [String] = [], activities: [Activity] = []) {
        self.partyCode = partyCode
        self.teamCode = teamCode
        self.name = name
        self.componentIDs = componentIDs
        self.establishmentUAIs = establishmentUAIs
        self.activities = activities
    }

    /// Whether the rule names no criterion at all (refused at validation: that is the default team's job).
    public var isCatchAll: Bool { componentIDs.isEmpty && establishmentUAIs.isEmpty && activities.isEmpty }

    public func matches(_ request: TeamRoutingRequest) -> Bool {
        request.partyCode == partyCode
            && (componentIDs.isEmpty || componentIDs.contains(request.componentID))
            && (establishmentUAIs.isEmpty || establishmentUAIs.contains { $0.uppercased() == request.establishmentUAI.uppercased() })
            && (activities.isEmpty || activities.contains(request.activity))
    }

    /// Its name, or its criteria: "composant bornes-wifi ; activité Dépannage".
    public var summary: String {
        if let name, !name.isEmpty { return name }
        var parts: [String] = []
        if !componentIDs.isEmpty { parts.append("composant \(componentIDs.joined(separator: ", "))") }
        if !establishmentUAIs.isEmpty { parts.append("établissement \(establishmentUAIs.joined(separator: ", "))") }
        if !activities.isEmpty { parts.append("activité \(activities.map(\.frenchLabel).joined(separator: ", "))") }
        return parts.joined(separator: " ; ")
    }
}

/// What team routing reads of a ticket the convention has already sent to a party.
public struct TeamRoutingRequest: Hashable, Sendable {
    public var partyCode: String
    public var componentID: String
    public var establishmentUAI: String
    public var activity: Activity

    public init(partyCode: String, componentID: String, establishmentUAI: String, activity: Activity) {
        self.partyCode = partyCode
        self.componentID = componentID
        self.establishmentUAI = establishmentUAI
        self.activity = activity
    }
}

/// The team a ticket lands in, and the rule that chose it (nil: the party's default team).
public struct TeamAssignment: Hashable, Sendable {
    public var team: Team
    public var rule: TeamRoutingRule?

    public init(team: Team, rule: TeamRoutingRule? = nil) {
        self.team = team
        self.rule = rule
    }

    /// "règle : Réseau et Wi-Fi", or "équipe par défaut".
    public var why: String {
        rule.map { "règle : \($0.summary)" } ?? "équipe par défaut de la partie"
    }
}

extension RoutingDecision {
    /// The convention's reason with the team inserted after the party:
    /// "Dépannage · Bornes Wi-Fi → CD / Réseaux et Wi-Fi (N2) — convention … — règle : Réseau et Wi-Fi".
    public func reason(with assignment: TeamAssignment?) -> String {
        guard let assignment else { return reason }
        return responsibility.reason(team: assignment.team.label) + " — \(assignment.why)"
    }
}
