import EntenteCore
import Fluent
import Foundation

/// The reminders of a convention's term already sent, so that each goes once.
public struct TermReminderStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Keeps the reminder of `milestone` on `day`; false when it was already kept (another pass or instance sent it).
    public func keep(conventionID: String, milestone: ConventionTerm.Milestone, day: CalendarDate, at now: Instant) async throws -> Bool {
        let existing = try await TermReminderRecord.query(on: database).filter(\.$conventionID == conventionID)
            .filter(\.$milestone == milestone.rawValue).filter(\.$day == day.description).count()
        guard existing == 0 else { return false }
        do {
            try await TermReminderRecord(conventionID: conventionID, milestone: milestone, day: day, sentAt: now).create(on: database)
            return true
        } catch {
            // The unique index refused a twin written meanwhile.
            return false
        }
    }
}

final class TermReminderRecord: Model, @unchecked Sendable {
    static let schema = "term_reminders"

    @ID(key: .id) var id: UUID?
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "milestone") var milestone: String
    @Field(key: "day") var day: String
    @Field(key: "sent_at") var sentAt: Date

    init() {}

    init(conventionID: String, milestone: ConventionTerm.Milestone, day: CalendarDate, sentAt: Instant) {
        id = UUID()
        self.conventionID = conventionID
        self.milestone = milestone.rawValue
        self.day = day.description
        self.sentAt = sentAt.date
    }
}
