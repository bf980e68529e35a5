import EntenteCore
import Fluent
import Foundation

/// The reminders already sent, so that each goes once.
public struct BreachReminderStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Keeps the reminder; false when it was already kept (another pass or instance sent it).
    public func keep(_ reminder: BreachReminder, at now: Instant) async throws -> Bool {
        let existing = try await BreachReminderRecord.query(on: database).filter(\.$breachID == reminder.breachID)
            .filter(\.$kind == reminder.kind.rawValue).filter(\.$dueAt == reminder.due.date).filter(\.$stage == reminder.stage.rawValue)
            .count()
        guard existing == 0 else { return false }
        do {
            try await BreachReminderRecord(reminder, sentAt: now).create(on: database)
            return true
        } catch {
            // The unique index refused a twin written meanwhile.
            return false
        }
    }
}

/// A row of `breach_reminders`.
final class BreachReminderRecord: Model, @unchecked Sendable {
    static let schema = "breach_reminders"

    @ID(key: .id) var id: UUID?
    @Field(key: "breach_id") var breachID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "due_at") var dueAt: Date
    @Field(key: "stage") var stage: String
    @Field(key: "sent_at") var sentAt: Date

    init() {}

    init(_ reminder: BreachReminder, sentAt: Instant) {
        id = UUID()
        breachID = reminder.breachID
        kind = reminder.kind.rawValue
        dueAt = reminder.due.date
        stage = reminder.stage.rawValue
        self.sentAt = sentAt.date
    }
}
