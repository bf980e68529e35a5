import Foundation

/// What a decision asks someone to do: the owner party and person, the due date, where it stands. Open
/// items come back on the agenda of each next meeting of the body until they are done.
public struct ActionItem: Hashable, Sendable, Identifiable {
    public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
        case open
        case inProgress = "in-progress"
        case done
    }

    public var id: UUID
    public var conventionID: String
    public var bodyID: String
    public var meetingID: UUID
    public var decisionNumber: String?
    public var title: String
    public var ownerParty: String
    public var ownerName: String
    public var due: CalendarDate
    public var status: Status
    public var doneAt: Instant?

    public init(id: UUID = UUID(), conventionID: String, bodyID: String, meetingID: UUID, decisionNumber: String?, title: String,
                ownerParty: String, ownerName: String, due: CalendarDate, status: Status = .open, doneAt: Instant? = nil) {
        self.id = id
        self.conventionID = conventionID
        self.bodyID = bodyID
        self.meetingID = meetingID
        self.decisionNumber = decisionNumber
        self.title = title
        self.ownerParty = ownerParty
        self.ownerName = ownerName
        self.due = due
        self.status = status
        self.doneAt = doneAt
    }

    public func isOverdue(on day: CalendarDate) -> Bool { status != .done && due < day }

    /// Reviewed at a meeting: every item of the body still not done, decided at an earlier meeting.
    public static func toReview(_ items: [ActionItem], at meeting: GovernanceMeeting, meetingsByID: [UUID: GovernanceMeeting]) -> [ActionItem] {
        items.filter { item in
            item.status != .done && item.bodyID == meeting.bodyID && item.conventionID == meeting.conventionID
                && (meetingsByID[item.meetingID].map { $0.scheduledAt < meeting.scheduledAt } ?? false)
        }.sorted { ($0.due, $0.title) < ($1.due, $1.title) }
    }
}
