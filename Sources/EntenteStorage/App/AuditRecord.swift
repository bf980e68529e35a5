import EntenteCore
import Fluent
import Foundation

/// One entry of the audit trail (`audit_log`): who did what to what, when, before and after.
public final class AuditRecord: Model, @unchecked Sendable {
    public static let schema = "audit_log"

    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    @Field(key: "actor") public var actor: String
    @Field(key: "action") public var action: String
    @Field(key: "subject") public var subject: String
    @OptionalField(key: "before") public var before: String?
    @OptionalField(key: "after") public var after: String?

    public init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    public var properties: [any AnyProperty] {
        [$id, $at, $actor, $action, $subject, $before, $after]
    }

    public init(at: Date, actor: String, action: AuditAction, subject: String, before: String? = nil, after: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action.rawValue
        self.subject = subject
        self.before = before
        self.after = after
    }

    /// The action, typed; a text no version of Entente wrote is an error that says where it is.
    public func auditAction() throws -> AuditAction {
        guard let typed = AuditAction(rawValue: action) else {
            throw StoredValueError(table: Self.schema, column: "action", value: action)
        }
        return typed
    }
}

/// A stored value no case of the core knows: the table, the column and the value, to fix the row.
public struct StoredValueError: Error, CustomStringConvertible {
    public let table: String
    public let column: String
    public let value: String

    public var description: String { "\(table).\(column) holds '\(value)', which is not a known value" }
}
