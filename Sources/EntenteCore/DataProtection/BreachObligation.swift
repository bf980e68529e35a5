/// Something a party must do once a personal-data breach is known, by a deadline in calendar time or
/// "without undue delay", as the convention or the GDPR sets it.
public struct BreachObligation: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Hashable, Sendable {
        /// The declaration on the standard form to the other parties' DPD and RSSI.
        case partnerNotice = "partner-notice"
        /// The declaration brought up to date, every period until the breach is resolved.
        case update
        /// The crisis cell convened, which decides whether to notify the authority.
        case crisisCell = "crisis-cell"
        /// The decision on notifying the supervisory authority, and the notification (GDPR art. 33).
        case authorityNotification = "authority-notification"
        /// The authority's receipt passed on to the other parties' DPD.
        case receiptSharing = "receipt-sharing"
        /// The communication to the persons concerned when the risk to them is high (GDPR art. 34).
        case personsCommunication = "persons-communication"
    }

    /// Who receives what is due.
    public enum Recipient: Hashable, Sendable {
        case party(String)
        /// The supervisory authority (the CNIL in France).
        case supervisoryAuthority
        /// The persons whose data the breach concerns.
        case dataSubjects
    }

    /// What a period counts from.
    public enum Anchor: String, Hashable, Sendable {
        /// The time the party became aware of the breach.
        case awareness
        /// The notice to the other parties, sent or, until it is, due.
        case partnerNotice
        /// The last notice or update sent, or, until one is, the notice's due time.
        case lastNotice
    }

    public enum Timing: Hashable, Sendable {
        case within(CalendarHours, from: Anchor)
        /// No figure: "dès qu'il en a connaissance", "sans délai injustifié".
        case withoutUndueDelay
    }

    /// When the obligation applies at all.
    public enum Condition: String, Hashable, Sendable {
        case always
        /// Once the authority has been notified.
        case authorityNotified = "authority-notified"
        /// When the breach is likely to result in a high risk to the persons.
        case highRisk = "high-risk"
    }

    /// Where the obligation comes from.
    public enum Basis: Hashable, Sendable {
        /// A step of one of the convention's incident chains (index from 0).
        case convention(chainID: String, step: Int)
        /// An article of the GDPR ("33(1)").
        case gdpr(article: String)
    }

    public var kind: Kind
    public var responsibleCode: String
    public var recipients: [Recipient]
    public var timing: Timing
    public var condition: Condition
    public var basis: Basis

    public init(kind: Kind, responsibleCode: String, recipients: [Recipient], timing: Timing,
                condition: Condition = .always, basis: Basis) {
        self.kind = kind
        self.responsibleCode = responsibleCode
        self.recipients = recipients
        self.timing = timing
        self.condition = condition
        self.basis = basis
    }

    /// Updates come back every period until the breach is resolved.
    public var repeats: Bool { kind == .update }
}
