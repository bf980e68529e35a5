import EntenteCore
import Fluent
import Foundation

/// A row of `tickets`: what was asked, where it was routed and why, where it stands.
public final class TicketRecord: Model, @unchecked Sendable {
    public static let schema = "tickets"

    @ID(key: .id) public var id: UUID?
    /// "T-2026-000042": what people quote on the phone.
    @Field(key: "reference") public var reference: String
    @Field(key: "convention_id") public var conventionID: String
    @Field(key: "establishment_uai") public var establishmentUAI: String
    @Field(key: "requester_name") public var requesterName: String
    @OptionalField(key: "requester_email") public var requesterEmail: String?
    /// Who typed it: the requester, or a level-1 agent transcribing a call.
    @Field(key: "filed_by") public var filedBy: String
    @Field(key: "kind") public var kind: String
    @Field(key: "component_id") public var componentID: String
    @Field(key: "component_name") public var componentName: String
    @Field(key: "nature") public var nature: String
    @Field(key: "activity") public var activity: String
    @OptionalField(key: "funding") public var funding: String?
    @OptionalField(key: "zone") public var zone: String?
    @OptionalField(key: "asset_reference") public var assetReference: String?
    @Field(key: "impacts_whole_establishment") public var impactsWholeEstablishment: Bool
    @Field(key: "criticality") public var criticality: String
    @Field(key: "priority_rank") public var priorityRank: Int
    @Field(key: "title") public var title: String
    @Field(key: "description") public var description: String
    @Field(key: "status") public var status: String
    /// Whether `status` is an open one, kept in a column so that queues walk an index in their order.
    @Field(key: "is_open") public var isOpen: Bool
    /// The convention's code of the responsible party ("CD") and the partner behind it ("CD35"; nil for EPLE).
    @Field(key: "party_code") public var partyCode: String
    @OptionalField(key: "partner_code") public var partnerCode: String?
    /// The party's team whose queue holds the ticket; nil when the party has no teams.
    @OptionalField(key: "team_code") public var teamCode: String?
    @Field(key: "informed_codes") public var informedCodes: String
    @Field(key: "routing_reason") public var routingReason: String
    @Field(key: "opened_at") public var openedAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    @OptionalField(key: "resolved_at") public var resolvedAt: Date?
    /// When the ticket was first taken in charge (or diagnosed, or resolved straight away).
    @OptionalField(key: "picked_up_at") public var pickedUpAt: Date?
    /// `met`, `breached` or `no-target` once the pick-up clock stopped; nil while it runs or without a commitment.
    @OptionalField(key: "pickup_outcome") public var pickupOutcome: String?
    /// The same for the restoration clock, set on resolution.
    @OptionalField(key: "restoration_outcome") public var restorationOutcome: String?
    /// The deadlines of the clocks still running, the soonest of them, the soonest instant from which
    /// one is at risk, and the watcher's next look (`AddTicketDueDates`); nil: none.
    @OptionalField(key: "pickup_due_at") public var pickupDueAt: Date?
    @OptionalField(key: "restoration_due_at") public var restorationDueAt: Date?
    @OptionalField(key: "sla_due_at") public var slaDueAt: Date?
    @OptionalField(key: "sla_warn_at") public var slaWarnAt: Date?
    @OptionalField(key: "sla_watch_at") public var slaWatchAt: Date?
    /// What the queue's search matches, folded (`TicketSearch.searchableText`).
    @Field(key: "search_text") public var searchText: String
    /// Raised by every change: an edit made on an older version is refused, not merged.
    @Field(key: "version") public var version: Int

    public init() {}

    /// Every stored property, listed instead of found by reflection: Fluent asks for them on each row it
    /// reads or writes, and reflection was a fifth of a queue page's time. `RecordPropertiesTests`
    /// checks the list against reflection.
    public var properties: [any AnyProperty] {
        [$id, $reference, $conventionID, $establishmentUAI, $requesterName, $requesterEmail, $filedBy, $kind,
         $componentID, $componentName, $nature, $activity, $funding, $zone, $assetReference,
         $impactsWholeEstablishment, $criticality, $priorityRank, $title, $description, $status, $isOpen, $partyCode,
         $partnerCode, $teamCode, $informedCodes, $routingReason, $openedAt, $updatedAt, $resolvedAt, $pickedUpAt,
         $pickupOutcome, $restorationOutcome, $pickupDueAt, $restorationDueAt, $slaDueAt, $slaWarnAt, $slaWatchAt,
         $searchText, $version]
    }

    public var ticketStatus: TicketStatus { TicketStatus(rawValue: status) ?? .new }

    /// Recomputes `searchText` from the fields it is made of.
    public func refreshSearchText() {
        searchText = TicketSearch.searchableText(reference: reference, title: title, componentName: componentName,
                                                 establishmentUAI: establishmentUAI, requesterName: requesterName)
    }

    /// Sets the status and the open flag that goes with it.
    public func setStatus(_ new: TicketStatus) {
        status = new.rawValue
        isOpen = new.isOpen
    }
    public var ticketKind: TicketKind { TicketKind(rawValue: kind) ?? .request }
    public var ticketCriticality: Criticality { Criticality(rawValue: criticality) ?? .nonCritical }
    public var workNature: WorkNature { WorkNature(rawValue: nature) ?? .question }
}
