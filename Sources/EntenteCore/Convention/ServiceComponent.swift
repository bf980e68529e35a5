/// Whether the unavailability of a component (or of data) stops an establishment.
public enum Criticality: String, Codable, CaseIterable, Hashable, Sendable {
    case critical
    case nonCritical = "non-critical"
}

/// A row of the annex: a service or piece of equipment and who does what for it.
public struct ServiceComponent: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var criticality: Criticality
    public var dataCriticality: Criticality?
    public var zone: NetworkZone?
    /// The convention's paragraph about this row.
    public var note: String?
    public var source: SourceReference
    public var cells: [Activity: ResponsibilityCell]

    public init(id: String, name: String, criticality: Criticality = .nonCritical, dataCriticality: Criticality? = nil,
                zone: NetworkZone? = nil, note: String? = nil, source: SourceReference,
                cells: [Activity: ResponsibilityCell]) {
        self.id = id
        self.name = name
        self.criticality = criticality
        self.dataCriticality = dataCriticality
        self.zone = zone
        self.note = note
        self.source = source
        self.cells = cells
    }
}

/// A group of rows of the annex ("Infrastructure réseau"), with the columns its tables have.
public struct ServiceDomain: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, CaseIterable, Hashable, Sendable {
        /// Equipment and services: fourniture … accompagnement.
        case service
        /// Policies: définition, communication, application.
        case policy
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var activities: [Activity]
    public var zone: NetworkZone?
    public var note: String?
    public var source: SourceReference
    public var components: [ServiceComponent]

    public init(id: String, name: String, kind: Kind = .service, activities: [Activity], zone: NetworkZone? = nil,
                note: String? = nil, source: SourceReference, components: [ServiceComponent]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.activities = activities
        self.zone = zone
        self.note = note
        self.source = source
        self.components = components
    }
}
