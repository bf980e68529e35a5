import Fluent

/// 006: service desk tickets, indexed for the queues (party and status, establishment).
struct CreateTickets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TicketRecord.schema)
            .id()
            .field("reference", .string, .required)
            .field("convention_id", .string, .required)
            .field("establishment_uai", .string, .required)
            .field("requester_name", .string, .required)
            .field("requester_email", .string)
            .field("filed_by", .string, .required)
            .field("kind", .string, .required)
            .field("component_id", .string, .required)
            .field("component_name", .string, .required)
            .field("nature", .string, .required)
            .field("activity", .string, .required)
            .field("funding", .string)
            .field("zone", .string)
            .field("asset_reference", .string)
            .field("impacts_whole_establishment", .bool, .required)
            .field("criticality", .string, .required)
            .field("priority_rank", .int, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("status", .string, .required)
            .field("party_code", .string, .required)
            .field("partner_code", .string)
            .field("informed_codes", .string, .required)
            .field("routing_reason", .string, .required)
            .field("opened_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("resolved_at", .datetime)
            .field("version", .int, .required)
            .unique(on: "reference")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TicketRecord.schema).delete()
    }
}
