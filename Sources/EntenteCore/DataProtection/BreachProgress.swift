/// What has been done about a breach so far: the facts its clocks are read against.
public struct BreachProgress: Hashable, Sendable {
    /// The decision on notifying the supervisory authority.
    public enum AuthorityDecision: Hashable, Sendable {
        case notify
        /// Not notified, the breach being unlikely to result in a risk to the persons (art. 33(1)).
        case doNotNotify
    }

    public var awareness: Instant
    public var partnerNoticeSentAt: Instant?
    /// The last notice or update sent to the other parties.
    public var lastNoticeSentAt: Instant?
    public var crisisCellConvenedAt: Instant?
    public var authorityDecision: AuthorityDecision?
    public var authorityDecidedAt: Instant?
    public var authorityNotifiedAt: Instant?
    public var receiptSharedAt: Instant?
    /// Whether the breach is likely to result in a high risk to the persons; `nil` until assessed.
    public var highRisk: Bool?
    public var personsInformedAt: Instant?
    public var resolvedAt: Instant?

    public init(awareness: Instant, partnerNoticeSentAt: Instant? = nil, lastNoticeSentAt: Instant? = nil,
                crisisCellConvenedAt: Instant? = nil, authorityDecision: AuthorityDecision? = nil,
                authorityDecidedAt: Instant? = nil, authorityNotifiedAt: Instant? = nil, receiptSharedAt: Instant? = nil,
                highRisk: Bool? = nil, personsInformedAt: Instant? = nil, resolvedAt: Instant? = nil) {
        self.awareness = awareness
        self.partnerNoticeSentAt = partnerNoticeSentAt
        self.lastNoticeSentAt = lastNoticeSentAt
        self.crisisCellConvenedAt = crisisCellConvenedAt
        self.authorityDecision = authorityDecision
        self.authorityDecidedAt = authorityDecidedAt
        self.authorityNotifiedAt = authorityNotifiedAt
        self.receiptSharedAt = receiptSharedAt
        self.highRisk = highRisk
        self.personsInformedAt = personsInformedAt
        self.resolvedAt = resolvedAt
    }
}
