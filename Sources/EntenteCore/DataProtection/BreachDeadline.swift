/// One obligation of a breach read against its progress: when it is due and where it stands.
public struct BreachDeadline: Hashable, Sendable {
    public enum State: Hashable, Sendable {
        /// Still to do, before its due time (or without one).
        case pending
        /// Still to do, its due time passed.
        case overdue
        /// Done at that instant; `late` when after the due time.
        case done(at: Instant, late: Bool)
        /// Does not apply (no high risk, the authority not notified, updates after resolution).
        case notApplicable
    }

    public var obligation: BreachObligation
    /// `nil` for "without undue delay".
    public var due: Instant?
    public var state: State

    public init(obligation: BreachObligation, due: Instant?, state: State) {
        self.obligation = obligation
        self.due = due
        self.state = state
    }

    /// Whether the deadline was or is being missed.
    public var isLate: Bool {
        switch state {
        case .overdue: true
        case .done(_, let late): late
        case .pending, .notApplicable: false
        }
    }

    /// Whether it still asks for something, on time or not.
    public var isOpen: Bool {
        switch state {
        case .pending, .overdue: true
        case .done, .notApplicable: false
        }
    }
}

/// The clocks of a breach: each obligation's due time and state at `now`, in calendar time.
public enum BreachClock {
    public static func standing(of obligations: [BreachObligation], progress: BreachProgress, at now: Instant) -> [BreachDeadline] {
        let noticeDue = obligations.first { $0.kind == .partnerNotice }.flatMap { due(of: $0, progress: progress, noticeDue: nil) }
        return obligations.map { obligation in
            let due = due(of: obligation, progress: progress, noticeDue: noticeDue)
            return BreachDeadline(obligation: obligation, due: due,
                                  state: state(of: obligation, due: due, progress: progress, at: now))
        }
    }

    private static func due(of obligation: BreachObligation, progress: BreachProgress, noticeDue: Instant?) -> Instant? {
        guard case .within(let hours, let anchor) = obligation.timing else { return nil }
        let start: Instant? = switch anchor {
        case .awareness: progress.awareness
        case .partnerNotice: progress.partnerNoticeSentAt ?? noticeDue ?? progress.awareness
        case .lastNotice: progress.lastNoticeSentAt ?? progress.partnerNoticeSentAt ?? noticeDue ?? progress.awareness
        }
        return start.map(hours.deadline(after:))
    }

    private static func state(of obligation: BreachObligation, due: Instant?, progress: BreachProgress,
                              at now: Instant) -> BreachDeadline.State {
        switch obligation.condition {
        case .always: break
        case .authorityNotified:
            guard progress.authorityNotifiedAt != nil else {
                return progress.authorityDecision == .doNotNotify ? .notApplicable : .pending
            }
        case .highRisk:
            if progress.highRisk == false || progress.authorityDecision == .doNotNotify { return .notApplicable }
        }
        let doneAt: Instant? = switch obligation.kind {
        case .partnerNotice: progress.partnerNoticeSentAt
        // Updates are owed until the breach is resolved: resolution ends the series, late when an
        // update fell due before it without being sent.
        case .update: progress.resolvedAt
        case .crisisCell: progress.crisisCellConvenedAt
        case .authorityNotification:
            progress.authorityDecision == .doNotNotify ? progress.authorityDecidedAt : progress.authorityNotifiedAt
        case .receiptSharing: progress.receiptSharedAt
        case .personsCommunication: progress.personsInformedAt
        }
        if let doneAt { return .done(at: doneAt, late: due.map { doneAt > $0 } ?? false) }
        if let due, now > due { return .overdue }
        return .pending
    }
}
