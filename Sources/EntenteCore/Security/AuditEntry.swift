/// An entry of the audit trail as it was written. `action` is nil when the text stored is no longer a
/// known action (written by another version): the trail is evidence and is shown whole, never dropped.
public struct AuditEntry: Hashable, Sendable {
    public var at: Instant
    public var actor: String
    public var action: AuditAction?
    /// The action's text as stored (`ticket.transfer.override`).
    public var recordedAction: String
    public var subject: String
    public var before: String?
    public var after: String?

    public init(at: Instant, actor: String, recordedAction: String, subject: String, before: String?, after: String?) {
        self.at = at
        self.actor = actor
        self.action = AuditAction(rawValue: recordedAction)
        self.recordedAction = recordedAction
        self.subject = subject
        self.before = before
        self.after = after
    }
}
