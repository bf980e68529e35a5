/// A party's commitment for outages of a given criticality (seed 002, "Niveaux de services").
public struct ServiceLevelCommitment: Codable, Hashable, Sendable {
    public var criticality: Criticality
    public var partyCode: String
    /// Prise en charge et diagnostic.
    public var pickup: ServiceDuration?
    /// Rétablissement du service.
    public var restoration: ServiceDuration?
    /// Restauration des données.
    public var dataRestoration: ServiceDuration?
    /// When the commitment holds ("lorsque le matériel de secours le permet…").
    public var condition: String?
    public var source: SourceReference

    public init(criticality: Criticality, partyCode: String, pickup: ServiceDuration? = nil,
                restoration: ServiceDuration? = nil, dataRestoration: ServiceDuration? = nil,
                condition: String? = nil, source: SourceReference) {
        self.criticality = criticality
        self.partyCode = partyCode
        self.pickup = pickup
        self.restoration = restoration
        self.dataRestoration = dataRestoration
        self.condition = condition
        self.source = source
    }
}

/// How much of a kind of data may be lost and how long backups are kept.
public struct DataAvailabilityTarget: Codable, Hashable, Sendable {
    public var data: String
    public var criticality: Criticality
    public var maxDataLoss: ServiceDuration?
    public var retention: ServiceDuration?
    public var note: String?
    public var source: SourceReference

    public init(data: String, criticality: Criticality, maxDataLoss: ServiceDuration? = nil,
                retention: ServiceDuration? = nil, note: String? = nil, source: SourceReference) {
        self.data = data
        self.criticality = criticality
        self.maxDataLoss = maxDataLoss
        self.retention = retention
        self.note = note
        self.source = source
    }
}

extension ServiceDuration: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let duration = ServiceDuration(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a duration: \(text)"))
        }
        self = duration
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
