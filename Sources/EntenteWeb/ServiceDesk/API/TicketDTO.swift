import EntenteCore
import EntenteStorage
import FluentKit
import Foundation

// The JSON of the ticket API: the bodies clients send and the documents they get back.
// Keys are snake_case and spelled out, as in /api/openapi.json.

/// `POST /api/v1/tickets`. Every field is optional here so that a missing or unknown value is
/// a 422 naming the field, not a 400 about the body.
struct APINewTicket: Decodable, Sendable {
    var establishmentUAI: String?
    var kind: String?
    var component: String?
    var nature: String?
    var funding: String?
    var zone: String?
    var impactsWholeEstablishment: Bool?
    var title: String?
    var description: String?
    var requesterName: String?
    var requesterEmail: String?
    var assetReference: String?

    enum CodingKeys: String, CodingKey {
        case establishmentUAI = "establishment_uai", kind, component, nature, funding, zone
        case impactsWholeEstablishment = "impacts_whole_establishment", title, description
        case requesterName = "requester_name", requesterEmail = "requester_email", assetReference = "asset_reference"
    }

    /// The intake the desk files, and the establishment asked for; or every field the API itself
    /// refuses (what the convention refuses is the desk's answer, next). A member files for their
    /// own establishment only: naming another one is refused rather than silently replaced.
    func intake(for user: SignedInUser) throws(APIError) -> (intake: TicketIntake, establishmentUAI: String?) {
        var fields: [String: String] = [:]
        func parse<Value: RawRepresentable & CaseIterable>(_ text: String?, _ key: CodingKeys, required: Bool) -> Value?
            where Value.RawValue == String {
            guard let text, !text.isEmpty else {
                if required { fields[key.rawValue] = "required" }
                return nil
            }
            guard let value = Value(rawValue: text) else {
                fields[key.rawValue] = "one of: " + Value.allCases.map(\.rawValue).joined(separator: ", ")
                return nil
            }
            return value
        }
        let kind: TicketKind? = parse(self.kind, .kind, required: true)
        let nature: WorkNature? = parse(self.nature, .nature, required: true)
        let funding: FundingOrigin? = parse(self.funding, .funding, required: false)
        let zone: NetworkZone? = parse(self.zone, .zone, required: false)
        if component?.isEmpty ?? true { fields[CodingKeys.component.rawValue] = "required" }
        if impactsWholeEstablishment == nil {
            fields[CodingKeys.impactsWholeEstablishment.rawValue] = "required (true or false)"
        }
        let uai = establishmentUAI?.trimmingCharacters(in: .whitespaces).uppercased()
        if user.role == .establishmentMember {
            if let uai, !uai.isEmpty, uai != user.establishmentUAI {
                fields[CodingKeys.establishmentUAI.rawValue] = APIError.message(.notCovered)
            }
        } else if uai?.isEmpty ?? true {
            fields[CodingKeys.establishmentUAI.rawValue] = "required"
        }
        if let email = requesterEmail, !Self.looksLikeAnAddress(email) {
            fields[CodingKeys.requesterEmail.rawValue] = "not an e-mail address"
        }
        guard fields.isEmpty, let kind, let nature, let component else { throw .validation(fields) }
        let intake = TicketIntake(
            kind: kind, componentID: component, nature: nature, context: ResponsibilityContext(funding: funding, zone: zone),
            impactsWholeEstablishment: impactsWholeEstablishment ?? false, title: title ?? "", description: description ?? "",
            requesterName: requesterName ?? "", assetReference: assetReference.flatMap { $0.isEmpty ? nil : $0 })
        return (intake, uai)
    }

    /// One "@" between two non-empty parts, no spaces, at most 254 characters: enough to catch a
    /// field swapped with another; the mail server has the last word.
    static func looksLikeAnAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains { $0.isWhitespace }
    }
}

/// `POST /api/v1/tickets/{id}/comments`.
struct APIComment: Decodable, Sendable {
    var body: String?
    /// `reply` (seen by the requester's side; the default) or `internal` (the writer's party only).
    var visibility: String?
}

/// `POST /api/v1/tickets/{id}/transitions`.
struct APITransition: Decodable, Sendable {
    var action: String?
    /// The version the client last read: a move made on an older one is refused (409).
    var version: Int?
    var comment: String?
}

/// `POST /api/v1/tickets/{id}/team`.
struct APITeamChange: Decodable, Sendable {
    /// A team code of the ticket's party, or `next` for the first team of the level above.
    var team: String?
    var reason: String?
    /// The version the client last read: a change made on an older one is refused (409).
    var version: Int?
}

