/// How long a kind of personal data is kept, from which event, and what happens then; with a legal hold,
/// the data cannot be erased on request before the period ends.
public struct RetentionRule: Hashable, Sendable, Identifiable {
    /// The personal data a rule governs.
    public enum Data: String, CaseIterable, Codable, Hashable, Sendable {
        /// The names on a device's loan (the pupil, the guardian), once the loan has ended.
        case loanHolders = "loan-holders"
        /// The requester's name and address on a closed ticket.
        case ticketRequesters = "ticket-requesters"
        /// Who declared a breach, in the register of breaches.
        case breachRegister = "breach-register"
    }

    /// The event the period runs from.
    public enum Start: String, Codable, Hashable, Sendable {
        case loanEnded = "loan-ended"
        case ticketClosed = "ticket-closed"
        case breachResolved = "breach-resolved"
    }

    public var data: Data
    public var period: CalendarMonths
    public var start: Start
    /// Erasure on request is refused before the period ends.
    public var legalHold: Bool
    /// Where the rule comes from (a convention's article, the law, a recommendation).
    public var source: String

    public var id: String { data.rawValue }

    /// What stands where a name or an address was once its period ended.
    public static let erased = "[effacé]"

    public init(data: Data, period: CalendarMonths, start: Start, legalHold: Bool, source: String) {
        self.data = data
        self.period = period
        self.start = start
        self.legalHold = legalHold
        self.source = source
    }

    /// Data whose starting event fell on or before this day is due: its period has ended by `today`.
    public func cutoff(on today: CalendarDate) -> CalendarDate { today.adding(months: -period.count) }

    /// Whether data whose period started on `day` is still held on `today`.
    public func holds(startedOn day: CalendarDate, on today: CalendarDate) -> Bool {
        legalHold && period.lastDay(countingFrom: day) >= today
    }
}

/// The rules Entente applies unless an instance configures others.
public enum RetentionRules {
    public static let standard: [RetentionRule] = [
        RetentionRule(data: .loanHolders, period: CalendarMonths(4)!, start: .loanEnded, legalHold: false,
                      source: "Convention Académie de Rennes – Ille-et-Vilaine, annexe protection des données, 8 : données détruites quatre mois après le départ des personnes"),
        RetentionRule(data: .ticketRequesters, period: CalendarMonths(24)!, start: .ticketClosed, legalHold: false,
                      source: "Choix d'Entente (aucune convention ne fixe de durée) : deux ans après la clôture, le temps des statistiques et des réclamations"),
        RetentionRule(data: .breachRegister, period: CalendarMonths(60)!, start: .breachResolved, legalHold: true,
                      source: "RGPD art. 33(5) : documentation des violations ; cinq ans après leur résolution, comme le recommande la CNIL"),
    ]
}
