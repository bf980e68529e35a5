/// The statuses of a territory's assets and the moves allowed between them: data, not code, so
/// that a territory adds a status (`on-loan-to-another-school`) without a new version of Entente.
public struct AssetLifecycle: Hashable, Codable, Sendable {
    public var statuses: [AssetStatus]
    /// The statuses each status may move to.
    public var transitions: [String: [String]]
    /// The status of an asset created without one (an import row with no status column).
    public var initial: String

    public init(statuses: [AssetStatus], transitions: [String: [String]], initial: String) {
        self.statuses = statuses
        self.transitions = transitions
        self.initial = initial
    }

    public func status(_ id: String) -> AssetStatus? { statuses.first { $0.id == id } }

    public func allows(from: String, to: String) -> Bool { transitions[from]?.contains(to) ?? false }

    /// The statuses an asset in `status` may move to, in the lifecycle's order.
    public func next(after status: String) -> [AssetStatus] {
        let targets = Set(transitions[status] ?? [])
        return statuses.filter { targets.contains($0.id) }
    }

    /// What makes a lifecycle unusable, so that an edited one is refused before it is stored.
    public enum Problem: Hashable, Sendable {
        case duplicateStatus(String)
        case unknownStatus(String)
        case unknownInitial(String)
    }

    public var problems: [Problem] {
        var problems: [Problem] = []
        var seen: Set<String> = []
        for status in statuses where !seen.insert(status.id).inserted { problems.append(.duplicateStatus(status.id)) }
        for (from, targets) in transitions.sorted(by: { $0.key < $1.key }) {
            for id in [from] + targets where !seen.contains(id) { problems.append(.unknownStatus(id)) }
        }
        if !seen.contains(initial) { problems.append(.unknownInitial(initial)) }
        return problems
    }

    /// The default set: ordered, in stock, in service, out of order, in repair, retired, second life
    /// (donated, reconditioned, or given to its pupil), recycled; and lost and stolen, which a loan's
    /// end declares.
    public static let standard = AssetLifecycle(
        statuses: [
            AssetStatus(id: "ordered", standing: .ordered),
            AssetStatus(id: "in-stock", standing: .stock),
            AssetStatus(id: "in-service", standing: .inService),
            AssetStatus(id: "out-of-order", standing: .unavailable),
            AssetStatus(id: "in-repair", standing: .unavailable),
            AssetStatus(id: "retired", standing: .retired),
            AssetStatus(id: "second-life", standing: .retired),
            AssetStatus(id: "recycled", standing: .retired),
            AssetStatus(id: "lost", standing: .retired),
            AssetStatus(id: "stolen", standing: .retired),
        ],
        transitions: [
            "ordered": ["in-stock", "in-service"],
            "in-stock": ["in-service", "retired", "lost", "stolen"],
            "in-service": ["in-stock", "out-of-order", "retired", "second-life", "lost", "stolen"],
            "out-of-order": ["in-repair", "in-service", "retired"],
            "in-repair": ["in-service", "out-of-order", "retired"],
            "retired": ["second-life", "recycled"],
            "second-life": ["recycled"],
            "recycled": [],
            "lost": ["in-stock"],
            "stolen": ["in-stock"],
        ],
        initial: "in-service")
}