/// A ticket as lists show it: its facts, its routing and the clocks known without its history
/// (the pick-up clock alone, as in the queue).
struct APITicket: Encodable, Sendable {
    var ticket: Ticket
    var clocks: [ServiceLevelClock]
    /// The party's team holding it, when the party has teams.
    var team: Team? = nil
    /// Where it stands now against its stored deadlines (nil once it is no longer open).
    var standing: ServiceLevelStanding? = nil

    struct Routing: Encodable, Sendable {
        var party: String
        var partner: String?
        var team: RoutingTeam?
        var informed: [String]
        var reason: String

        private enum CodingKeys: String, CodingKey { case party, partner, team, informed, reason }

        /// Written out with its nulls, as the document requires every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(party, forKey: .party)
            try container.encode(partner, forKey: .partner)
            try container.encode(team, forKey: .team)
            try container.encode(informed, forKey: .informed)
            try container.encode(reason, forKey: .reason)
        }
    }

    struct RoutingTeam: Encodable, Sendable {
        var code: String
        var name: String?
        var level: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, reference, version, status, kind, title, description
        case establishmentUAI = "establishment_uai", conventionID = "convention_id"
        case componentID = "component_id", componentName = "component_name", nature, activity, funding, zone
        case assetReference = "asset_reference", impactsWholeEstablishment = "impacts_whole_establishment"
        case criticality, priorityRank = "priority_rank", requesterName = "requester_name", filedBy = "filed_by"
        case routing, openedAt = "opened_at", updatedAt = "updated_at", resolvedAt = "resolved_at", clocks
        case serviceLevel = "service_level"
    }

    /// `service_level`: the standing queues filter by (`sla=`) and the deadlines they sort by (`sort=due`).
    struct ServiceLevel: Encodable, Sendable {
        var standing: String?
        var dueAt: Date?
        var pickupDueAt: Date?
        var restorationDueAt: Date?

        private enum CodingKeys: String, CodingKey {
            case standing, dueAt = "due_at", pickupDueAt = "pickup_due_at", restorationDueAt = "restoration_due_at"
        }

        /// Written out with its nulls, as the document requires every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(standing, forKey: .standing)
            try container.encode(dueAt, forKey: .dueAt)
            try container.encode(pickupDueAt, forKey: .pickupDueAt)
            try container.encode(restorationDueAt, forKey: .restorationDueAt)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ticket.id.uuidString.lowercased(), forKey: .id)
        try container.encode(ticket.reference, forKey: .reference)
        try container.encode(ticket.version, forKey: .version)
        try container.encode(ticket.status, forKey: .status)
        try container.encode(ticket.kind, forKey: .kind)
        try container.encode(ticket.title, forKey: .title)
        try container.encode(ticket.description, forKey: .description)
        try container.encode(ticket.establishmentUAI, forKey: .establishmentUAI)
        try container.encode(ticket.conventionID, forKey: .conventionID)
        try container.encode(ticket.componentID, forKey: .componentID)
        try container.encode(ticket.componentName, forKey: .componentName)
        try container.encode(ticket.nature, forKey: .nature)
        try container.encode(ticket.activity, forKey: .activity)
        try container.encode(ticket.context.funding, forKey: .funding)
        try container.encode(ticket.context.zone, forKey: .zone)
        try container.encode(ticket.assetReference, forKey: .assetReference)
        try container.encode(ticket.impactsWholeEstablishment, forKey: .impactsWholeEstablishment)
        try container.encode(ticket.criticality, forKey: .criticality)
        try container.encode(ticket.priorityRank, forKey: .priorityRank)
        try container.encode(ticket.requesterName, forKey: .requesterName)
        try container.encode(ticket.filedBy, forKey: .filedBy)
        let routingTeam = ticket.teamCode.map { RoutingTeam(code: $0, name: team?.name, level: team?.level.rawValue) }
        try container.encode(Routing(party: ticket.partyCode, partner: ticket.partnerCode, team: routingTeam,
                                     informed: ticket.informedCodes,
                                     reason: ticket.routingReason), forKey: .routing)
        try container.encode(ticket.openedAt.date, forKey: .openedAt)
        try container.encode(ticket.updatedAt.date, forKey: .updatedAt)
        try container.encode(ticket.resolvedAt?.date, forKey: .resolvedAt)
        try container.encode(clocks.map(APIClock.init), forKey: .clocks)
        try container.encode(ServiceLevel(standing: standing?.rawValue, dueAt: ticket.serviceLevelDueAt?.date,
                                          pickupDueAt: ticket.pickupDueAt?.date,
                                          restorationDueAt: ticket.restorationDueAt?.date), forKey: .serviceLevel)
    }
}

