import EntenteCore
import Foundation
import Vapor

/// A convention's register of processing activities (GDPR art. 30), all parties' or one party's
/// (`?party=ACA`: the activities it is a controller of), as a page, CSV and JSON.
enum ProcessingRegisterController {
    private static func activities(_ request: Request) throws -> (Convention, [ProcessingActivity], String?) {
        guard let id = request.parameters.get("id"), let convention = request.entente.conventions[id] else { throw Abort(.notFound) }
        let party = request.query[String.self, at: "party"].flatMap { code in convention.parties.first { $0.code == code }?.code }
        let activities = convention.processingActivities.filter { activity in
            party.map { code in activity.controllers.contains { $0.partyCode == code } } ?? true
        }
        return (convention, activities, party)
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let (convention, activities, party) = try activities(request)
        return ProcessingRegisterPage(context: PageContext(request), convention: convention, activities: activities, party: party).render()
    }

    struct Entry: Encodable {
        var id: String
        var name: String
        var purposes: [String]
        var legal_basis: String
        var controllers: [[String: String]]
        var joint: Bool
        var data_categories: [String]
        var person_categories: [String]
        var retention: String?
        var processors: [String]
        var hosting: String?
        var transfers: String?
        var source: String
    }

    private static func entries(_ activities: [ProcessingActivity]) -> [Entry] {
        activities.map { activity in
            Entry(id: activity.id, name: activity.name, purposes: activity.purposes, legal_basis: activity.legalBasis.rawValue,
                  controllers: activity.controllers.map { ["party": $0.partyCode, "duties": $0.duties ?? ""] }, joint: activity.isJoint,
                  data_categories: activity.dataCategories, person_categories: activity.personCategories, retention: activity.retention,
                  processors: activity.processors, hosting: activity.hosting, transfers: activity.transfers, source: activity.source.section)
        }
    }

    @Sendable static func json(_ request: Request) async throws -> Response {
        try APIJSON.response(entries(try activities(request).1))
    }

    @Sendable static func csv(_ request: Request) async throws -> Response {
        let (convention, activities, party) = try activities(request)
        return CSVDocument(
            header: ["id", "name", "purposes", "legal_basis", "controllers", "duties", "data_categories", "person_categories",
                     "retention", "processors", "hosting", "transfers", "source"],
            rows: activities.map { activity in
                [activity.id, activity.name, activity.purposes.joined(separator: " | "), activity.legalBasis.rawValue,
                 activity.controllers.map(\.partyCode).joined(separator: " "),
                 activity.controllers.map { "\($0.partyCode): \($0.duties ?? "")" }.joined(separator: " | "),
                 activity.dataCategories.joined(separator: ", "), activity.personCategories.joined(separator: ", "),
                 activity.retention ?? "", activity.processors.joined(separator: ", "), activity.hosting ?? "", activity.transfers ?? "",
                 activity.source.section]
            }).response(fileName: "registre-traitements-\(convention.id)\(party.map { "-" + $0.lowercased() } ?? "").csv")
    }
}
