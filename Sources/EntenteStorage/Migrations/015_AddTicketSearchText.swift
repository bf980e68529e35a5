import EntenteCore
import Fluent
import FluentSQL
import Foundation
import SQLKit

/// 015: each ticket's searchable text, folded (`TicketSearch`), added at the end of the partner and
/// territory queue indexes of 014: a search walks the queue in its order testing the index entries,
/// reads only the rows it shows, and counts its matches from the index alone.
struct AddTicketSearchText: AsyncMigration {
    static let indexes: [TableIndex] = [
        .tickets("tickets_partner_open_queue", ["partner_code", "is_open", "priority_rank", "opened_at", "search_text"]),
        .tickets("tickets_convention_open_queue", ["convention_id", "is_open", "priority_rank", "opened_at", "search_text"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(TicketRecord.schema).field("search_text", .string, .required, .sql(.default(""))).update()
        // Columns named one by one: the model may hold columns that later migrations add.
        let sources = ["id", "reference", "title", "component_name", "establishment_uai", "requester_name"]
        for row in try await sql.select().columns(sources.map { SQLIdentifier($0) }).from(TicketRecord.schema).all() {
            func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
            let searchText = TicketSearch.searchableText(
                reference: try text("reference"), title: try text("title"), componentName: try text("component_name"),
                establishmentUAI: try text("establishment_uai"), requesterName: try text("requester_name"))
            try await sql.update(TicketRecord.schema).set("search_text", to: searchText)
                .where("id", .equal, try row.decode(column: "id", as: UUID.self)).run()
        }
        for index in Self.indexes {
            try await index.drop(on: sql)
            try await index.create(on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await index.drop(on: sql)
            try await index.dropping(lastColumns: 1).create(on: sql)
        }
        try await database.schema(TicketRecord.schema).deleteField("search_text").update()
    }
}