/// One ticket on its own: every clock, the moves the caller may make now, and the history the
/// caller may see (internal notes of other parties left out, as on the page).
struct APITicketDetail: Encodable, Sendable {
    var ticket: APITicket
    var actions: [TicketAction]
    var canReply: Bool
    var history: [TicketEvent]
    /// The files the caller may open, without their bytes.
    var attachments: [TicketAttachment] = []
    /// The teams of the ticket's convention, to name those the history mentions.
    var teams: [Team] = []

    private enum CodingKeys: String, CodingKey { case actions, canReply = "can_reply", history, attachments }

    func encode(to encoder: any Encoder) throws {
        try ticket.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(actions.map(\.rawValue), forKey: .actions)
        try container.encode(canReply, forKey: .canReply)
        try container.encode(history.map { APIEvent($0, teams: teams) }, forKey: .history)
        try container.encode(attachments.map(APIAttachment.init), forKey: .attachments)
    }
}

/// A line of the history, in the API's flat shape: a kind, what it went from and to, a text.
struct APIEvent: Encodable, Sendable {
    /// The kinds of line the API names (`Event.kind` in the document).
    enum Kind: String, CaseIterable, Sendable {
        case created, status, reply
        case internalNote = "internal-note"
        case transfer
        /// `from_status`/`to_status` hold the team codes.
        case team
        case attachment
        /// `from_status`/`to_status` hold the clock and `warning` or `breach`.
        case serviceLevel = "sla"

        init(_ fact: TicketEvent.Fact) {
            self = switch fact {
            case .created: .created
            case .statusChanged: .status
            case .reply: .reply
            case .internalNote: .internalNote
            case .transfer: .transfer
            case .teamChanged: .team
            case .attachment: .attachment
            case .serviceLevel: .serviceLevel
            }
        }
    }

    var id: String
    var at: Date
    var actor: String
    var kind: Kind
    var fromStatus: String?
    var toStatus: String?
    var body: String?

    /// The API's flat shape of a typed line; `body` worded in French, as the history always read.
    init(_ event: TicketEvent, teams: [Team]) {
        id = event.id.uuidString.lowercased()
        (at, actor, kind) = (event.at.date, event.actor, Kind(event.fact))
        (fromStatus, toStatus) = switch event.fact {
        case .created: (nil, TicketStatus.new.rawValue)
        case .statusChanged(let from, let to, _): (from?.rawValue, to.rawValue)
        case .reply, .internalNote, .attachment: (nil, nil)
        case .transfer(let from, let to, _, _): (from, to)
        case .teamChanged(let from, let to, _, _): (from, to)
        case .serviceLevel(let clock, let alert, _): (clock.rawValue, alert.rawValue)
        }
        body = HistoryPhrase.text(of: event.fact, .fr, team: { code in teams.first { $0.code == code }?.label ?? code },
                                  dateTime: MailPhrase.longDateTime)
    }

    private enum CodingKeys: String, CodingKey {
        case id, at, actor, kind, fromStatus = "from_status", toStatus = "to_status", body
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(at, forKey: .at)
        try container.encode(actor, forKey: .actor)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(fromStatus, forKey: .fromStatus)
        try container.encode(toStatus, forKey: .toStatus)
        try container.encode(body, forKey: .body)
    }
}

/// A service-level clock of the ticket.
struct APIClock: Encodable, Sendable {
    var clock: ServiceLevelClock

    init(_ clock: ServiceLevelClock) { self.clock = clock }

    private enum CodingKeys: String, CodingKey {
        case kind, duration, state, startedAt = "started_at", stoppedAt = "stopped_at", deadline
        case elapsedSeconds = "elapsed_seconds", remainingSeconds = "remaining_seconds", explanation
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(clock.kind.rawValue, forKey: .kind)
        try container.encode(clock.duration.text, forKey: .duration)
        try container.encode(clock.state.rawValue, forKey: .state)
        try container.encode(clock.startedAt.date, forKey: .startedAt)
        try container.encode(clock.stoppedAt?.date, forKey: .stoppedAt)
        try container.encode(clock.deadline?.date, forKey: .deadline)
        try container.encode(clock.elapsedSeconds, forKey: .elapsedSeconds)
        try container.encode(clock.remainingSeconds, forKey: .remainingSeconds)
        try container.encode(clock.explanation, forKey: .explanation)
    }
}

/// `GET /api/v1/tickets`: one page and the number of tickets the filter matches.
struct APITicketList: Encodable, Sendable {
    var items: [APITicket]
    var page: Int
    var perPage: Int
    var total: Int

    private enum CodingKeys: String, CodingKey { case items, page, perPage = "per_page", total }
}
