import EntenteCore
import Fluent
import Foundation

/// Avenants and their approvals; each change with its audit entry on the convention. The approval that
/// completes an avenant writes the new version into the stored convention in the same transaction.
public struct AvenantStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Records the proposal with the convention's next avenant number (after those of its file).
    public func propose(_ avenant: Avenant, after fileVersions: Int, at now: Instant) async throws -> Avenant {
        try await database.transaction { database in
            var numbered = avenant
            let last = try await AvenantRecord.query(on: database).filter(\.$conventionID == avenant.conventionID).max(\.$number) ?? 0
            numbered.number = max(last, fileVersions) + 1
            try await AvenantRecord(numbered).create(on: database)
            try await AuditRecord(at: now.date, actor: avenant.proposedBy, action: .conventionUpdated, subject: avenant.conventionID,
                                  after: "avenant \(numbered.number) proposed: \(avenant.title)").create(on: database)
            return numbered
        }
    }

    /// Saves a step; an avenant now approved adds its version to the stored convention.
    public func save(_ avenant: Avenant, change: String, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await AvenantRecord.query(on: database).filter(\.$conventionID == avenant.conventionID)
                .filter(\.$number == avenant.number).first() else { throw GovernanceStore.Failure.notFound }
            try record.update(from: avenant)
            try await record.save(on: database)
            if let version = avenant.version, let stored = try await ConventionRecord.find(avenant.conventionID, on: database) {
                var convention = try stored.convention()
                if !convention.versions.contains(where: { $0.id == version.id }) {
                    convention.versions.append(version)
                    let before = stored.document
                    try stored.update(from: convention)
                    try await stored.save(on: database)
                    try await AuditRecord(at: now.date, actor: actor, action: .conventionUpdated, subject: avenant.conventionID,
                                          before: before, after: stored.document).create(on: database)
                }
            }
            try await AuditRecord(at: now.date, actor: actor, action: .conventionUpdated, subject: avenant.conventionID,
                                  after: "avenant \(avenant.number): \(change)").create(on: database)
        }
    }

    public func avenants(conventionID: String? = nil) async throws -> [Avenant] {
        let query = AvenantRecord.query(on: database)
        if let conventionID { query.filter(\.$conventionID == conventionID) }
        return try await query.sort(\.$number).all().map { try $0.avenant() }
    }
}

final class AvenantRecord: Model, @unchecked Sendable {
    static let schema = "avenants"

    @ID(key: .id) var id: UUID?
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "proposed_by") var proposedBy: String
    @Field(key: "proposed_at") var proposedAt: Date
    @Field(key: "changes") var changes: String
    @Field(key: "status") var status: String
    @Field(key: "approvals") var approvals: String
    @OptionalField(key: "effective") var effective: String?
    @OptionalField(key: "joining") var joining: String?
    @OptionalField(key: "leaving") var leaving: String?

    init() {}

    init(_ avenant: Avenant) throws {
        id = avenant.id
        conventionID = avenant.conventionID
        number = avenant.number
        proposedBy = avenant.proposedBy
        proposedAt = avenant.proposedAt.date
        try update(from: avenant)
    }

    func update(from avenant: Avenant) throws {
        title = avenant.title
        summary = avenant.summary
        changes = try JSONText.encode(avenant.changes)
        status = avenant.status.rawValue
        approvals = try JSONText.encode(avenant.approvals)
        effective = avenant.effective?.description
        joining = try JSONText.encode(avenant.joining)
        leaving = try JSONText.encode(avenant.leaving)
    }

    func avenant() throws -> Avenant {
        Avenant(id: id ?? UUID(), conventionID: conventionID, number: number, title: title, summary: summary, proposedBy: proposedBy,
                proposedAt: Instant(proposedAt),
                changes: try JSONText.decode([ConventionVersion.CellChange].self, changes, table: Self.schema, column: "changes"),
                joining: try joining.map { try JSONText.decode([ConventionParty].self, $0, table: Self.schema, column: "joining") } ?? [],
                leaving: try leaving.map { try JSONText.decode([String].self, $0, table: Self.schema, column: "leaving") } ?? [],
                status: try StoredValueError.decode(status, table: Self.schema, column: "status"),
                approvals: try JSONText.decode([Avenant.Approval].self, approvals, table: Self.schema, column: "approvals"),
                effective: try StoredValueError.day(effective, table: Self.schema, column: "effective"))
    }
}
