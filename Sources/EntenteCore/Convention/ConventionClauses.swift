// The clauses of a convention beside its matrix: incident chains, GDPR rights, governance, other provisions.

/// Who does what, in which order and how fast, when an incident of a kind occurs.
public struct IncidentChain: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, CaseIterable, Hashable, Sendable {
        case security
        case dataBreach = "data-breach"
        case crisis
    }

    public struct Step: Codable, Hashable, Sendable {
        public var partyCode: String
        public var action: String
        public var toPartyCode: String?
        public var deadline: ServiceDuration?
        public var contact: String?
        /// What the step is among a breach's obligations, when the chain is a data-breach chain.
        public var obligation: BreachObligation.Kind?

        public init(partyCode: String, action: String, toPartyCode: String? = nil,
                    deadline: ServiceDuration? = nil, contact: String? = nil, obligation: BreachObligation.Kind? = nil) {
            self.partyCode = partyCode
            self.action = action
            self.toPartyCode = toPartyCode
            self.deadline = deadline
            self.contact = contact
            self.obligation = obligation
        }
    }

    /// The perimeter a security chain covers: incidents on these network zones, or on services these
    /// parties administer under the matrix. A chain without one covers the rest.
    public struct Scope: Codable, Hashable, Sendable {
        public var zones: [NetworkZone]
        public var operatedBy: [String]

        public init(zones: [NetworkZone] = [], operatedBy: [String] = []) {
            self.zones = zones
            self.operatedBy = operatedBy
        }
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var handlerCode: String?
    public var scope: Scope?
    public var steps: [Step]
    public var source: SourceReference

    public init(id: String, kind: Kind, title: String, handlerCode: String?, scope: Scope? = nil, steps: [Step],
                source: SourceReference) {
        self.id = id
        self.kind = kind
        self.title = title
        self.handlerCode = handlerCode
        self.scope = scope
        self.steps = steps
        self.source = source
    }
}

/// Where a data subject's request is received and who answers it.
public struct DataSubjectRightRoute: Codable, Hashable, Sendable {
    public var right: String
    public var receiverCodes: [String]
    /// The requesters the row is about, whoever received the request; empty: any requester.
    public var requesters: [RequesterCategory]
    public var handlerCode: String?
    /// Parties that answer with the handler.
    public var contributorCodes: [String]
    /// Parties that may take the request over when the parties agree ("sauf préemption").
    public var preemptionCodes: [String]
    public var deadline: ServiceDuration?
    public var note: String?
    public var source: SourceReference

    public init(right: String, receiverCodes: [String], requesters: [RequesterCategory] = [], handlerCode: String?,
                contributorCodes: [String] = [], preemptionCodes: [String] = [], deadline: ServiceDuration?,
                note: String?, source: SourceReference) {
        self.right = right
        self.receiverCodes = receiverCodes
        self.requesters = requesters
        self.handlerCode = handlerCode
        self.contributorCodes = contributorCodes
        self.preemptionCodes = preemptionCodes
        self.deadline = deadline
        self.note = note
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case right, receiverCodes, requesters, handlerCode, contributorCodes, preemptionCodes, deadline, note, source
    }

    /// Conventions stored before the routing table's columns read back with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        right = try container.decode(String.self, forKey: .right)
        receiverCodes = try container.decode([String].self, forKey: .receiverCodes)
        requesters = try container.decodeIfPresent([RequesterCategory].self, forKey: .requesters) ?? []
        handlerCode = try container.decodeIfPresent(String.self, forKey: .handlerCode)
        contributorCodes = try container.decodeIfPresent([String].self, forKey: .contributorCodes) ?? []
        preemptionCodes = try container.decodeIfPresent([String].self, forKey: .preemptionCodes) ?? []
        deadline = try container.decodeIfPresent(ServiceDuration.self, forKey: .deadline)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        source = try container.decode(SourceReference.self, forKey: .source)
    }
}

/// A committee the convention sets up.
public struct GovernanceBody: Codable, Hashable, Sendable, Identifiable {
    /// What the body is for, across the conventions' names for it (COS, COSTRA, comité stratégique…).
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case strategic, steering, operational, evaluation, operations, users, plenary, crisis, technical, territorial, observatory, other
    }

    public var id: String
    public var kind: Kind
    public var name: String
    public var memberCodes: [String]
    public var frequency: String?
    public var role: String?
    /// The parties that chair it.
    public var chairCodes: [String]
    /// The longest interval between two meetings (trimestriel: 3 months), when the text sets one.
    public var periodicity: CalendarMonths?
    /// The most delegates a member sends (Hauts-de-France's COSTRA: three per partner).
    public var seatsPerMember: Int?
    public var voting: VotingRules
    public var source: SourceReference

    public init(id: String, kind: Kind = .other, name: String, memberCodes: [String], frequency: String?, role: String?, chairCodes: [String] = [],
                periodicity: CalendarMonths? = nil, seatsPerMember: Int? = nil, voting: VotingRules = VotingRules(),
                source: SourceReference) {
        self.id = id
        self.kind = kind
        self.name = name
        self.memberCodes = memberCodes
        self.frequency = frequency
        self.role = role
        self.chairCodes = chairCodes
        self.periodicity = periodicity
        self.seatsPerMember = seatsPerMember
        self.voting = voting
        self.source = source
    }

    /// The day the next meeting is due: one period after the last one, or after the convention took effect.
    public func nextMeetingDue(lastMeeting: CalendarDate?, effective: CalendarDate) -> CalendarDate? {
        periodicity.map { (lastMeeting ?? effective).adding(months: $0.count) }
    }
}

/// A clause kept as text (crisis management, finance, duration…).
public struct Provision: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var text: String
    public var source: SourceReference

    public init(id: String, title: String, text: String, source: SourceReference) {
        self.id = id
        self.title = title
        self.text = text
        self.source = source
    }
}
