import Foundation

/// A personal-data breach as declared on the standard form of seed 000 (annex 1, art. 4.1), with the
/// time its party became aware of it and what has been done since.
public struct Breach: Hashable, Sendable, Identifiable {
    public var id: UUID
    /// `VDP-2026-0007`: the breach's number in its year, for people and registers.
    public var number: Int
    public var conventionID: String
    /// The party the breach comes from (its staff or tools), which owes the notices.
    public var originCode: String
    public var declaredBy: String
    public var declaredAt: Instant
    public var declaration: BreachDeclaration
    public var progress: BreachProgress
    /// Why the authority was or was not notified, as the DPDs keep it in their registers.
    public var decisionReasoning: String?
    /// Who sat in the crisis cell, as its log records them.
    public var crisisCellMembers: String?

    public init(id: UUID, number: Int, conventionID: String, originCode: String, declaredBy: String, declaredAt: Instant,
                declaration: BreachDeclaration, progress: BreachProgress, decisionReasoning: String? = nil,
                crisisCellMembers: String? = nil) {
        self.id = id
        self.number = number
        self.conventionID = conventionID
        self.originCode = originCode
        self.declaredBy = declaredBy
        self.declaredAt = declaredAt
        self.declaration = declaration
        self.progress = progress
        self.decisionReasoning = decisionReasoning
        self.crisisCellMembers = crisisCellMembers
    }

    public var reference: String {
        let year = TimeZone.europeParis.localDateTime(at: progress.awareness).date.year
        return "VDP-\(year)-\(number.zeroPadded(4))"
    }

    public var isResolved: Bool { progress.resolvedAt != nil }

    public var clockFacts: BreachClockFacts {
        BreachClockFacts(id: id, conventionID: conventionID, originCode: originCode, progress: progress)
    }
}

/// The nature of a breach, in the three kinds the CNIL's form asks about.
public enum BreachNature: String, CaseIterable, Codable, Hashable, Sendable {
    case confidentiality, integrity, availability
}

/// The fields of the standard declaration form (seed 000, annex 1, art. 4.1).
public struct BreachDeclaration: Hashable, Sendable {
    public var service: String
    public var hostingLocation: String
    public var startedAt: Instant?
    public var endedAt: Instant?
    public var natures: Set<BreachNature>
    public var summary: String
    public var dataCategories: String
    public var personCategories: String
    public var personCount: Int?
    public var recordCount: Int?
    public var measures: String

    public init(service: String, hostingLocation: String, startedAt: Instant? = nil, endedAt: Instant? = nil,
                natures: Set<BreachNature>, summary: String, dataCategories: String, personCategories: String,
                personCount: Int? = nil, recordCount: Int? = nil, measures: String) {
        self.service = service
        self.hostingLocation = hostingLocation
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.natures = natures
        self.summary = summary
        self.dataCategories = dataCategories
        self.personCategories = personCategories
        self.personCount = personCount
        self.recordCount = recordCount
        self.measures = measures
    }

    public enum Field: String, CaseIterable, Hashable, Sendable {
        case awareness, service, hostingLocation = "hosting", startedAt = "started", endedAt = "ended", natures
        case summary, dataCategories = "data", personCategories = "persons", personCount = "person-count"
        case recordCount = "record-count", measures, origin
    }

    public enum Problem: Hashable, Sendable {
        case required
        /// Not a date and time that exists (text that reads as none, an hour skipped by summer time).
        case invalid
        case inFuture
        case endBeforeStart
        case negative
    }

    /// What is wrong with the declaration made at `now` with the awareness given, field by field.
    /// Problems found while reading the form (`invalid` dates) come first, and stay.
    public func problems(awareness: Instant?, at now: Instant, reading: [Field: Problem] = [:]) -> [Field: Problem] {
        var problems: [Field: Problem] = reading
        if let awareness {
            if awareness > now { problems[.awareness] = .inFuture }
        } else if problems[.awareness] == nil {
            problems[.awareness] = .required
        }
        for (field, text) in [(Field.service, service), (.summary, summary)] where text.allSatisfy(\.isWhitespace) {
            problems[field] = .required
        }
        if natures.isEmpty { problems[.natures] = .required }
        if let startedAt, startedAt > now { problems[.startedAt] = .inFuture }
        if let startedAt, let endedAt, endedAt < startedAt { problems[.endedAt] = .endBeforeStart }
        if let personCount, personCount < 0 { problems[.personCount] = .negative }
        if let recordCount, recordCount < 0 { problems[.recordCount] = .negative }
        return problems
    }
}
