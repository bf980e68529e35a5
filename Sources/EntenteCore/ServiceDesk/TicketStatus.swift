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
}
