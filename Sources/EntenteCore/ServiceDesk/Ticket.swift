import Foundation

/// A ticket as the service desk knows it: what was asked, where the convention routed it and why,
/// where it stands. Storage reads it back typed or not at all.
public struct Ticket: Hashable, Sendable, Identifiable {
    public var id: UUID
    /// "T-2026-000042": what people quote on the phone.
    public var reference: String
    public var conventionID: String
    public var establishmentUAI: String
    public var requesterName: String
    public var requesterEmail: String?
    /// Who typed it: the requester, or a level-1 agent transcribing a call.
    public var filedBy: String
    public var kind: TicketKind
    public var componentID: String
    public var componentName: String
    public var nature: WorkNature
    public var activity: Activity
    public var context: ResponsibilityContext
    public var assetReference: String?
    public var impactsWholeEstablishment: Bool
    public var criticality: Criticality
    public var title: String
    public var description: String
    public var status: TicketStatus
    /// The convention's code of the responsible party ("CD") and the partner behind it ("CD35"; nil for EPLE).
    public var partyCode: String
    public var partnerCode: String?
    /// The party's team whose queue holds the ticket; nil when the party has no teams.
    public var teamCode: String?
    /// The parties the convention says to inform, by code.
    public var informedCodes: [String]
    public var routingReason: String
    public var openedAt: Instant
    public var updatedAt: Instant
    public var resolvedAt: Instant?
    /// When the ticket was first taken in charge (or diagnosed, or resolved straight away).
    public var pickedUpAt: Instant?
    /// Whether each clock was met once it stopped; nil while it runs or without a commitment.
    public var pickupOutcome: ServiceLevelClock.State?
    public var restorationOutcome: ServiceLevelClock.State?
    /// The soonest deadline of the clocks still running, and the soonest instant one is at risk.
    public var serviceLevelDueAt: Instant?
    public var serviceLevelWarningAt: Instant?
    /// The deadline of each watched clock still running.
    public var pickupDueAt: Instant?
    public var restorationDueAt: Instant?
    /// Raised by every change: an edit made on an older version is refused, not merged.
    public var version: Int

    public init(id: UUID, reference: String, conventionID: String, establishmentUAI: String, requesterName: String,
                requesterEmail: String?, filedBy: String, kind: TicketKind, componentID: String, componentName: String,
                nature: WorkNature, activity: Activity, context: ResponsibilityContext, assetReference: String?,
                impactsWholeEstablishment: Bool, criticality: Criticality, title: String, description: String,
                status: TicketStatus, partyCode: String, partnerCode: String?, teamCode: String?, informedCodes: [String],
                routingReason: String, openedAt: Instant, updatedAt: Instant, resolvedAt: Instant?, pickedUpAt: Instant?,
                pickupOutcome: ServiceLevelClock.State?, restorationOutcome: ServiceLevelClock.State?,
                serviceLevelDueAt: Instant?, serviceLevelWarningAt: Instant?, pickupDueAt: Instant?,
                restorationDueAt: Instant?, version: Int) {
        self.id = id
        self.reference = reference
        self.conventionID = conventionID
        self.establishmentUAI = establishmentUAI
        self.requesterName = requesterName
        self.requesterEmail = requesterEmail
        self.filedBy = filedBy
        self.kind = kind
        self.componentID = componentID
        self.componentName = componentName
        self.nature = nature
        self.activity = activity
        self.context = context
        self.assetReference = assetReference
        self.impactsWholeEstablishment = impactsWholeEstablishment
        self.criticality = criticality
        self.title = title
        self.description = description
        self.status = status
        self.partyCode = partyCode
        self.partnerCode = partnerCode
        self.teamCode = teamCode
        self.informedCodes = informedCodes
        self.routingReason = routingReason
        self.openedAt = openedAt
        self.updatedAt = updatedAt
        self.resolvedAt = resolvedAt
        self.pickedUpAt = pickedUpAt
        self.pickupOutcome = pickupOutcome
        self.restorationOutcome = restorationOutcome
        self.serviceLevelDueAt = serviceLevelDueAt
        self.serviceLevelWarningAt = serviceLevelWarningAt
        self.pickupDueAt = pickupDueAt
        self.restorationDueAt = restorationDueAt
        self.version = version
    }

    /// Its place in a queue, most urgent first: critical tickets, then the kind's order.
    public var priorityRank: Int { criticality == .critical ? 0 : kind.nonCriticalRank }

    /// Where the ticket stands at `now` from its stored deadlines; nil once it is no longer open.
    public func serviceLevelStanding(at now: Instant) -> ServiceLevelStanding? {
        ServiceLevelStanding.of(status: status, due: serviceLevelDueAt, warning: serviceLevelWarningAt, now: now)
    }
}
