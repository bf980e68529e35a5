/// A status an asset can be in. Statuses are data: a territory may add its own (with its own
/// name) to the standard set; what an indicator counts is decided by the status's standing.
public struct AssetStatus: Hashable, Codable, Sendable, Identifiable {
    /// What the indicators make of a status.
    public enum Standing: String, Hashable, Codable, CaseIterable, Sendable {
        /// Ordered, not yet received.
        case ordered
        /// Received, not deployed (spare devices, carts in reserve).
        case stock
        /// Deployed and working.
        case inService = "in-service"
        /// Deployed but not working (broken, in repair).
        case unavailable
        /// Out of the park: retired, given a second life or recycled. Kept in history, out of the indicators.
        case retired
    }

    /// Stable, lower-case (`in-service`): stored, imported, and the key of the standard names.
    public var id: String
    /// The territory's own name for a status it added; the standard statuses are named by the interface.
    public var name: String?
    public var standing: Standing

    public init(id: String, name: String? = nil, standing: Standing) {
        self.id = id
        self.name = name
        self.standing = standing
    }
}
