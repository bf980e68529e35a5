import Fluent

/// 039: the partners an avenant lets join (an adhesion) or leave (a withdrawal), as JSON; none when null.
struct AddAvenantPartners: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema("avenants").field("joining", .string).update()
        try await database.schema("avenants").field("leaving", .string).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["leaving", "joining"] {
            try await database.schema("avenants").deleteField(.string(field)).update()
        }
    }
}
