import Foundation

/// A meeting of a body of the convention: when and where, its agenda, the convocation, who attended and
/// for which member, its minutes and their life.
public struct GovernanceMeeting: Hashable, Sendable, Identifiable {
    public struct AgendaItem: Codable, Hashable, Sendable {
        public enum Origin: String, Codable, Hashable, Sendable, CaseIterable {
            /// Proposed by a partner when the meeting was scheduled.
            case proposed
            /// Left open at an earlier meeting.
            case carriedOver = "carried-over"
        }
        public var title: String
        public var proposedBy: String?
        public var origin: Origin
        public init(title: String, proposedBy: String?, origin: Origin) {
            self.title = title
            self.proposedBy = proposedBy
            self.origin = origin
        }
    }

    public var id: UUID
    public var conventionID: String
    public var bodyID: String
    public var scheduledAt: Instant
    public var place: String
    public var agenda: [AgendaItem]
    public var convenedAt: Instant?
    public var attendance: MeetingAttendance
    public var minutes: Minutes
    public var createdBy: String

    public init(id: UUID = UUID(), conventionID: String, bodyID: String, scheduledAt: Instant, place: String,
                agenda: [AgendaItem], convenedAt: Instant? = nil, attendance: MeetingAttendance = .init(),
                minutes: Minutes = .init(), createdBy: String) {
        self.id = id
        self.conventionID = conventionID
        self.bodyID = bodyID
        self.scheduledAt = scheduledAt
        self.place = place
        self.agenda = agenda
        self.convenedAt = convenedAt
        self.attendance = attendance
        self.minutes = minutes
        self.createdBy = createdBy
    }
}

/// A meeting's minutes: drafted, open to the attendees' comments, approved by a vote of the next meeting, then
/// signed — each step in that order, none skipped.
public struct Minutes: Hashable, Sendable {
    public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
        case none, draft, approved, signed
    }

    public struct Comment: Hashable, Sendable {
        public var author: String
        public var at: Instant
        public var text: String
        public init(author: String, at: Instant, text: String) {
            self.author = author
            self.at = at
            self.text = text
        }
    }

    public enum Refusal: Error, Hashable, Sendable {
        case notDrafted
        case alreadyApproved
        /// Only someone on the attendance list comments.
        case notAnAttendee
        /// Approval is a vote of a later meeting of the same body.
        case approvalNotByALaterMeeting
        case approvalNotAdopted
        case notApproved
    }

    public var status: Status
    public var text: String
    public var comments: [Comment]
    /// The decision of the later meeting that approved them.
    public var approvedBy: String?
    public var signedBy: String?
    public var signedAt: Instant?

    public init(status: Status = .none, text: String = "", comments: [Comment] = [], approvedBy: String? = nil,
                signedBy: String? = nil, signedAt: Instant? = nil) {
        self.status = status
        self.text = text
        self.comments = comments
        self.approvedBy = approvedBy
        self.signedBy = signedBy
        self.signedAt = signedAt
    }
}

extension GovernanceMeeting {
    /// The draft rewritten; refused once approved, when the text is fixed.
    public func drafting(_ text: String) throws(Minutes.Refusal) -> GovernanceMeeting {
        guard minutes.status == .none || minutes.status == .draft else { throw .alreadyApproved }
        var meeting = self
        meeting.minutes.status = .draft
        meeting.minutes.text = text
        return meeting
    }

    public func commenting(_ text: String, by email: String, at instant: Instant) throws(Minutes.Refusal) -> GovernanceMeeting {
        guard minutes.status == .draft else { throw minutes.status == .none ? .notDrafted : .alreadyApproved }
        guard attendance.attendees.contains(where: { $0.email.lowercased() == email.lowercased() }) else { throw .notAnAttendee }
        var meeting = self
        meeting.minutes.comments.append(.init(author: email, at: instant, text: text))
        return meeting
    }

    /// Approved by `vote`, closed and adopted at a later meeting of the same body.
    public func approving(by vote: BodyVote, at meeting: GovernanceMeeting) throws(Minutes.Refusal) -> GovernanceMeeting {
        guard minutes.status == .draft else { throw minutes.status == .none ? .notDrafted : .alreadyApproved }
        guard meeting.bodyID == bodyID, meeting.conventionID == conventionID, meeting.scheduledAt > scheduledAt,
              vote.meetingID == meeting.id, vote.subject == .minutesApproval(meetingID: id) else { throw .approvalNotByALaterMeeting }
        guard vote.outcome == .adopted, let number = vote.decisionNumber else { throw .approvalNotAdopted }
        var approved = self
        approved.minutes.status = .approved
        approved.minutes.approvedBy = number
        return approved
    }

    public func signing(by name: String, at instant: Instant) throws(Minutes.Refusal) -> GovernanceMeeting {
        guard minutes.status == .approved else { throw .notApproved }
        var signed = self
        signed.minutes.status = .signed
        signed.minutes.signedBy = name
        signed.minutes.signedAt = instant
        return signed
    }
}
