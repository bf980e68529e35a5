import Foundation

/// A warning before a clock's deadline, or its breach, recorded once per clock and deadline.
public struct ServiceLevelAlert: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case warning
        case breach
    }

    public var clock: ServiceLevelClock.Kind
    public var kind: Kind
    public var dueAt: Instant
    public var at: Instant

    public init(clock: ServiceLevelClock.Kind, kind: Kind, dueAt: Instant, at: Instant) {
        self.clock = clock
        self.kind = kind
        self.dueAt = dueAt
        self.at = at
    }
}
