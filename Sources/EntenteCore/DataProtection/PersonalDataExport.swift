/// Everything Entente holds on one person, as the DPD hands it over (GDPR art. 15 and 20; seed 000, annex 1,
/// §3.2.1: "un fichier contenant l'ensemble des données … dans un format structuré et lisible par un
/// ordinateur"). The schema is documented in docs/PERSONAL-DATA-EXPORT.md; its version is `schema`.
public struct PersonalDataExport: Codable, Hashable, Sendable {
    public static let schemaVersion = "entente.personal-data.v1"

    public struct Subject: Codable, Hashable, Sendable {
        public var email: String?
        public var name: String?

        public init(email: String? = nil, name: String? = nil) {
            self.email = email
            self.name = name
        }
    }

    public struct Account: Codable, Hashable, Sendable {
        public var email: String
        public var displayName: String
        public var role: String
        public var partner: String?
        public var establishment: String?

        public init(email: String, displayName: String, role: String, partner: String? = nil, establishment: String? = nil) {
            self.email = email
            self.displayName = displayName
            self.role = role
            self.partner = partner
            self.establishment = establishment
        }
    }

    public struct Ticket: Codable, Hashable, Sendable {
        public var reference: String
        public var title: String
        public var establishment: String
        public var openedAt: String
        public var status: String
        public var requesterName: String
        public var requesterEmail: String?

        public init(reference: String, title: String, establishment: String, openedAt: String, status: String, requesterName: String, requesterEmail: String? = nil) {
            self.reference = reference
            self.title = title
            self.establishment = establishment
            self.openedAt = openedAt
            self.status = status
            self.requesterName = requesterName
            self.requesterEmail = requesterEmail
        }
    }

    /// A line of a ticket's history the person wrote or did.
    public struct TicketEntry: Codable, Hashable, Sendable {
        public var ticket: String
        public var at: String
        public var kind: String
        public var text: String?

        public init(ticket: String, at: String, kind: String, text: String? = nil) {
            self.ticket = ticket
            self.at = at
            self.kind = kind
            self.text = text
        }
    }

    public struct Loan: Codable, Hashable, Sendable {
        public var device: String
        public var holder: String
        public var className: String?
        public var guardian: String?
        public var startedOn: String
        public var endedOn: String?
        public var ending: String?

        public init(device: String, holder: String, className: String? = nil, guardian: String? = nil, startedOn: String, endedOn: String? = nil, ending: String? = nil) {
            self.device = device
            self.holder = holder
            self.className = className
            self.guardian = guardian
            self.startedOn = startedOn
            self.endedOn = endedOn
            self.ending = ending
        }
    }

    public struct DirectoryEntry: Codable, Hashable, Sendable {
        public var convention: String
        public var party: String
        public var function: String
        public var name: String
        public var email: String
        public var phone: String

        public init(convention: String, party: String, function: String, name: String, email: String, phone: String) {
            self.convention = convention
            self.party = party
            self.function = function
            self.name = name
            self.email = email
            self.phone = phone
        }
    }

    public struct AuditLine: Codable, Hashable, Sendable {
        public var at: String
        public var action: String
        public var subject: String

        public init(at: String, action: String, subject: String) {
            self.at = at
            self.action = action
            self.subject = subject
        }
    }

    public var schema: String
    public var subject: Subject
    public var generatedAt: String
    public var account: Account?
    public var ticketsRequested: [Ticket]
    public var ticketEntries: [TicketEntry]
    public var loans: [Loan]
    public var crisisDirectory: [DirectoryEntry]
    public var breachesDeclared: [String]
    public var incidentsReported: [String]
    /// The person's own rights requests (kept: they prove the request was answered).
    public var rightsRequests: [String]
    public var auditTrail: [AuditLine]

    public init(subject: Subject, generatedAt: String, account: Account?, ticketsRequested: [Ticket], ticketEntries: [TicketEntry],
                loans: [Loan], crisisDirectory: [DirectoryEntry], breachesDeclared: [String], incidentsReported: [String] = [],
                rightsRequests: [String] = [], auditTrail: [AuditLine]) {
        schema = Self.schemaVersion
        self.subject = subject
        self.generatedAt = generatedAt
        self.account = account
        self.ticketsRequested = ticketsRequested
        self.ticketEntries = ticketEntries
        self.loans = loans
        self.crisisDirectory = crisisDirectory
        self.breachesDeclared = breachesDeclared
        self.incidentsReported = incidentsReported
        self.rightsRequests = rightsRequests
        self.auditTrail = auditTrail
    }

    public var isEmpty: Bool {
        account == nil && ticketsRequested.isEmpty && ticketEntries.isEmpty && loans.isEmpty && crisisDirectory.isEmpty
            && breachesDeclared.isEmpty && incidentsReported.isEmpty && rightsRequests.isEmpty && auditTrail.isEmpty
    }
}

/// Why a person's data cannot be erased now.
public enum ErasureRefusal: Error, Hashable, Sendable {
    /// A rule with a legal hold keeps some of it until that day.
    case legalHold(RetentionRule.Data, until: CalendarDate)
    /// A device is still lent to them: the loan says who holds it.
    case openLoan(device: String)
    /// Neither an address nor a name to look for.
    case noSubject
}
