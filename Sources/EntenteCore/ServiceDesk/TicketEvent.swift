import Foundation

/// One line of a ticket's history: who, when, and what happened, with what each kind of line carries.
public struct TicketEvent: Hashable, Sendable, Identifiable {
    public enum Fact: Hashable, Sendable {
        /// Filed, with the convention's reason for its routing.
        case created(routingReason: String)
        case statusChanged(from: TicketStatus?, to: TicketStatus, comment: String?)
        /// Seen by the requester's side.
        case reply(String)
        /// Seen only by `audience`: a partner's code, or "EPLE:UAI" for an establishment.
        case internalNote(String, audience: String)
        /// To another party, with the agent's reason; `overridesConvention` when against the convention's routing.
        case transfer(fromParty: String, toParty: String, reason: String, overridesConvention: Bool)
        /// To another team of the party (nil: the ticket had none), with the agent's reason.
        case teamChanged(from: String?, to: String, movement: TeamReassignment.Movement, reason: String)
        /// A file added; `audience` as for internal notes when it is internal.
        case attachment(fileName: String, mediaType: String, size: Int, audience: String?)
        /// A warning before a breach, or a breach, of a clock due at `dueAt`.
        case serviceLevel(clock: ServiceLevelClock.Kind, alert: ServiceLevelAlert.Kind, dueAt: Instant)
    }

    public var id: UUID
    public var at: Instant
    public var actor: String
    public var fact: Fact

    public init(id: UUID, at: Instant, actor: String, fact: Fact) {
        self.id = id
        self.at = at
        self.actor = actor
        self.fact = fact
    }

    /// The status change this line records, if it is one: the raw material of the clocks.
    public var statusChange: StatusChange? {
        guard case .statusChanged(_, let to, _) = fact else { return nil }
        return StatusChange(status: to, at: at)
    }

    /// Who may read the line beyond the ticket's readers: nil for everyone who reads the ticket.
    public var audience: String? {
        switch fact {
        case .internalNote(_, let audience): audience
        case .attachment(_, _, _, let audience): audience
        default: nil
        }
    }
}
