import Foundation

/// A security incident: reported by anyone of an establishment or a party, routed to its handling party
/// by the convention's security chains, qualified by the RSSI, followed in a timeline (what was seen and
/// done, requisitions of logs and equipment, remediation actions), closed with its lessons. One that
/// involves personal data opens a breach.
public struct SecurityIncident: Hashable, Sendable, Identifiable {
    public enum Category: String, CaseIterable, Codable, Hashable, Sendable {
        case phishing, malware, intrusion
        case denialOfService = "denial-of-service"
        case dataLeak = "data-leak"
        case lossOrTheft = "loss-or-theft"
        case misuse, other
    }

    public enum Severity: String, CaseIterable, Codable, Hashable, Sendable {
        case low, medium, high, critical
    }

    public var id: UUID
    public var number: Int
    public var conventionID: String
    public var establishmentUAI: String?
    public var reportedBy: String
    public var reportedAt: Instant
    public var zone: NetworkZone?
    public var componentID: String?
    public var assetReference: String?
    public var summary: String
    public var route: SecurityIncidentRouting.Route
    public var category: Category?
    public var severity: Severity?
    public var qualifiedAt: Instant?
    public var headInformedAt: Instant?
    public var closedAt: Instant?
    public var lessons: String?
    public var breachID: UUID?

    public init(id: UUID, number: Int, conventionID: String, establishmentUAI: String?, reportedBy: String, reportedAt: Instant,
                zone: NetworkZone?, componentID: String?, assetReference: String?, summary: String,
                route: SecurityIncidentRouting.Route, category: Category? = nil, severity: Severity? = nil,
                qualifiedAt: Instant? = nil, headInformedAt: Instant? = nil, closedAt: Instant? = nil, lessons: String? = nil,
                breachID: UUID? = nil) {
        self.id = id
        self.number = number
        self.conventionID = conventionID
        self.establishmentUAI = establishmentUAI
        self.reportedBy = reportedBy
        self.reportedAt = reportedAt
        self.zone = zone
        self.componentID = componentID
        self.assetReference = assetReference
        self.summary = summary
        self.route = route
        self.category = category
        self.severity = severity
        self.qualifiedAt = qualifiedAt
        self.headInformedAt = headInformedAt
        self.closedAt = closedAt
        self.lessons = lessons
        self.breachID = breachID
    }

    /// `SSI-2026-0004`.
    public var reference: String {
        "SSI-\(TimeZone.europeParis.localDateTime(at: reportedAt).date.year)-\(number.zeroPadded(4))"
    }

    public var isClosed: Bool { closedAt != nil }

    /// The parties the incident concerns: its handler and those informed.
    public var partiesConcerned: Set<String> { Set([route.handlerCode] + route.informedCodes) }

    public enum Refusal: Error, Hashable, Sendable {
        /// Closing asks for the lessons learned.
        case missingLessons
        case alreadyClosed
    }

    public mutating func close(at instant: Instant, lessons: String) throws(Refusal) {
        guard closedAt == nil else { throw .alreadyClosed }
        let lessons = lessons.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !lessons.isEmpty else { throw .missingLessons }
        closedAt = instant
        self.lessons = lessons
    }
}

/// A line of an incident's timeline.
public struct IncidentEntry: Hashable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Codable, Hashable, Sendable {
        /// What was seen.
        case observation
        /// What was done.
        case action
        /// Logs or equipment requisitioned (who asked, what); `returnedAt` once given back.
        case requisition
        /// An action of the remediation plan, with its owner and due day; `done` once carried out.
        case remediation
    }

    public var id: UUID
    public var incidentID: UUID
    public var kind: Kind
    public var at: Instant
    public var author: String
    public var text: String
    /// The requisitioning party, or the remediation's owner.
    public var party: String?
    public var dueOn: CalendarDate?
    /// When the requisitioned items came back, or the remediation was done.
    public var completedAt: Instant?

    public init(id: UUID, incidentID: UUID, kind: Kind, at: Instant, author: String, text: String, party: String? = nil,
                dueOn: CalendarDate? = nil, completedAt: Instant? = nil) {
        self.id = id
        self.incidentID = incidentID
        self.kind = kind
        self.at = at
        self.author = author
        self.text = text
        self.party = party
        self.dueOn = dueOn
        self.completedAt = completedAt
    }

    /// An open remediation past its due day.
    public func isOverdue(on today: CalendarDate) -> Bool {
        kind == .remediation && completedAt == nil && (dueOn.map { $0 < today } ?? false)
    }
}
