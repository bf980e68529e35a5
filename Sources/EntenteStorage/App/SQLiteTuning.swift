import Fluent
import Logging
import SQLKit

/// Settings SQLite applies per connection, which its driver offers no hook for. Fluent's SQLite
/// driver keeps exactly one connection per event loop for the life of the application, so running
/// the statements once through each event loop's database sets every connection the server uses.
public enum SQLiteTuning {
    /// - WAL lets readers go on while one writer commits, and `synchronous = NORMAL` syncs the log at
    ///   checkpoints rather than at every commit: a power cut may lose the last commits, never consistency.
    /// - A 64 MB page cache keeps a département's tickets in memory, parsed, instead of re-reading pages
    ///   through system calls on every query (a memory map was measured slower: it parses pages again).
    /// - A writer waits up to 5 s for another instead of spinning without end.
    static let perConnection = [
        "PRAGMA synchronous = NORMAL",
        "PRAGMA cache_size = -65536",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA busy_timeout = 5000",
    ]

    /// Refreshes the statistics SQLite's planner chooses indexes by (PostgreSQL keeps its own up to date).
    /// Without them it takes any equality for selective, and reads a partner's whole history through
    /// its queue index instead of a month's tickets through their dates. A whole analysis (no
    /// `analysis_limit`: sampling the first entries of an index sorted by partner misjudges them all)
    /// takes about 0.3 s over 100,000 tickets, once at start.
    public static func refreshPlannerStatistics(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("ANALYZE").run()
    }

    /// Applies the settings when `id` is an SQLite database; does nothing on PostgreSQL.
    public static func apply(to databases: Databases, id: DatabaseID? = nil, logger: Logger) async throws {
        for eventLoop in databases.eventLoopGroup.makeIterator() {
            guard let sql = databases.database(id, logger: logger, on: eventLoop) as? any SQLDatabase,
                  sql.dialect.name == "sqlite" else { return }
            // The journal mode is stored in the file: once is enough, but repeating it is harmless.
            try await sql.raw("PRAGMA journal_mode = WAL").run()
            for statement in perConnection {
                try await sql.raw(SQLQueryString(statement)).run()
            }
        }
    }
}
