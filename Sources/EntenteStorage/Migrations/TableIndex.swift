import SQLKit

/// An index a migration creates or drops. `CREATE INDEX` reads the same in SQLite and PostgreSQL,
/// so one statement serves both.
struct TableIndex: Sendable {
    let name: String
    let table: String
    let columns: [String]

    init(_ name: String, on table: String, _ columns: [String]) {
        self.name = name
        self.table = table
        self.columns = columns
    }

    /// Most indexes are the tickets table's.
    static func tickets(_ name: String, _ columns: [String]) -> TableIndex {
        TableIndex(name, on: TicketRecord.schema, columns)
    }

    /// The same index without its last columns (what a later migration extended).
    func dropping(lastColumns count: Int) -> TableIndex {
        TableIndex(name, on: table, Array(columns.dropLast(count)))
    }

    func create(on sql: any SQLDatabase) async throws {
        let builder = sql.create(index: name).on(table)
        for column in columns { _ = builder.column(column) }
        try await builder.run()
    }

    func drop(on sql: any SQLDatabase) async throws {
        try await sql.drop(index: name).run()
    }
}
