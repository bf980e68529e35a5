import Foundation

/// What a breach's clocks are read from, without its declaration: enough to recompute every open
/// breach's standing at once.
public struct BreachClockFacts: Hashable, Sendable {
    public var id: UUID
    public var conventionID: String
    public var originCode: String
    public var progress: BreachProgress

    public init(id: UUID, conventionID: String, originCode: String, progress: BreachProgress) {
        self.id = id
        self.conventionID = conventionID
        self.originCode = originCode
        self.progress = progress
    }
}
