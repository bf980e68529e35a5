import EntenteCore
import Fluent
import Foundation
import SQLKit

/// Reads and writes the territory's reference data: partners, establishments, conventions.
public struct TerritoryStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public struct LoadSummary: Equatable, Sendable, CustomStringConvertible {
        public var partners = 0, establishments = 0, conventions = 0
        public init() {}
        public var description: String {
            "\(partners) partners, \(establishments) establishments, \(conventions) conventions"
        }
    }

    /// Writes already validated data in one transaction, inserting or updating by key,
    /// so that loading the same data twice changes nothing.
    public func load(partners: [Partner], establishments: [Establishment], conventions: [Convention],
                     actor: String, at date: Date) async throws -> LoadSummary {
        try await database.transaction { database in
            var summary = LoadSummary()
            let existingPartners = try await PartnerRecord.query(on: database).all()
            let partnersByCode = Dictionary(existingPartners.map { ($0.id ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            for partner in partners {
                if let record = partnersByCode[partner.code] {
                    guard (try? record.partner()) != partner else { continue }
                    record.update(from: partner)
                    try await record.save(on: database)
                } else {
                    try await PartnerRecord(partner).create(on: database)
                }
                summary.partners += 1
            }
            let existingEstablishments = try await EstablishmentRecord.query(on: database).all()
            let establishmentsByUAI = Dictionary(existingEstablishments.map { ($0.id ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            for establishment in establishments {
                if let record = establishmentsByUAI[establishment.uai.value] {
                    guard (try? record.establishment()) != establishment else { continue }
                    record.update(from: establishment)
                    try await record.save(on: database)
                } else {
                    try await EstablishmentRecord(establishment).create(on: database)
                }
                summary.establishments += 1
            }
            for convention in conventions {
                if let record = try await ConventionRecord.find(convention.id, on: database) {
                    let before = record.document
                    try record.update(from: convention)
                    guard record.document != before else { continue }
                    try await record.save(on: database)
                    try await AuditRecord(at: date, actor: actor, action: .conventionUpdated, subject: convention.id,
                                          before: before, after: record.document).create(on: database)
                } else {
                    let record = try ConventionRecord(convention)
                    try await record.create(on: database)
                    try await AuditRecord(at: date, actor: actor, action: .conventionCreated, subject: convention.id,
                                          after: record.document).create(on: database)
                }
                summary.conventions += 1
            }
            return summary
        }
    }

    /// Every convention, by id.
    public func conventions() async throws -> [Convention] {
        try await ConventionRecord.query(on: database).sort(\.$id).all().map { try $0.convention() }
    }

    public func establishment(uai: String) async throws -> Establishment? {
        try await EstablishmentRecord.find(uai, on: database)?.establishment()
    }

    public func convention(id: String) async throws -> Convention? {
        try await ConventionRecord.find(id, on: database)?.convention()
    }

    public func partners() async throws -> [Partner] {
        try await PartnerRecord.query(on: database).sort(\.$name).all().map { try $0.partner() }
    }

    /// Establishments whose name, commune or UAI contains the words of the query, without case or accents.
    /// Read column by column, one JSON decoder for every row's pupil counts: pages read a territory's
    /// two thousand establishments at once (a Fluent model per row cost the indicators page 40 ms).
    public func establishments(matching query: String?, limit: Int = 200) async throws -> [Establishment] {
        guard let sql = database as? any SQLDatabase else { return [] }
        let select = sql.select().columns(EstablishmentRecord.columns).from(EstablishmentRecord.schema)
        for word in ClosestNames.folded(query ?? "").split(separator: " ") {
            select.where(SQLContains(column: SQLColumn("search_text"), text: String(word)))
        }
        let decoder = JSONDecoder()
        return try await select.orderBy("name").limit(limit).all().map { row in
            try EstablishmentRecord.establishment(
                uai: try row.decode(column: "uai", as: String.self), name: try row.decode(column: "name", as: String.self),
                kind: try row.decode(column: "kind", as: String.self), commune: try row.decode(column: "commune", as: String.self),
                departmentCode: try row.decode(column: "department_code", as: String.self),
                academy: try row.decode(column: "academy", as: String.self),
                collectivityCode: try row.decode(column: "collectivity_code", as: String?.self),
                pupils: try row.decode(column: "pupils", as: String.self), isDemo: try row.decode(column: "is_demo", as: Bool.self),
                decoder: decoder)
        }
    }

    public func establishmentCount() async throws -> Int {
        try await EstablishmentRecord.query(on: database).count()
    }
}
