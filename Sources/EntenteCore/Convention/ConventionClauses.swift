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

        public init(partyCode: String, action: String, toPartyCode: String? = nil,
                    deadline: ServiceDuration? = nil, contact: String? = nil) {
            self.partyCode = partyCode
            self.action = action
            self.toPartyCode = toPartyCode
            self.deadline = deadline
            self.contact = contact
        }
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var handlerCode: String?
    public var steps: [Step]
    public var source: SourceReference

    public init(id: String, kind: Kind, title: String, handlerCode: String?, steps: [Step], source: SourceReference) {
        self.id = id
        self.kind = kind
        self.title = title
        self.handlerCode = handlerCode
        self.steps = steps
        self.source = source
    }
}

/// Where a data subject's request is received and who answers it.
public struct DataSubjectRightRoute: Codable, Hashable, Sendable {
    public var right: String
    public var receiverCodes: [String]
    public var handlerCode: String?
    public var deadline: ServiceDuration?
    public var note: String?
    public var source: SourceReference

    public init(right: String, receiverCodes: [String], handlerCode: String?, deadline: ServiceDuration?,
                note: String?, source: SourceReference) {
        self.right = right
        self.receiverCodes = receiverCodes
        self.handlerCode = handlerCode
        self.deadline = deadline
        self.note = note
        self.source = source
    }
}

/// A committee the convention sets up.
public struct GovernanceBody: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var memberCodes: [String]
    public var frequency: String?
    public var role: String?
    public var source: SourceReference

    public init(id: String, name: String, memberCodes: [String], frequency: String?, role: String?,
                source: SourceReference) {
        self.id = id
        self.name = name
        self.memberCodes = memberCodes
        self.frequency = frequency
        self.role = role
        self.source = source
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
