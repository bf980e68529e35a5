import Fluent
import SQLKit

/// 012: the teams of the conventions' parties, the team holding each ticket and the team an agent
/// works in. Both new columns stay empty for a party without teams (and for tickets filed before).
struct CreateTeams: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TeamRecord.schema)
            .field("code", .string, .identifier(auto: false))
            .field("convention_id", .string, .required)
            .field("party_code", .string, .required)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("is_default", .bool, .required)
            .field("position", .int, .required)
            .create()
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(TicketRecord.schema).field("team_code", .string).update()
        try await database.schema(UserRecord.schema).field("team_code", .string).update()
        // A team's queue, read like a party's.
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "tickets_team_queue").on(TicketRecord.schema)
            .column("team_code").column("status").column("priority_rank").column("opened_at").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "tickets_team_queue").run() }
        try await database.schema(UserRecord.schema).deleteField("team_code").update()
        try await database.schema(TicketRecord.schema).deleteField("team_code").update()
        try await database.schema(TeamRecord.schema).delete()
    }
}
