/// A convention between the partners of a territory's school digital service, as data.
public struct Convention: Codable, Hashable, Sendable, Identifiable {
    /// How the convention goes on after its end date.
    public enum Renewal: String, Codable, CaseIterable, Hashable, Sendable {
        case tacit, express, none

        public var frenchLabel: String {
            switch self {
            case .tacit: "tacite"
            case .express: "expresse"
            case .none: "aucune"
            }
        }

        public var englishLabel: String {
            switch self {
            case .tacit: "tacit"
            case .express: "express"
            case .none: "none"
            }
        }
    }

    public struct Dates: Codable, Hashable, Sendable {
        public var signature: CalendarDate?
        public var effective: CalendarDate
        public var end: CalendarDate?
        public var notice: ServiceDuration?
        public var renewal: Renewal
        /// How long before the end the renewal is negotiated (Ille-et-Vilaine: P6M).
        public var negotiation: ServiceDuration?
        /// How a partner withdraws, when the convention says (Hauts-de-France: 3 months, at the next school year).
        public var withdrawal: Withdrawal?

        public struct Withdrawal: Codable, Hashable, Sendable {
            public var notice: ServiceDuration
            public var atNextSchoolYear: Bool
            public init(notice: ServiceDuration, atNextSchoolYear: Bool) {
                self.notice = notice
                self.atNextSchoolYear = atNextSchoolYear
            }
        }

        public init(signature: CalendarDate? = nil, effective: CalendarDate, end: CalendarDate? = nil,
                    notice: ServiceDuration? = nil, renewal: Renewal = .none, negotiation: ServiceDuration? = nil,
                    withdrawal: Withdrawal? = nil) {
            self.negotiation = negotiation
            self.withdrawal = withdrawal
            self.signature = signature
            self.effective = effective
            self.end = end
            self.notice = notice
            self.renewal = renewal
        }
    }

    /// Which working calendar the convention's service levels count in.
    public struct CalendarChoice: Codable, Hashable, Sendable {
        /// Département whose public holidays apply (57, 67, 68 add Alsace-Moselle's).
        public var department: String?
        /// Business hours, Monday to Friday ("08:00-12:00,13:30-17:30").
        public var hours: String?

        public init(department: String? = nil, hours: String? = nil) {
            self.department = department
            self.hours = hours
        }
    }

    public var id: String
    public var title: String
    public var territory: String
    public var summary: String?
    public var calendar: CalendarChoice?
    /// The source text every reference defaults to.
    public var sourceFile: String
    public var parties: [ConventionParty]
    public var dates: Dates
    public var versions: [ConventionVersion]
    public var domains: [ServiceDomain]
    public var serviceLevels: [ServiceLevelCommitment]
    public var dataAvailability: [DataAvailabilityTarget]
    public var nonCriticalPriorities: [String]
    public var incidentChains: [IncidentChain]
    public var dataSubjectRights: [DataSubjectRightRoute]
    /// The register of processing activities the convention sets out (GDPR art. 30).
    public var processingActivities: [ProcessingActivity]
    public var governance: [GovernanceBody]
    /// What one party pays another each year (financial annex).
    public var contributions: [ContributionSchedule]
    /// Envelopes of shared costs and how they are divided.
    public var costSharing: [CostSharingPlan]
    /// The deliberations that affect budget to the convention's purposes.
    public var budget: [BudgetDeliberation]
    /// Parties succeeding others from a day (`applying(on:)`).
    public var substitutions: [PartySubstitution]
    public var provisions: [Provision]

    public init(id: String, title: String, territory: String, summary: String? = nil, calendar: CalendarChoice? = nil,
                sourceFile: String,
                parties: [ConventionParty], dates: Dates, versions: [ConventionVersion] = [],
                domains: [ServiceDomain], serviceLevels: [ServiceLevelCommitment] = [],
                dataAvailability: [DataAvailabilityTarget] = [], nonCriticalPriorities: [String] = [],
                incidentChains: [IncidentChain] = [], dataSubjectRights: [DataSubjectRightRoute] = [],
                processingActivities: [ProcessingActivity] = [], governance: [GovernanceBody] = [],
                contributions: [ContributionSchedule] = [], costSharing: [CostSharingPlan] = [], budget: [BudgetDeliberation] = [],
                substitutions: [PartySubstitution] = [], provisions: [Provision] = []) {
        self.id = id
        self.title = title
        self.territory = territory
        self.summary = summary
        self.calendar = calendar
        self.sourceFile = sourceFile
        self.parties = parties
        self.dates = dates
        self.versions = versions
        self.domains = domains
        self.serviceLevels = serviceLevels
        self.dataAvailability = dataAvailability
        self.nonCriticalPriorities = nonCriticalPriorities
        self.incidentChains = incidentChains
        self.dataSubjectRights = dataSubjectRights
        self.processingActivities = processingActivities
        self.governance = governance
        self.contributions = contributions
        self.costSharing = costSharing
        self.budget = budget
        self.substitutions = substitutions
        self.provisions = provisions
    }

    /// Every component with the domain it belongs to, in annex order.
    public var components: [(domain: ServiceDomain, component: ServiceComponent)] {
        domains.flatMap { domain in domain.components.map { (domain, $0) } }
    }

    public func component(id: String) -> (domain: ServiceDomain, component: ServiceComponent)? {
        components.first { $0.component.id == id }
    }

    public func party(code: String) -> ConventionParty? {
        parties.first { $0.code == code }
    }

    /// The convention as it reads once the given version (and every earlier one) applies.
    /// The stored matrix is the initial text; avenants rewrite cells.
    public func asOf(version versionID: String) throws(ConventionVersionError) -> Convention {
        guard let index = versions.firstIndex(where: { $0.id == versionID }) else {
            throw .unknownVersion(versionID, known: versions.map(\.id))
        }
        var result = self
        for version in versions[...index] {
            result.parties += version.joining.filter { party in !result.parties.contains { $0.code == party.code } }
            result.parties.removeAll { version.leaving.contains($0.code) }
            for g in result.governance.indices {
                result.governance[g].memberCodes.removeAll { version.leaving.contains($0) }
            }
        }
        for change in versions[...index].flatMap(\.changes) {
            for d in result.domains.indices {
                for c in result.domains[d].components.indices
                where result.domains[d].components[c].id == change.componentID {
                    result.domains[d].components[c].cells[change.activity] = change.cell
                }
            }
        }
        return result
    }

    /// The convention with every avenant applied.
    public var current: Convention {
        guard let last = versions.last else { return self }
        return (try? asOf(version: last.id)) ?? self
    }
}

public enum ConventionVersionError: Error, Equatable, CustomStringConvertible {
    case unknownVersion(String, known: [String])

    public var description: String {
        switch self {
        case .unknownVersion(let id, let known):
            "unknown version '\(id)'; this convention has: \(known.joined(separator: ", "))"
        }
    }
}
