import SQLKit

/// An index a migration creates or drops. `CREATE INDEX` reads the same in SQLite and PostgreSQL,
/// so one statement serves both.
struct TableIndex: Sendable {
    let name: String
    let table: String
    let columns: [String]
    /// Only the rows where the first column is not null: where most rows have none (a requester's address),
    /// a full index's statistics make the planner scan the table for any address.
    let skipsNulls: Bool

    init(_ name: String, on table: String, _ columns: [String], skipsNulls: Bool = false) {
        self.name = name
        self.table = table
        self.columns = columns
        self.skipsNulls = skipsNulls
    }

    /// Most indexes are the tickets table's.
    static func tickets(_ name: String, _ columns: [String], skipsNulls: Bool = false) -> TableIndex {
        TableIndex(name, on: TicketRecord.schema, columns, skipsNulls: skipsNulls)
    }

    /// The same index without its last columns (what a later migration extended).
    func dropping(lastColumns count: Int) -> TableIndex {
        TableIndex(name, on: table, Array(columns.dropLast(count)), skipsNulls: skipsNulls)
    }

    func create(on sql: any SQLDatabase) async throws {
        if skipsNulls, let first = columns.first {
            let list = SQLList(columns.map { SQLIdentifier($0) })
            try await sql.raw("CREATE INDEX \(ident: name) ON \(ident: table) (\(list)) WHERE \(ident: first) IS NOT NULL").run()
            return
        }
        let builder = sql.create(index: name).on(table)
        for column in columns { _ = builder.column(column) }
        try await builder.run()
    }

    func drop(on sql: any SQLDatabase) async throws {
        try await sql.drop(index: name).run()
    }
}
