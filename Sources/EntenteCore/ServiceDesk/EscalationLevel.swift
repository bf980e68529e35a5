/// How deep in a party's assistance a team sits (seeds 002 and 003): level 1 is the guichet that
/// takes every request, level 2 the technical teams, level 3 the experts, contractors and editors.
public enum EscalationLevel: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case n1, n2, n3

    public var rank: Int {
        switch self {
        case .n1: 1
        case .n2: 2
        case .n3: 3
        }
    }

    public static func < (lhs: EscalationLevel, rhs: EscalationLevel) -> Bool { lhs.rank < rhs.rank }

    /// "N2", as queues and routing reasons write it in both languages.
    public var shortLabel: String { "N\(rank)" }
}
