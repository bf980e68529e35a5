/// What a ticket asks for. The order of non-critical handling comes from seed 002, part 4.
public enum TicketKind: String, CaseIterable, Codable, Hashable, Sendable {
    case incident
    case request
    case catalogueAddition = "catalogue-addition"
    case equipmentRenewal = "equipment-renewal"
    case ownFundsPurchase = "own-funds-purchase"

    /// Rank among non-critical requests (1 first): "1. dysfonctionnements sur les équipements installés ;
    /// 2. demandes d'ajout de nouvelles applications ; 3. demandes de renouvellements d'équipements ;
    /// 4. achats sur fonds propres". Other requests, which the list does not name, come after them.
    public var nonCriticalRank: Int {
        switch self {
        case .incident: 1
        case .catalogueAddition: 2
        case .equipmentRenewal: 3
        case .ownFundsPurchase: 4
        case .request: 5
        }
    }
}
