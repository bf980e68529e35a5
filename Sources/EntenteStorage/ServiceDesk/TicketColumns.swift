import EntenteCore
import Fluent
import Foundation
import SQLKit

/// A row of `tickets` as stored, read straight from SQL, and the one place its raw values become a
/// typed `Ticket`. Lists read their rows through it rather than through Fluent's model, whose
/// per-field key lookups were a fifth of a queue page's time (perf, docs/PERFORMANCE.md).
struct TicketColumns {
    var id: UUID
    var reference: String
    var convention_id: String
    var establishment_uai: String
    var requester_name: String
    var requester_email: String?
    var filed_by: String
    var kind: String
    var component_id: String
    var component_name: String
    var nature: String
    var activity: String
    var funding: String?
    var zone: String?
    var asset_reference: String?
    var impacts_whole_establishment: Bool
    var criticality: String
    var title: String
    var description: String
    var status: String
    var party_code: String
    var partner_code: String?
    var team_code: String?
    var informed_codes: String
    var routing_reason: String
    var opened_at: Date
    var updated_at: Date
    var resolved_at: Date?
    var picked_up_at: Date?
    var pickup_outcome: String?
    var restoration_outcome: String?
    var pickup_due_at: Date?
    var restoration_due_at: Date?
    var sla_due_at: Date?
    var sla_warn_at: Date?
    var version: Int

    /// What a select names, in order.
    static let names = ["id", "reference", "convention_id", "establishment_uai", "requester_name", "requester_email",
                        "filed_by", "kind", "component_id", "component_name", "nature", "activity", "funding", "zone",
                        "asset_reference", "impacts_whole_establishment", "criticality", "title", "description", "status",
                        "party_code", "partner_code", "team_code", "informed_codes", "routing_reason", "opened_at",
                        "updated_at", "resolved_at", "picked_up_at", "pickup_outcome", "restoration_outcome",
                        "pickup_due_at", "restoration_due_at", "sla_due_at", "sla_warn_at", "version"]

    static func read(_ row: any SQLRow) throws -> Ticket {
        try TicketColumns(row).ticket()
    }

    /// The ticket as the core knows it; a value no case knows is an error naming its column.
    func ticket() throws -> Ticket {
        func typed<Value: RawRepresentable>(_ raw: String, _ column: String) throws -> Value where Value.RawValue == String {
            try StoredValueError.decode(raw, table: TicketRecord.schema, column: column)
        }
        func typed<Value: RawRepresentable>(_ raw: String?, _ column: String) throws -> Value? where Value.RawValue == String {
            try StoredValueError.decode(raw, table: TicketRecord.schema, column: column)
        }
        return Ticket(
            id: id, reference: reference, conventionID: convention_id, establishmentUAI: establishment_uai,
            requesterName: requester_name, requesterEmail: requester_email, filedBy: filed_by, kind: try typed(kind, "kind"),
            componentID: component_id, componentName: component_name, nature: try typed(nature, "nature"),
            activity: try typed(activity, "activity"),
            context: ResponsibilityContext(funding: try typed(funding, "funding"), zone: try typed(zone, "zone")),
            assetReference: asset_reference, impactsWholeEstablishment: impacts_whole_establishment,
            criticality: try typed(criticality, "criticality"), title: title, description: description,
            status: try typed(status, "status"), partyCode: party_code, partnerCode: partner_code, teamCode: team_code,
            informedCodes: informed_codes.split(separator: " ").map(String.init), routingReason: routing_reason,
            openedAt: Instant(opened_at), updatedAt: Instant(updated_at), resolvedAt: resolved_at.map(Instant.init),
            pickedUpAt: picked_up_at.map(Instant.init), pickupOutcome: try typed(pickup_outcome, "pickup_outcome"),
            restorationOutcome: try typed(restoration_outcome, "restoration_outcome"),
            serviceLevelDueAt: sla_due_at.map(Instant.init), serviceLevelWarningAt: sla_warn_at.map(Instant.init),
            pickupDueAt: pickup_due_at.map(Instant.init), restorationDueAt: restoration_due_at.map(Instant.init),
            version: version)
    }
}

