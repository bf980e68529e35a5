/// What routing needs to know about a ticket.
public struct RoutingRequest: Hashable, Sendable {
    public var componentID: String
    public var nature: WorkNature
    public var context: ResponsibilityContext

    public init(componentID: String, nature: WorkNature, context: ResponsibilityContext = .init()) {
        self.componentID = componentID
        self.nature = nature
        self.context = context
    }
}

/// Where a ticket goes under the convention, and why.
public struct RoutingDecision: Hashable, Sendable {
    /// The party whose queue receives the ticket.
    public var partyCode: String
    /// The other parties to keep informed: co-responsible ones of a shared cell, and those marked I.
    public var informedCodes: [String]
    public var activity: Activity
    public var responsibility: Responsibility

    /// "Dépannage · Bornes Wi-Fi → CD — convention …, Infrastructure réseau (002_….txt)".
    public var reason: String { responsibility.reason }
}

extension Convention {
    /// Routes a ticket by the matrix: component × the activity of its nature × funding and zone.
    public func route(_ request: RoutingRequest) throws(ResolutionError) -> RoutingDecision {
        let (domain, _) = try findComponent(request.componentID)
        let activity = request.nature.activity(among: domain.activities)
        let responsibility = try resolve(component: request.componentID, activity: activity, context: request.context)
        let primary = responsibility.raci.responsible[0]
        var informed = Array(responsibility.raci.responsible.dropFirst())
        informed.appendMissing(responsibility.raci.accountable.filter { $0 != primary })
        informed.appendMissing(responsibility.raci.informed.filter { $0 != primary })
        return RoutingDecision(partyCode: primary, informedCodes: informed, activity: activity,
                               responsibility: responsibility)
    }

    /// The party of this convention that stands for a partner ("CD" for CD35).
    public func partyCode(forPartner partnerCode: String) -> String? {
        parties.first { $0.partnerCode == partnerCode }?.code
    }

    /// Whether the convention covers an establishment: its collectivité is a party.
    public func covers(_ establishment: Establishment) -> Bool {
        guard let collectivity = establishment.collectivityCode else { return false }
        return partyCode(forPartner: collectivity) != nil
    }

    /// A ticket is critical when its component is and the whole establishment is affected.
    public func criticality(ofComponent componentID: String, impactsWholeEstablishment: Bool) -> Criticality {
        guard impactsWholeEstablishment, component(id: componentID)?.component.criticality == .critical else {
            return .nonCritical
        }
        return .critical
    }
}
