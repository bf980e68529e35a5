import EntenteCore
import Fluent
import Foundation

/// A row of `security_incidents`. Internal: the store hands out `SecurityIncident`.
final class SecurityIncidentRecord: Model, @unchecked Sendable {
    static let schema = "security_incidents"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: Int
    @Field(key: "convention_id") var conventionID: String
    @OptionalField(key: "establishment_uai") var establishmentUAI: String?
    @Field(key: "reported_by") var reportedBy: String
    @Field(key: "reported_at") var reportedAt: Date
    @OptionalField(key: "zone") var zone: String?
    @OptionalField(key: "component_id") var componentID: String?
    @OptionalField(key: "asset_reference") var assetReference: String?
    @Field(key: "summary") var summary: String
    @Field(key: "chain_id") var chainID: String
    @Field(key: "handler_code") var handlerCode: String
    @Field(key: "informed_codes") var informedCodes: String
    @OptionalField(key: "category") var category: String?
    @OptionalField(key: "severity") var severity: String?
    @OptionalField(key: "qualified_at") var qualifiedAt: Date?
    @OptionalField(key: "head_informed_at") var headInformedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "lessons") var lessons: String?
    @OptionalField(key: "breach_id") var breachID: UUID?

    init() {}

    init(_ incident: SecurityIncident) {
        id = incident.id
        number = incident.number
        conventionID = incident.conventionID
        reportedBy = incident.reportedBy
        reportedAt = incident.reportedAt.date
        update(from: incident)
    }

    func update(from incident: SecurityIncident) {
        establishmentUAI = incident.establishmentUAI
        zone = incident.zone?.rawValue
        componentID = incident.componentID
        assetReference = incident.assetReference
        summary = incident.summary
        chainID = incident.route.chainID
        handlerCode = incident.route.handlerCode
        informedCodes = incident.route.informedCodes.joined(separator: " ")
        category = incident.category?.rawValue
        severity = incident.severity?.rawValue
        qualifiedAt = incident.qualifiedAt?.date
        headInformedAt = incident.headInformedAt?.date
        closedAt = incident.closedAt?.date
        lessons = incident.lessons
        breachID = incident.breachID
    }

    func incident() throws -> SecurityIncident {
        SecurityIncident(
            id: try requireID(), number: number, conventionID: conventionID, establishmentUAI: establishmentUAI,
            reportedBy: reportedBy, reportedAt: Instant(reportedAt),
            zone: try StoredValueError.decode(zone, table: Self.schema, column: "zone"), componentID: componentID,
            assetReference: assetReference, summary: summary,
            route: .init(chainID: chainID, handlerCode: handlerCode, informedCodes: informedCodes.split(separator: " ").map(String.init)),
            category: try StoredValueError.decode(category, table: Self.schema, column: "category"),
            severity: try StoredValueError.decode(severity, table: Self.schema, column: "severity"),
            qualifiedAt: qualifiedAt.map(Instant.init), headInformedAt: headInformedAt.map(Instant.init),
            closedAt: closedAt.map(Instant.init), lessons: lessons, breachID: breachID)
    }
}

/// A row of `incident_entries`: a line of an incident's timeline.
final class IncidentEntryRecord: Model, @unchecked Sendable {
    static let schema = "incident_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "incident_id") var incidentID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "at") var at: Date
    @Field(key: "author") var author: String
    @Field(key: "text") var text: String
    @OptionalField(key: "party") var party: String?
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "completed_at") var completedAt: Date?

    init() {}

    init(_ entry: IncidentEntry) {
        id = entry.id
        incidentID = entry.incidentID
        kind = entry.kind.rawValue
        at = entry.at.date
        author = entry.author
        text = entry.text
        party = entry.party
        dueOn = entry.dueOn?.description
        completedAt = entry.completedAt?.date
    }

    func entry() throws -> IncidentEntry {
        IncidentEntry(id: try requireID(), incidentID: incidentID,
                      kind: try StoredValueError.decode(kind, table: Self.schema, column: "kind"), at: Instant(at), author: author,
                      text: text, party: party, dueOn: try StoredValueError.day(dueOn, table: Self.schema, column: "due_on"),
                      completedAt: completedAt.map(Instant.init))
    }
}
