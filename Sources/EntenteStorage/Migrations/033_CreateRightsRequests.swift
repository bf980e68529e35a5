import Fluent
import SQLKit

/// 033: the rights requests of the persons concerned, with their routing, identity check,
/// acknowledgement, extension and answer.
struct CreateRightsRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rights_requests")
            .id()
            .field("number", .int, .required)
            .field("convention_id", .string, .required)
            .field("right", .string, .required)
            .field("requester", .string, .required)
            .field("requester_name", .string, .required)
            .field("requester_contact", .string, .required)
            .field("received_by", .string, .required)
            .field("received_on", .string, .required)
            .field("handler_code", .string, .required)
            .field("contributor_codes", .string, .required)
            .field("identity", .string, .required)
            .field("identity_note", .string)
            .field("acknowledged_on", .string)
            .field("extended_on", .string)
            .field("extension_reason", .string)
            .field("answered_on", .string)
            .field("answer", .string)
            .field("recorded_by", .string, .required)
            .unique(on: "number")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await TableIndex("rights_requests_convention", on: "rights_requests", ["convention_id", "received_on"]).create(on: sql)
        try await TableIndex("rights_requests_requester", on: "rights_requests", ["requester_name"]).create(on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rights_requests").delete()
    }
}