extension TicketColumns {
    /// One column at a time: a `Decodable` reading through `SQLRowDecoder` cost as much again.
    init(_ row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        reference = try row.decode(column: "reference", as: String.self)
        convention_id = try row.decode(column: "convention_id", as: String.self)
        establishment_uai = try row.decode(column: "establishment_uai", as: String.self)
        requester_name = try row.decode(column: "requester_name", as: String.self)
        requester_email = try row.decode(column: "requester_email", as: String?.self)
        filed_by = try row.decode(column: "filed_by", as: String.self)
        kind = try row.decode(column: "kind", as: String.self)
        component_id = try row.decode(column: "component_id", as: String.self)
        component_name = try row.decode(column: "component_name", as: String.self)
        nature = try row.decode(column: "nature", as: String.self)
        activity = try row.decode(column: "activity", as: String.self)
        funding = try row.decode(column: "funding", as: String?.self)
        zone = try row.decode(column: "zone", as: String?.self)
        asset_reference = try row.decode(column: "asset_reference", as: String?.self)
        impacts_whole_establishment = try row.decode(column: "impacts_whole_establishment", as: Bool.self)
        criticality = try row.decode(column: "criticality", as: String.self)
        title = try row.decode(column: "title", as: String.self)
        description = try row.decode(column: "description", as: String.self)
        status = try row.decode(column: "status", as: String.self)
        party_code = try row.decode(column: "party_code", as: String.self)
        partner_code = try row.decode(column: "partner_code", as: String?.self)
        team_code = try row.decode(column: "team_code", as: String?.self)
        informed_codes = try row.decode(column: "informed_codes", as: String.self)
        routing_reason = try row.decode(column: "routing_reason", as: String.self)
        opened_at = try row.decode(column: "opened_at", as: Date.self)
        updated_at = try row.decode(column: "updated_at", as: Date.self)
        resolved_at = try row.decode(column: "resolved_at", as: Date?.self)
        picked_up_at = try row.decode(column: "picked_up_at", as: Date?.self)
        pickup_outcome = try row.decode(column: "pickup_outcome", as: String?.self)
        restoration_outcome = try row.decode(column: "restoration_outcome", as: String?.self)
        pickup_due_at = try row.decode(column: "pickup_due_at", as: Date?.self)
        restoration_due_at = try row.decode(column: "restoration_due_at", as: Date?.self)
        sla_due_at = try row.decode(column: "sla_due_at", as: Date?.self)
        sla_warn_at = try row.decode(column: "sla_warn_at", as: Date?.self)
        version = try row.decode(column: "version", as: Int.self)
    }
}

extension TicketRecord {
    /// The ticket as the core knows it, through the same typed reading as rows read straight from SQL.
    func ticket() throws -> Ticket {
        try TicketColumns(
            id: try requireID(), reference: reference, convention_id: conventionID, establishment_uai: establishmentUAI,
            requester_name: requesterName, requester_email: requesterEmail, filed_by: filedBy, kind: kind,
            component_id: componentID, component_name: componentName, nature: nature, activity: activity, funding: funding,
            zone: zone, asset_reference: assetReference, impacts_whole_establishment: impactsWholeEstablishment,
            criticality: criticality, title: title, description: description, status: status, party_code: partyCode,
            partner_code: partnerCode, team_code: teamCode, informed_codes: informedCodes, routing_reason: routingReason,
            opened_at: openedAt, updated_at: updatedAt, resolved_at: resolvedAt, picked_up_at: pickedUpAt,
            pickup_outcome: pickupOutcome, restoration_outcome: restorationOutcome, pickup_due_at: pickupDueAt,
            restoration_due_at: restorationDueAt, sla_due_at: slaDueAt, sla_warn_at: slaWarnAt, version: version).ticket()
    }
}
