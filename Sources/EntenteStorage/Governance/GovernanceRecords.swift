import EntenteCore
import Fluent
import Foundation

/// A row of `governance_meetings`; its agenda and attendance are the core's values as JSON.
final class GovernanceMeetingRecord: Model, @unchecked Sendable {
    static let schema = "governance_meetings"

    @ID(key: .id) var id: UUID?
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "body_id") var bodyID: String
    @Field(key: "scheduled_at") var scheduledAt: Date
    @Field(key: "place") var place: String
    @Field(key: "agenda") var agenda: String
    @OptionalField(key: "convened_at") var convenedAt: Date?
    @Field(key: "attendance") var attendance: String
    @Field(key: "minutes_status") var minutesStatus: String
    @Field(key: "minutes_text") var minutesText: String
    @OptionalField(key: "minutes_approved_by") var minutesApprovedBy: String?
    @OptionalField(key: "minutes_signed_by") var minutesSignedBy: String?
    @OptionalField(key: "minutes_signed_at") var minutesSignedAt: Date?
    @Field(key: "created_by") var createdBy: String

    init() {}

    init(_ meeting: GovernanceMeeting) throws {
        id = meeting.id
        conventionID = meeting.conventionID
        bodyID = meeting.bodyID
        createdBy = meeting.createdBy
        try update(from: meeting)
    }

    func update(from meeting: GovernanceMeeting) throws {
        scheduledAt = meeting.scheduledAt.date
        place = meeting.place
        agenda = try JSONText.encode(meeting.agenda)
        convenedAt = meeting.convenedAt?.date
        attendance = try JSONText.encode(meeting.attendance)
        minutesStatus = meeting.minutes.status.rawValue
        minutesText = meeting.minutes.text
        minutesApprovedBy = meeting.minutes.approvedBy
        minutesSignedBy = meeting.minutes.signedBy
        minutesSignedAt = meeting.minutes.signedAt?.date
    }

    func meeting(comments: [Minutes.Comment]) throws -> GovernanceMeeting {
        GovernanceMeeting(
            id: id ?? UUID(), conventionID: conventionID, bodyID: bodyID, scheduledAt: Instant(scheduledAt), place: place,
            agenda: try JSONText.decode([GovernanceMeeting.AgendaItem].self, agenda, table: Self.schema, column: "agenda"),
            convenedAt: convenedAt.map(Instant.init),
            attendance: try JSONText.decode(MeetingAttendance.self, attendance, table: Self.schema, column: "attendance"),
            minutes: Minutes(status: try StoredValueError.decode(minutesStatus, table: Self.schema, column: "minutes_status"),
                             text: minutesText, comments: comments, approvedBy: minutesApprovedBy, signedBy: minutesSignedBy,
                             signedAt: minutesSignedAt.map(Instant.init)),
            createdBy: createdBy)
    }
}

final class MinutesCommentRecord: Model, @unchecked Sendable {
    static let schema = "minutes_comments"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "author") var author: String
    @Field(key: "at") var at: Date
    @Field(key: "text") var text: String

    init() {}

    init(meetingID: UUID, _ comment: Minutes.Comment) {
        id = UUID()
        self.meetingID = meetingID
        author = comment.author
        at = comment.at.date
        text = comment.text
    }

    var comment: Minutes.Comment { Minutes.Comment(author: author, at: Instant(at), text: text) }
}

final class BodyVoteRecord: Model, @unchecked Sendable {
    static let schema = "body_votes"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @OptionalField(key: "subject_meeting_id") var subjectMeetingID: UUID?
    @Field(key: "motion") var motion: String
    @Field(key: "rules") var rules: String
    @Field(key: "members") var members: String
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "outcome") var outcome: String?
    @OptionalField(key: "decision_number") var decisionNumber: String?

    init() {}

    init(_ vote: BodyVote) throws {
        id = vote.id
        meetingID = vote.meetingID
        if case .minutesApproval(let meeting) = vote.subject { subjectMeetingID = meeting }
        motion = vote.motion
        rules = try JSONText.encode(vote.rules)
        members = vote.members.joined(separator: " ")
        closedAt = vote.closedAt?.date
        outcome = vote.outcome?.rawValue
        decisionNumber = vote.decisionNumber
    }

    func vote(ballots: [BodyVote.Ballot]) throws -> BodyVote {
        BodyVote(id: id ?? UUID(), meetingID: meetingID, subject: subjectMeetingID.map { .minutesApproval(meetingID: $0) } ?? .motion,
                 motion: motion, rules: try JSONText.decode(VotingRules.self, rules, table: Self.schema, column: "rules"),
                 members: members.split(separator: " ").map(String.init), ballots: ballots, closedAt: closedAt.map(Instant.init),
                 outcome: try StoredValueError.decode(outcome, table: Self.schema, column: "outcome"), decisionNumber: decisionNumber)
    }
}

final class VoteBallotRecord: Model, @unchecked Sendable {
    static let schema = "vote_ballots"

    @ID(key: .id) var id: UUID?
    @Field(key: "vote_id") var voteID: UUID
    @Field(key: "member") var member: String
    @Field(key: "cast_by") var castBy: String
    @Field(key: "choice") var choice: String
    @Field(key: "at") var at: Date

    init() {}

    init(voteID: UUID, _ ballot: BodyVote.Ballot) {
        id = UUID()
        self.voteID = voteID
        member = ballot.member
        castBy = ballot.castBy
        choice = ballot.choice.rawValue
        at = ballot.at.date
    }

    func ballot() throws -> BodyVote.Ballot {
        BodyVote.Ballot(member: member, castBy: castBy, choice: try StoredValueError.decode(choice, table: Self.schema, column: "choice"),
                        at: Instant(at))
    }
}

final class ActionItemRecord: Model, @unchecked Sendable {
    static let schema = "action_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "body_id") var bodyID: String
    @Field(key: "meeting_id") var meetingID: UUID
    @OptionalField(key: "decision_number") var decisionNumber: String?
    @Field(key: "title") var title: String
    @Field(key: "owner_party") var ownerParty: String
    @Field(key: "owner_name") var ownerName: String
    @Field(key: "due_on") var dueOn: String
    @Field(key: "status") var status: String
    @OptionalField(key: "done_at") var doneAt: Date?

    init() {}

    init(_ item: ActionItem) {
        id = item.id
        conventionID = item.conventionID
        bodyID = item.bodyID
        meetingID = item.meetingID
        decisionNumber = item.decisionNumber
        title = item.title
        ownerParty = item.ownerParty
        ownerName = item.ownerName
        dueOn = item.due.description
        status = item.status.rawValue
        doneAt = item.doneAt?.date
    }

    func item() throws -> ActionItem {
        ActionItem(id: id ?? UUID(), conventionID: conventionID, bodyID: bodyID, meetingID: meetingID, decisionNumber: decisionNumber,
                   title: title, ownerParty: ownerParty, ownerName: ownerName,
                   due: try StoredValueError.day(dueOn, table: Self.schema, column: "due_on"),
                   status: try StoredValueError.decode(status, table: Self.schema, column: "status"), doneAt: doneAt.map(Instant.init))
    }
}

/// Core values kept as JSON text in one column.
enum JSONText {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String, table: String, column: String) throws -> Value {
        do { return try JSONDecoder().decode(type, from: Data(text.utf8)) } catch {
            throw StoredValueError(table: table, column: column, value: String(text.prefix(200)))
        }
    }
}
