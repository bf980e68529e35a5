import Foundation

/// Moving a ticket between the teams of the party that handles it: up a level (escalation), back
/// down (de-escalation: the expert hands it back to the guichet) or sideways, always with a reason.
///
/// Choices where the issue is silent, as service desks usually do:
/// - the ticket keeps its status and its clocks: the convention binds the party, not its teams, so a
///   change of team neither pauses nor restarts the service-level clocks;
/// - only an open ticket changes team (a resolved one is reopened first);
/// - `nextLevel` goes to the first team, in the party's order, of the lowest level above the current
///   one; a ticket without a team (filed before its party had teams) enters at the party's lowest level;
/// - a team of another party is refused: that is a transfer, with the convention's checks.
public struct TeamReassignment: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case nextLevel
        case team(String)
    }

    public enum Movement: String, CaseIterable, Hashable, Sendable {
        case escalation, deEscalation = "de-escalation", reassignment
    }

    public var target: Target
    public var reason: String

    public init(target: Target, reason: String) {
        self.target = target
        self.reason = reason
    }

    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case reasonRequired
        case ticketNotOpen(TicketStatus)
        case noTeams(party: String)
        case unknownTeam(String)
        /// The team belongs to another party: a team change never leaves the handling party.
        case otherParty(team: String, teamParty: String, ticketParty: String)
        case sameTeam
        case noHigherLevel(EscalationLevel)

        public var description: String {
            switch self {
            case .reasonRequired: "a change of team needs a reason"
            case .ticketNotOpen(let status): "the ticket is \(status.rawValue): reopen it before changing its team"
            case .noTeams(let party): "\(party) has no teams"
            case .unknownTeam(let code): "no team '\(code)'"
            case .otherParty(let team, let teamParty, let ticketParty):
                "team \(team) belongs to \(teamParty), not \(ticketParty): transfer the ticket to send it to another party"
            case .sameTeam: "the ticket is already with this team"
            case .noHigherLevel(let level): "no team of \(level.shortLabel) or above it: name the team"
            }
        }
    }

    /// The team the ticket goes to and how it moves, or why it cannot.
    public func check(in directory: TeamDirectory, partyCode: String, currentTeamCode: String?,
                      status: TicketStatus) throws(Refusal) -> (team: Team, movement: Movement) {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .reasonRequired }
        guard status.isOpen else { throw .ticketNotOpen(status) }
        let own = directory.teams(of: partyCode)
        guard !own.isEmpty else { throw .noTeams(party: partyCode) }
        let current = currentTeamCode.flatMap { code in own.first { $0.code == code } }
        let team: Team
        switch target {
        case .team(let code):
            guard let named = directory.team(code: code) else { throw .unknownTeam(code) }
            guard named.partyCode == partyCode else {
                throw .otherParty(team: code, teamParty: named.partyCode, ticketParty: partyCode)
            }
            guard named.code != current?.code else { throw .sameTeam }
            team = named
        case .nextLevel:
            let above = own.filter { team in current.map { team.level > $0.level } ?? true }
            guard let level = above.map(\.level).min(), let next = above.first(where: { $0.level == level }) else {
                throw .noHigherLevel(current?.level ?? .n1)
            }
            team = next
        }
        guard let current else { return (team, .escalation) }
        let movement: Movement = team.level > current.level ? .escalation
            : team.level < current.level ? .deEscalation : .reassignment
        return (team, movement)
    }
}
