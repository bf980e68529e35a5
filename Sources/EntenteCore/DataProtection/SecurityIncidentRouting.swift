/// Which party handles a security incident and who it informs, by the convention's security chains:
/// a chain whose scope covers the incident's network zone or a service its parties administer (seed 002:
/// the académie for the administrative network's workstations and its own online services), otherwise the
/// chain without a scope (the Département for the rest).
public enum SecurityIncidentRouting {
    public struct Route: Hashable, Sendable {
        public var chainID: String
        public var handlerCode: String
        /// The parties the handler's steps inform.
        public var informedCodes: [String]

        public init(chainID: String, handlerCode: String, informedCodes: [String]) {
            self.chainID = chainID
            self.handlerCode = handlerCode
            self.informedCodes = informedCodes
        }
    }

    public enum Failure: Error, Hashable, Sendable {
        case noSecurityChain
    }

    public static func route(in convention: Convention, zone: NetworkZone?, componentID: String?) throws(Failure) -> Route {
        let chains = convention.incidentChains.filter { $0.kind == .security && $0.handlerCode != nil }
        let scoped = chains.first { chain in
            guard let scope = chain.scope else { return false }
            if let zone, scope.zones.contains(zone) { return true }
            guard let componentID, !scope.operatedBy.isEmpty,
                  let administrators = try? convention.resolve(component: componentID, activity: .administration).raci.responsible
            else { return false }
            return !Set(administrators).isDisjoint(with: scope.operatedBy)
        }
        guard let chain = scoped ?? chains.first(where: { $0.scope == nil }) ?? chains.first, let handler = chain.handlerCode else {
            throw .noSecurityChain
        }
        var informed: [String] = []
        for step in chain.steps where step.partyCode == handler {
            if let to = step.toPartyCode, to != handler, !informed.contains(to) { informed.append(to) }
        }
        return Route(chainID: chain.id, handlerCode: handler, informedCodes: informed)
    }
}
