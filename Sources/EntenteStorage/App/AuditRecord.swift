import EntenteCore
import Fluent
import Foundation

/// One entry of the audit trail (`audit_log`): who did what to what, when, before and after.
final class AuditRecord: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String
    @Field(key: "action") var action: String
    @Field(key: "subject") var subject: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?

    init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    var properties: [any AnyProperty] {
        [$id, $at, $actor, $action, $subject, $before, $after]
    }

    init(at: Date, actor: String, action: AuditAction, subject: String, before: String? = nil, after: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action.rawValue
        self.subject = subject
        self.before = before
        self.after = after
    }

    /// The entry as the core knows it; an action no version of Entente knows stays readable, untyped.
    var entry: AuditEntry {
        AuditEntry(at: Instant(at), actor: actor, recordedAction: action, subject: subject, before: before, after: after)
    }
}
