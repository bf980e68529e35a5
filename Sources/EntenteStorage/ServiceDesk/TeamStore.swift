import EntenteCore
import Fluent
import Foundation

/// Mirrors the teams of `teams.yaml` in `teams`. The routing rules stay in the file (and in memory):
/// each ticket's routing reason keeps the rule that placed it.
public struct TeamStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Inserts, updates and removes by code in one transaction, auditing each change, so that
    /// loading the same file twice writes nothing. Tickets keep the code of a removed team.
    @discardableResult
    public func load(_ directories: [TeamDirectory], actor: String, at date: Date) async throws -> Int {
        try await database.transaction { database in
            var existing = Dictionary(try await TeamRecord.query(on: database).all().map { ($0.id ?? "", $0) },
                                      uniquingKeysWith: { first, _ in first })
            var changes = 0
            for directory in directories {
                for (position, team) in directory.teams.enumerated() {
                    if let record = existing.removeValue(forKey: team.code) {
                        let before = Self.summary(try record.team(), record.conventionID, record.position)
                        guard before != Self.summary(team, directory.conventionID, position) else { continue }
                        record.update(from: team, conventionID: directory.conventionID, position: position)
                        try await record.save(on: database)
                        try await AuditRecord(at: date, actor: actor, action: .teamUpdated, subject: team.code, before: before,
                                              after: Self.summary(team, directory.conventionID, position)).create(on: database)
                    } else {
                        try await TeamRecord(team, conventionID: directory.conventionID, position: position).create(on: database)
                        try await AuditRecord(at: date, actor: actor, action: .teamCreated, subject: team.code,
                                              after: Self.summary(team, directory.conventionID, position)).create(on: database)
                    }
                    changes += 1
                }
            }
            for (code, record) in existing {
                try await record.delete(on: database)
                try await AuditRecord(at: date, actor: actor, action: .teamDeleted, subject: code,
                                      before: Self.summary(try record.team(), record.conventionID, record.position)).create(on: database)
                changes += 1
            }
            return changes
        }
    }

    private static func summary(_ team: Team, _ conventionID: String, _ position: Int) -> String {
        "\(conventionID) \(team.partyCode) #\(position) \(team.label)\(team.isDefault ? " (défaut)" : "")"
    }

    /// Every team, in each convention's file order.
    public func teams() async throws -> [Team] {
        try await TeamRecord.query(on: database).sort(\.$conventionID).sort(\.$position).all().map { try $0.team() }
    }
}
