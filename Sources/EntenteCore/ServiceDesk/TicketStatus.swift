/// Where a ticket stands.
public enum TicketStatus: String, CaseIterable, Codable, Hashable, Sendable {
    case new
    case takenInCharge = "taken-in-charge"
    case diagnosed
    case inProgress = "in-progress"
    case waitingForRequester = "waiting-for-requester"
    case waitingForThirdParty = "waiting-for-third-party"
    case resolved
    case closed

    /// Waiting stops the SLA clocks.
    public var isWaiting: Bool { self == .waitingForRequester || self == .waitingForThirdParty }

    public var isOpen: Bool { self != .resolved && self != .closed }

    public var frenchLabel: String {
        switch self {
        case .new: "Nouveau"
        case .takenInCharge: "Pris en charge"
        case .diagnosed: "Diagnostiqué"
        case .inProgress: "En cours"
        case .waitingForRequester: "En attente du demandeur"
        case .waitingForThirdParty: "En attente d'un tiers"
        case .resolved: "Résolu"
        case .closed: "Clos"
        }
    }

    public var englishLabel: String {
        switch self {
        case .new: "New"
        case .takenInCharge: "Taken in charge"
        case .diagnosed: "Diagnosed"
        case .inProgress: "In progress"
        case .waitingForRequester: "Waiting for requester"
        case .waitingForThirdParty: "Waiting for third party"
        case .resolved: "Resolved"
        case .closed: "Closed"
        }
    }
}
