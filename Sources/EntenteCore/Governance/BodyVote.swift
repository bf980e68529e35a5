import Foundation

/// A motion put to the vote at a meeting. The vote belongs to the member body: any of its accredited
/// delegates casts it, one ballot per member body — a second is refused, whoever casts it. The outcome is
/// computed from the body's rules when the vote closes and kept with it, the rules it was computed with too.
public struct BodyVote: Hashable, Sendable, Identifiable {
    public enum Subject: Hashable, Sendable {
        case motion
        /// The approval of an earlier meeting's minutes.
        case minutesApproval(meetingID: UUID)
    }

    public struct Ballot: Hashable, Sendable {
        public var member: String
        public var castBy: String
        public var choice: VoteTally.Choice
        public var at: Instant
        public init(member: String, castBy: String, choice: VoteTally.Choice, at: Instant) {
            self.member = member
            self.castBy = castBy
            self.choice = choice
            self.at = at
        }
    }

    public enum Refusal: Error, Hashable, Sendable {
        case closed
        case alreadyCast(member: String, by: String)
        /// The person is no present delegate of that member body and holds no proxy for it.
        case notAccredited(member: String)
        case notAMember(String)
        /// Too few member bodies represented to decide.
        case noQuorum(represented: Int, required: Int)
    }

    public var id: UUID
    public var meetingID: UUID
    public var subject: Subject
    public var motion: String
    public var rules: VotingRules
    /// The party codes of the body's members when the vote opened.
    public var members: [String]
    public var ballots: [Ballot]
    public var closedAt: Instant?
    public var outcome: VoteTally.Outcome?
    /// The decision's number, given when the vote closes (`comite-operationnel/2026/3`).
    public var decisionNumber: String?

    public init(id: UUID = UUID(), meetingID: UUID, subject: Subject, motion: String, rules: VotingRules, members: [String],
                ballots: [Ballot] = [], closedAt: Instant? = nil, outcome: VoteTally.Outcome? = nil, decisionNumber: String? = nil) {
        self.id = id
        self.meetingID = meetingID
        self.subject = subject
        self.motion = motion
        self.rules = rules
        self.members = members
        self.ballots = ballots
        self.closedAt = closedAt
        self.outcome = outcome
        self.decisionNumber = decisionNumber
    }

    public var tally: VoteTally { VoteTally(ballots.map(\.choice)) }

    /// The ballot `email` may cast for `member`, checked against the attendance.
    public func ballot(for member: String, by email: String, choice: VoteTally.Choice, attendance: MeetingAttendance,
                       at instant: Instant) throws(Refusal) -> Ballot {
        guard closedAt == nil else { throw .closed }
        guard members.contains(member) else { throw .notAMember(member) }
        if let cast = ballots.first(where: { $0.member == member }) { throw .alreadyCast(member: member, by: cast.castBy) }
        guard attendance.members(castableBy: email).contains(member) else { throw .notAccredited(member: member) }
        return Ballot(member: member, castBy: email, choice: choice, at: instant)
    }

    /// Closes the vote: refused without the quorum of member bodies represented; the outcome by the rules.
    public func closing(attendance: MeetingAttendance, at instant: Instant, number: String) throws(Refusal) -> BodyVote {
        guard closedAt == nil else { throw .closed }
        let represented = attendance.represented.intersection(members).count
        let required = rules.quorum.required(of: members.count)
        guard represented >= required else { throw .noQuorum(represented: represented, required: required) }
        var closed = self
        closed.closedAt = instant
        closed.outcome = tally.outcome(by: rules)
        closed.decisionNumber = number
        return closed
    }
}
