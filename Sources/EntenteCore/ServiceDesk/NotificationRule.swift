import Foundation

/// Who is told in the application of what happens to a ticket (issue 4, item 5). Pure: the web layer
/// loads the candidate accounts `NotificationRule.candidates` names and asks `recipients`.
public enum NotificationKind: String, CaseIterable, Codable, Hashable, Sendable {
    case filed
    case transferred
    case teamChanged = "team-changed"
    case reply
    case internalNote = "internal-note"
    case rated
    case statusChanged = "status-changed"
}

/// What just happened to a ticket, as the rule needs to know it.
public enum TicketHappening: Hashable, Sendable {
    case filed
    /// To another party (the ticket's facts are the new party's).
    case transferred
    /// To another team of the same party (the ticket's team is the new one).
    case teamChanged
    case reply
    /// A note for `audience` only (`TicketAccess.noteAudience`).
    case internalNote(audience: String)
    case rated
    case statusChanged

    public var kind: NotificationKind {
        switch self {
        case .filed: .filed
        case .transferred: .transferred
        case .teamChanged: .teamChanged
        case .reply: .reply
        case .internalNote: .internalNote
        case .rated: .rated
        case .statusChanged: .statusChanged
        }
    }
}

/// An account that may be told: who it is and what it may read.
public struct NotificationPerson: Hashable, Sendable {
    public var id: UUID
    public var email: String
    public var role: UserRole
    public var partnerCode: String?
    public var establishmentUAI: String?
    public var teamCode: String?

    public init(id: UUID, email: String, role: UserRole, partnerCode: String? = nil, establishmentUAI: String? = nil,
                teamCode: String? = nil) {
        self.id = id
        self.email = email
        self.role = role
        self.partnerCode = partnerCode
        self.establishmentUAI = establishmentUAI
        self.teamCode = teamCode
    }

    public var viewer: TicketViewer {
        TicketViewer(role: role, partnerCode: partnerCode, establishmentUAI: establishmentUAI)
    }
}

/// The ticket as it stands after the change.
public struct NotifiedTicket: Hashable, Sendable {
    public var access: TicketAccessFacts
    /// The team of the handling party whose queue holds it; nil when the party has no teams.
    public var teamCode: String?
    /// The requester's e-mail, when the ticket has one: the requester is told if it is an account's.
    public var requesterEmail: String?

    public init(access: TicketAccessFacts, teamCode: String?, requesterEmail: String?) {
        self.access = access
        self.teamCode = teamCode
        self.requesterEmail = requesterEmail
    }
}

public enum NotificationRule {
    /// The accounts worth loading to answer `recipients`: agents of these partners, members of these
    /// establishments, the accounts with these e-mails (lowercased). Empty: nobody is told.
    public struct Candidates: Hashable, Sendable {
        public var partners: Set<String> = []
        public var establishments: Set<String> = []
        public var emails: Set<String> = []

        public init(partners: Set<String> = [], establishments: Set<String> = [], emails: Set<String> = []) {
            self.partners = partners
            self.establishments = establishments
            self.emails = emails
        }

        public var isEmpty: Bool { partners.isEmpty && establishments.isEmpty && emails.isEmpty }
    }

    /// Who is told of `happening` done by `actor`, among `people` (any superset of the candidates):
    ///
    /// - filed, transferred: the handling party's agents who hold its queue — the ticket's team's and
    ///   those of the party in no team (they work the whole party queue); all its agents when the party
    ///   has no teams. A ticket the establishment itself handles (no partner) is its own: nobody.
    /// - team changed: the new team's agents (the party's other agents already knew of it).
    /// - a reply: from the handling side, the requester; from the requester's side (a member of the
    ///   establishment), the handling party's agents and the requester.
    /// - an internal note: its audience only — the agents of that partner (as above when it handles
    ///   the ticket), or the members of that establishment for an establishment's own note.
    /// - a rating: the handling party's agents.
    /// - a status change: from the handling side, the requester; from the requester's side (closing,
    ///   reopening), the handling party's agents.
    ///
    /// Never the actor, never an observer or an administrator as such (they are told only as the
    /// requester), never someone who may not read the ticket — or, for a note, the note.
    public static func recipients(of happening: TicketHappening, on ticket: NotifiedTicket, by actor: NotificationPerson,
                                  among people: [NotificationPerson]) -> [NotificationPerson] {
        let requesterSide = actor.role == .establishmentMember && actor.establishmentUAI == ticket.access.establishmentUAI
        let chosen: [NotificationPerson] = people.filter { person in
            switch happening {
            case .filed, .transferred, .rated:
                return holdsQueue(person, ticket)
            case .teamChanged:
                return isAgent(person, of: ticket.access.responsiblePartner) && ticket.teamCode != nil
                    && person.teamCode == ticket.teamCode
            case .reply:
                return requesterSide ? holdsQueue(person, ticket) || isRequester(person, ticket) : isRequester(person, ticket)
            case .statusChanged:
                return requesterSide ? holdsQueue(person, ticket) : isRequester(person, ticket)
            case .internalNote(let audience):
                guard TicketAccess.canSeeNote(person.viewer, audience: audience), person.role != .administrator else { return false }
                if let uai = establishment(inAudience: audience) {
                    return person.role == .establishmentMember && person.establishmentUAI == uai
                }
                return audience == ticket.access.responsiblePartner ? holdsQueue(person, ticket) : isAgent(person, of: audience)
            }
        }
        var seen = Set<UUID>()
        return chosen
            .filter { $0.id != actor.id && TicketAccess.canRead($0.viewer, ticket.access) && seen.insert($0.id).inserted }
            .sorted { ($0.email, $0.id.uuidString) < ($1.email, $1.id.uuidString) }
    }

    /// The accounts `recipients` may pick for `happening`: what the storage loads.
    public static func candidates(for happening: TicketHappening, on ticket: NotifiedTicket) -> Candidates {
        let handler = Set([ticket.access.responsiblePartner].compactMap { $0 })
        let requester = Set([ticket.requesterEmail?.lowercased()].compactMap { $0 })
        switch happening {
        case .filed, .transferred, .teamChanged, .rated: return Candidates(partners: handler)
        case .reply, .statusChanged: return Candidates(partners: handler, emails: requester)
        case .internalNote(let audience):
            if let uai = establishment(inAudience: audience) { return Candidates(establishments: [uai]) }
            return Candidates(partners: [audience])
        }
    }

    private static func isAgent(_ person: NotificationPerson, of partner: String?) -> Bool {
        person.role == .partnerAgent && partner != nil && person.partnerCode == partner
    }

    private static func holdsQueue(_ person: NotificationPerson, _ ticket: NotifiedTicket) -> Bool {
        guard isAgent(person, of: ticket.access.responsiblePartner) else { return false }
        return ticket.teamCode == nil || person.teamCode == nil || person.teamCode == ticket.teamCode
    }

    private static func isRequester(_ person: NotificationPerson, _ ticket: NotifiedTicket) -> Bool {
        guard let email = ticket.requesterEmail?.lowercased(), !email.isEmpty else { return false }
        return person.email.lowercased() == email
    }

    /// "EPLE:0350001A" → "0350001A": an establishment's own notes.
    private static func establishment(inAudience audience: String) -> String? {
        audience.hasPrefix("EPLE:") ? String(audience.dropFirst(5)) : nil
    }
}
