import Foundation

/// A device of an establishment as Entente keeps it: what people said of it, its status in the
/// territory's lifecycle and since when, and a version raised by every change (optimistic locking).
public struct Asset: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var details: AssetDetails
    /// The id of an `AssetStatus` of the territory's lifecycle.
    public var status: String
    public var statusSince: Instant
    public var version: Int

    public init(id: UUID, details: AssetDetails, status: String, statusSince: Instant, version: Int) {
        self.id = id
        self.details = details
        self.status = status
        self.statusSince = statusSince
        self.version = version
    }
}
