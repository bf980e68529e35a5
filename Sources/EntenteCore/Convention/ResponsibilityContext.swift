/// Who paid for a piece of equipment: the annex's "CD EPLE" cells depend on it.
public enum FundingOrigin: String, CaseIterable, Codable, Hashable, Sendable {
    /// Bought by the collectivité under its equipment référentiel.
    case collectivite
    /// Bought by the académie.
    case academie
    /// Bought by the school on its own funds (fonds propres).
    case etablissement
}

/// The network zone of an establishment a component sits in.
public enum NetworkZone: String, CaseIterable, Codable, Hashable, Sendable {
    case administratif, pedagogique, invite, iot, technique
}

/// What is known about the situation when asking who is responsible.
public struct ResponsibilityContext: Hashable, Sendable {
    public var funding: FundingOrigin?
    public var zone: NetworkZone?

    public init(funding: FundingOrigin? = nil, zone: NetworkZone? = nil) {
        self.funding = funding
        self.zone = zone
    }
}

/// The situation a rule of a cell applies to; nil fields match anything.
public struct ResponsibilityCondition: Codable, Hashable, Sendable {
    public var funding: FundingOrigin?
    public var zone: NetworkZone?

    public init(funding: FundingOrigin? = nil, zone: NetworkZone? = nil) {
        self.funding = funding
        self.zone = zone
    }

    public var isUnconditional: Bool { funding == nil && zone == nil }
}
