import EntenteCore
import Fluent
import Foundation

/// A row of `tickets`: what was asked, where it was routed and why, where it stands.
final class TicketRecord: Model, @unchecked Sendable {
    static let schema = "tickets"

    @ID(key: .id) var id: UUID?
    /// "T-2026-000042": what people quote on the phone.
    @Field(key: "reference") var reference: String
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "establishment_uai") var establishmentUAI: String
    @Field(key: "requester_name") var requesterName: String
    @OptionalField(key: "requester_email") var requesterEmail: String?
    /// Who typed it: the requester, or a level-1 agent transcribing a call.
    @Field(key: "filed_by") var filedBy: String
    @Field(key: "kind") var kind: String
    @Field(key: "component_id") var componentID: String
    @Field(key: "component_name") var componentName: String
    @Field(key: "nature") var nature: String
    @Field(key: "activity") var activity: String
    @OptionalField(key: "funding") var funding: String?
    @OptionalField(key: "zone") var zone: String?
    @OptionalField(key: "asset_reference") var assetReference: String?
    @Field(key: "impacts_whole_establishment") var impactsWholeEstablishment: Bool
    @Field(key: "criticality") var criticality: String
    @Field(key: "priority_rank") var priorityRank: Int
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Field(key: "status") var status: String
    /// Whether `status` is an open one, kept in a column so that queues walk an index in their order.
    @Field(key: "is_open") var isOpen: Bool
    /// The convention's code of the responsible party ("CD") and the partner behind it ("CD35"; nil for EPLE).
    @Field(key: "party_code") var partyCode: String
    @OptionalField(key: "partner_code") var partnerCode: String?
    /// The party's team whose queue holds the ticket; nil when the party has no teams.
    @OptionalField(key: "team_code") var teamCode: String?
    @Field(key: "informed_codes") var informedCodes: String
    @Field(key: "routing_reason") var routingReason: String
    @Field(key: "opened_at") var openedAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "resolved_at") var resolvedAt: Date?
    /// When the ticket was first taken in charge (or diagnosed, or resolved straight away).
    @OptionalField(key: "picked_up_at") var pickedUpAt: Date?
    /// `met`, `breached` or `no-target` once the pick-up clock stopped; nil while it runs or without a commitment.
    @OptionalField(key: "pickup_outcome") var pickupOutcome: String?
    /// The same for the restoration clock, set on resolution.
    @OptionalField(key: "restoration_outcome") var restorationOutcome: String?
    /// The deadlines of the clocks still running, the soonest of them, the soonest instant from which
    /// one is at risk, and the watcher's next look (`AddTicketDueDates`); nil: none.
    @OptionalField(key: "pickup_due_at") var pickupDueAt: Date?
    @OptionalField(key: "restoration_due_at") var restorationDueAt: Date?
    @OptionalField(key: "sla_due_at") var slaDueAt: Date?
    @OptionalField(key: "sla_warn_at") var slaWarnAt: Date?
    @OptionalField(key: "sla_watch_at") var slaWatchAt: Date?
    /// What the queue's search matches, folded (`TicketSearch.searchableText`).
    @Field(key: "search_text") var searchText: String
    /// Raised by every change: an edit made on an older version is refused, not merged.
    @Field(key: "version") var version: Int

    init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    var properties: [any AnyProperty] {
        [$id, $reference, $conventionID, $establishmentUAI, $requesterName, $requesterEmail, $filedBy, $kind,
         $componentID, $componentName, $nature, $activity, $funding, $zone, $assetReference,
         $impactsWholeEstablishment, $criticality, $priorityRank, $title, $description, $status, $isOpen, $partyCode,
         $partnerCode, $teamCode, $informedCodes, $routingReason, $openedAt, $updatedAt, $resolvedAt, $pickedUpAt,
         $pickupOutcome, $restorationOutcome, $pickupDueAt, $restorationDueAt, $slaDueAt, $slaWarnAt, $slaWatchAt,
         $searchText, $version]
    }

    /// A new row holding `ticket`, its search text and its clocks' deadlines `due`.
    convenience init(_ ticket: Ticket, due: ServiceLevelDue) {
        self.init()
        id = ticket.id
        reference = ticket.reference
        conventionID = ticket.conventionID
        establishmentUAI = ticket.establishmentUAI
        requesterName = ticket.requesterName
        requesterEmail = ticket.requesterEmail
        filedBy = ticket.filedBy
        kind = ticket.kind.rawValue
        componentID = ticket.componentID
        componentName = ticket.componentName
        nature = ticket.nature.rawValue
        activity = ticket.activity.rawValue
        funding = ticket.context.funding?.rawValue
        zone = ticket.context.zone?.rawValue
        assetReference = ticket.assetReference
        impactsWholeEstablishment = ticket.impactsWholeEstablishment
        criticality = ticket.criticality.rawValue
        priorityRank = ticket.priorityRank
        title = ticket.title
        description = ticket.description
        setStatus(ticket.status)
        partyCode = ticket.partyCode
        partnerCode = ticket.partnerCode
        teamCode = ticket.teamCode
        informedCodes = ticket.informedCodes.joined(separator: " ")
        routingReason = ticket.routingReason
        openedAt = ticket.openedAt.date
        updatedAt = ticket.updatedAt.date
        resolvedAt = ticket.resolvedAt?.date
        pickedUpAt = ticket.pickedUpAt?.date
        pickupOutcome = ticket.pickupOutcome?.rawValue
        restorationOutcome = ticket.restorationOutcome?.rawValue
        version = ticket.version
        searchText = TicketSearch.searchableText(reference: reference, title: title, componentName: componentName,
                                                 establishmentUAI: establishmentUAI, requesterName: requesterName)
        apply(due)
    }

    /// Sets the status and the open flag that goes with it.
    func setStatus(_ new: TicketStatus) {
        status = new.rawValue
        isOpen = new.isOpen
    }
}
