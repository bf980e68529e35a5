import EntenteCore
import Fluent
import FluentSQL
import Foundation
import SQLKit

/// The equipment inventory: assets and their history. Hands out `Asset` and `AssetEvent`.
public struct AssetStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public enum Failure: Error, Equatable {
        case notFound
        /// The asset changed since it was read: its version is now `current`.
        case stale(current: Int)
        case transitionRefused(from: String, to: String)
        /// Inventory numbers other assets already have.
        case inventoryNumbersTaken([String])
    }

    /// What an applied import wrote, establishment by establishment.
    public struct Applied: Hashable, Sendable {
        public struct Counts: Hashable, Sendable {
            public var created = 0, updated = 0
        }

        public var byEstablishment: [UAI: Counts]

        public init(byEstablishment: [UAI: Counts] = [:]) {
            self.byEstablishment = byEstablishment
        }

        public var created: Int { byEstablishment.values.reduce(0) { $0 + $1.created } }
        public var updated: Int { byEstablishment.values.reduce(0) { $0 + $1.updated } }

        /// What two writes wrote together (an import written slice by slice).
        public static func + (lhs: Applied, rhs: Applied) -> Applied {
            Applied(byEstablishment: lhs.byEstablishment.merging(rhs.byEstablishment) {
                Counts(created: $0.created + $1.created, updated: $0.updated + $1.updated)
            })
        }
    }

    /// Rows per insert: 20 columns each stays far below SQLite's 32,766 bound parameters.
    static let batchSize = 500

    // MARK: Import

    /// The stored assets the rows may speak of: those whose id, inventory number or serial appears
    /// in them, whatever the matching key (uniqueness is checked on both numbers).
    public func assets(speakingOf rows: [AssetImportRow]) async throws -> [Asset] {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        func collect(_ field: AssetField) -> [String] { Array(Set(rows.compactMap { $0[field] })) }
        let ids = collect(.id).compactMap(UUID.init(uuidString:))
        let numbers = collect(.inventoryNumber), serials = collect(.serialNumber)
        var found: [UUID: Asset] = [:]
        // Column by column, so that each query is answered by its unique index (an OR of the two is a
        // table scan on SQLite); a value already met on a found asset is not looked up again.
        func look(_ column: String, _ values: [any Encodable & Sendable]) async throws {
            for start in stride(from: 0, to: values.count, by: Self.batchSize) {
                let slice = values[start..<min(start + Self.batchSize, values.count)].map { SQLBind($0) }
                for row in try await sql.select().columns(AssetRow.columns).from(AssetRow.table)
                    .where(SQLColumn(column), .in, SQLGroupExpression(slice)).all() {
                    let asset = try AssetRow.read(row)
                    found[asset.id] = asset
                }
            }
        }
        try await look("inventory_number", numbers)
        let knownSerials = Set(found.values.compactMap(\.details.serialNumber))
        try await look("serial_number", serials.filter { !knownSerials.contains($0) })
        try await look("id", ids.filter { found[$0] == nil })
        return Array(found.values)
    }

    /// Writes the plan's creations and updates, with their history lines, in one transaction: an
    /// asset changed by someone else since the plan was made fails it all (`stale`), nothing written.
    /// The caller then `record`s what it wrote, once per transaction however many plans it applies.
    @discardableResult
    public func apply(_ plan: AssetImportPlan, importID: UUID, actor: String, at now: Instant) async throws -> Applied {
        try await database.transaction { database in
            var created: [AssetRow] = [], events: [AssetEventRecord] = [], applied = Applied()
            for step in plan.writes {
                switch step.action {
                case .create(let details, let status):
                    created.append(AssetRow(Asset(id: UUID(), details: details, status: status, statusSince: now, version: 1)))
                    applied.byEstablishment[details.establishment, default: Applied.Counts()].created += 1
                case .update(let stored, let details, let status, let changed):
                    guard let record = try await AssetRecord.find(stored.id, on: database) else { throw Failure.notFound }
                    guard record.version == stored.version else { throw Failure.stale(current: record.version) }
                    var asset = stored
                    asset.details = details
                    asset.version += 1
                    if status != stored.status {
                        asset.status = status
                        asset.statusSince = now
                        events.append(AssetEventRecord(AssetEvent(assetID: asset.id, at: now, actor: actor,
                                                                  fact: .statusChanged(from: stored.status, to: status, note: nil))))
                    }
                    let fields = changed.filter { $0 != .status }
                    if !fields.isEmpty {
                        events.append(AssetEventRecord(AssetEvent(assetID: asset.id, at: now, actor: actor,
                                                                  fact: .updated(fields: fields, importID: importID))))
                    }
                    record.update(from: asset)
                    try await record.save(on: database)
                    applied.byEstablishment[stored.details.establishment, default: Applied.Counts()].updated += 1
                case .unchanged:
                    continue
                }
            }
            try await Self.insert(created, importID: importID, actor: actor, at: now, on: database)
            for batch in events.chunked(Self.batchSize) { try await batch.create(on: database) }
            return applied
        }
    }

    /// Records what an import wrote, in the transaction that wrote it: an audit entry per establishment, and
    /// their figures marked out of date — once, not once per slice (a slice of a territory's file touches
    /// its two thousand establishments).
    public func record(_ applied: Applied, importID: UUID, actor: String, at now: Instant) async throws {
        try await Self.changed(applied.byEstablishment.keys.map(\.value), on: database)
        try await applied.byEstablishment.sorted { $0.key < $1.key }.map { uai, counts in
            AuditRecord(at: now.date, actor: actor, action: .inventoryImported, subject: uai.value,
                        after: "import=\(importID.uuidString.lowercased()) created=\(counts.created) updated=\(counts.updated)")
        }.create(on: database)
    }

    /// Writes new assets as they are, without an import's checks: the benchmark's seeding.
    public func insert(_ assets: [Asset], actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            try await Self.insert(assets.map(AssetRow.init), importID: nil, actor: actor, at: now, on: database)
            try await Self.changed(assets.map(\.details.establishment.value), on: database)
        }
    }

    /// New assets and their `created` history lines, a few hundred rows per INSERT statement.
    static func insert(_ rows: [AssetRow], importID: UUID?, actor: String, at now: Instant, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, !rows.isEmpty else { return }
        for batch in rows.chunked(Self.batchSize) {
            let assets = sql.insert(into: AssetRow.table).columns(AssetRow.columns)
            for row in batch { assets.values(row.values.map { SQLBind($0) }) }
            try await assets.run()
            let events = sql.insert(into: AssetEventRecord.schema).columns("id", "asset_id", "at", "actor", "kind", "status_to", "import_id")
            for row in batch {
                events.values([SQLBind(UUID()), SQLBind(row.id), SQLBind(now.date), SQLBind(actor),
                               SQLBind(AssetEventRecord.Kind.created.rawValue), SQLBind(row.status), SQLBind(importID)])
            }
            try await events.run()
        }
    }

    /// Marks the figures of these establishments out of date (`AssetSummary`), in the transaction that changes
    /// their devices: every write to `assets` is followed by it.
    static func changed(_ establishments: some Collection<String>, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        try await AssetSummary.invalidate(establishments, on: sql)
    }

    // MARK: Reading

    public func asset(_ id: UUID) async throws -> Asset? {
        try await AssetRecord.find(id, on: database)?.asset()
    }

    /// The establishment's asset whose inventory number or serial is `reference` (a ticket's "asset
    /// reference", typed or carried by the asset's intake link).
    public func asset(reference: String, in establishment: UAI) async throws -> Asset? {
        try await AssetRecord.query(on: database).filter(\.$establishmentUAI == establishment.value)
            .group(.or) { $0.filter(\.$inventoryNumber == reference).filter(\.$serialNumber == reference) }
            .first()?.asset()
    }

    /// The asset's history, oldest first.
    public func history(of id: UUID) async throws -> [AssetEvent] {
        try await AssetEventRecord.query(on: database).filter(\.$assetID == id).sort(\.$at).all().map { try $0.event() }
    }

    /// A page of the assets `filter` keeps, by establishment then inventory number, and how many it keeps in all.
    /// How far a list counts, and pages, its matching devices: past it, the page says "more than" and asks for a
    /// narrower filter, instead of reading a territory's half-million rows to print their number or to skip to
    /// page 5,000 (as search engines stop at their first thousand results).
    public static let listCountLimit = 2_000

    /// A page of the devices `filter` selects, and how many match — counted up to `countLimit`, one more meaning
    /// "more than that" (nil counts them all).
    public func list(_ filter: AssetFilter, offset: Int = 0, limit: Int = 50,
                     countLimit: Int? = AssetStore.listCountLimit) async throws -> (assets: [Asset], total: Int) {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        let total: Int
        if let countLimit {
            let matching = Self.narrow(sql.select().column(SQLLiteral.numeric("1"), as: "one").from(AssetRow.table), by: filter)
                .limit(countLimit + 1)
            total = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(SQLAlias(SQLGroupExpression(matching.select), as: SQLIdentifier("matching"))).first()?
                .decode(column: "n", as: Int.self) ?? 0
        } else {
            let count = Self.narrow(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(AssetRow.table), by: filter)
            total = try await count.first()?.decode(column: "n", as: Int.self) ?? 0
        }
        let rows = try await Self.narrow(sql.select().columns(AssetRow.columns).from(AssetRow.table), by: filter)
            .orderBy("establishment_uai").orderBy("inventory_number").offset(max(offset, 0)).limit(max(limit, 0)).all()
        return (try rows.map(AssetRow.read), total)
    }

    /// The conditions of `filter` on a select of `assets`.
    static func narrow(_ select: SQLSelectBuilder, by filter: AssetFilter) -> SQLSelectBuilder {
        if let establishments = filter.establishments {
            if establishments.isEmpty {
                select.where(SQLLiteral.boolean(false))
            } else if select.database.dialect.name == "postgresql" {
                // One array parameter rather than a territory's 2,000: less to send, bind and parse on each call.
                select.where(SQLColumn("establishment_uai"), .equal, SQLFunction("ANY", args: SQLBind(establishments.map(\.value))))
            } else {
                select.where("establishment_uai", .in, establishments.map(\.value))
            }
        }
        if let establishment = filter.establishment { select.where("establishment_uai", .equal, establishment.value) }
        if let status = filter.status { select.where("status", .equal, status) }
        if let zone = filter.zone { select.where("zone", .equal, zone.rawValue) }
        if let component = filter.componentID { select.where("component_id", .equal, component) }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces).lowercased(), !text.isEmpty {
            select.where { group in
                for column in ["inventory_number", "serial_number", "model", "room"] {
                    group.orWhere(SQLContains(column: SQLFunction("LOWER", args: SQLColumn(column)), text: text))
                }
                return group
            }
        }
        return select
    }

    // MARK: Changes

    /// Moves the asset to `status` if the lifecycle allows it and nobody changed it since `version`.
    public func changeStatus(of id: UUID, to status: String, from version: Int, note: String?, lifecycle: AssetLifecycle,
                             actor: String, at now: Instant) async throws -> Asset {
        try await database.transaction { database in
            guard let record = try await AssetRecord.find(id, on: database) else { throw Failure.notFound }
            guard record.version == version else { throw Failure.stale(current: record.version) }
            var asset = try record.asset()
            guard lifecycle.allows(from: asset.status, to: status) else {
                throw Failure.transitionRefused(from: asset.status, to: status)
            }
            let previous = asset.status
            let event = AssetEvent(assetID: id, at: now, actor: actor, fact: .statusChanged(from: previous, to: status, note: note))
            asset.status = status
            asset.statusSince = now
            asset.version += 1
            record.update(from: asset)
            try await record.save(on: database)
            try await Self.changed([asset.details.establishment.value], on: database)
            try await AssetEventRecord(event).create(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .assetStatusChanged, subject: asset.details.establishment.value,
                                  before: "\(asset.details.inventoryNumber) \(previous)",
                                  after: "\(asset.details.inventoryNumber) \(status)").create(on: database)
            return asset
        }
    }
}

extension Array {
    /// The elements in runs of at most `size`.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
