/// How a body decides, as data of the convention: the majority a motion needs and how abstentions count.
/// Votes belong to member bodies (a partner, a Région): one ballot per member, whoever of its delegates casts it.
public struct VotingRules: Codable, Hashable, Sendable {
    public enum Majority: String, Codable, Hashable, Sendable, CaseIterable {
        /// More votes for than against (seed 000, SolSTISS COPIL: "majorité relative des voix exprimées").
        case relative
        /// More than half of the votes counted.
        case absolute
        /// At least two thirds of the votes counted.
        case twoThirds = "two-thirds"
        /// Every vote counted is for.
        case unanimity
    }

    public enum Abstentions: String, Codable, Hashable, Sendable, CaseIterable {
        /// Abstentions are not votes cast ("voix exprimées"): they count for nothing.
        case excluded
        /// Abstentions are counted among the votes, so they weigh like votes against.
        case counted
    }

    /// How many member bodies must be represented for the meeting to decide.
    public enum Quorum: Codable, Hashable, Sendable {
        case none
        /// At least this many member bodies.
        case members(Int)
        /// More than half of the member bodies.
        case majorityOfMembers
        /// At least two thirds of the member bodies.
        case twoThirdsOfMembers

        /// How many members of `total` make the quorum.
        public func required(of total: Int) -> Int {
            switch self {
            case .none: 0
            case .members(let count): count
            case .majorityOfMembers: total / 2 + 1
            case .twoThirdsOfMembers: (2 * total + 2) / 3
            }
        }

        /// `none`, `2`, `majority`, `two-thirds`, as files write it.
        public init?(_ text: String) {
            switch text {
            case "none": self = .none
            case "majority": self = .majorityOfMembers
            case "two-thirds": self = .twoThirdsOfMembers
            default:
                guard let count = Int(text), count > 0 else { return nil }
                self = .members(count)
            }
        }
    }

    public var majority: Majority
    public var abstentions: Abstentions
    public var quorum: Quorum

    public init(majority: Majority = .relative, abstentions: Abstentions = .excluded, quorum: Quorum = .majorityOfMembers) {
        self.majority = majority
        self.abstentions = abstentions
        self.quorum = quorum
    }
}

/// The count of one vote's ballots and what the rule makes of it.
public struct VoteTally: Codable, Hashable, Sendable {
    public enum Choice: String, Codable, Hashable, Sendable, CaseIterable {
        case yes, no, abstain
    }

    public enum Outcome: String, Codable, Hashable, Sendable {
        case adopted, rejected
    }

    public var yes: Int
    public var no: Int
    public var abstentions: Int

    public init(yes: Int = 0, no: Int = 0, abstentions: Int = 0) {
        self.yes = yes
        self.no = no
        self.abstentions = abstentions
    }

    public init(_ choices: [Choice]) {
        self.init(yes: choices.count { $0 == .yes }, no: choices.count { $0 == .no }, abstentions: choices.count { $0 == .abstain })
    }

    /// The votes the rule counts: yes and no, and abstentions when the rule counts them.
    public func counted(by rules: VotingRules) -> Int {
        yes + no + (rules.abstentions == .counted ? abstentions : 0)
    }

    /// The yes votes needed under the rule (for a relative majority: one more than the no votes).
    public func yesNeeded(by rules: VotingRules) -> Int {
        let counted = counted(by: rules)
        return switch rules.majority {
        case .relative: no + (rules.abstentions == .counted ? abstentions : 0) + 1
        case .absolute: counted / 2 + 1
        case .twoThirds: (2 * counted + 2) / 3
        case .unanimity: counted
        }
    }

    /// Adopted when the yes votes reach what the rule needs; a vote with no vote counted adopts nothing.
    public func outcome(by rules: VotingRules) -> Outcome {
        counted(by: rules) > 0 && yes > 0 && yes >= yesNeeded(by: rules) ? .adopted : .rejected
    }
}
