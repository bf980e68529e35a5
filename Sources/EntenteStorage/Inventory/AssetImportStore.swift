import EntenteCore
import Fluent
import Foundation

/// Uploaded import files, kept from the dry run to the confirmation, each visible to its uploader only.
public struct AssetImportStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// An upload and the choices made on it.
    public struct Upload: Sendable {
        public var id: UUID
        public var accountID: UUID
        public var fileName: String
        public var content: Data
        public var matchKey: AssetMatchKey
        public var onlyValidRows: Bool
        /// Header → the field chosen, or nil to leave the column aside; headers absent are recognised.
        public var overrides: [String: AssetField?]
        public var createdAt: Instant
        /// Set once applied: it cannot be applied twice.
        public var applied: (at: Instant, created: Int, updated: Int)?
        /// An import applied in the background, while and after it runs.
        public var job: Job?
    }

    /// The progress of an import applied in the background.
    public struct Job: Sendable {
        public enum State: String, Sendable {
            case running, done, failed
            /// The server stopped while it ran: the batches committed stay, the rest was not written.
            case interrupted
        }

        public var state: State
        public var total: Int
        /// Rows written, in whole committed batches.
        public var done: Int
        public var message: String?
    }

    public func save(fileName: String, content: Data, matchKey: AssetMatchKey, onlyValidRows: Bool, accountID: UUID,
                     at now: Instant) async throws -> UUID {
        let record = AssetImportRecord()
        record.id = UUID()
        record.accountID = accountID
        record.fileName = fileName
        record.content = content
        record.matchKey = matchKey.rawValue
        record.onlyValid = onlyValidRows
        record.mapping = "{}"
        record.createdAt = now.date
        try await record.create(on: database)
        return try record.requireID()
    }

    /// The upload, if it is `accountID`'s.
    public func upload(_ id: UUID, of accountID: UUID) async throws -> Upload? {
        guard let record = try await AssetImportRecord.find(id, on: database), record.accountID == accountID else { return nil }
        let matchKey: AssetMatchKey = try StoredValueError.decode(record.matchKey, table: AssetImportRecord.schema, column: "match_key")
        guard let names = try? JSONDecoder().decode([String: String?].self, from: Data(record.mapping.utf8)) else {
            throw StoredValueError(table: AssetImportRecord.schema, column: "mapping", value: record.mapping)
        }
        var overrides: [String: AssetField?] = [:]
        for (header, name) in names {
            overrides[header] = .some(try name.map { try StoredValueError.decode($0, table: AssetImportRecord.schema, column: "mapping") })
        }
        let applied = record.appliedAt.map { (Instant($0), record.createdCount ?? 0, record.updatedCount ?? 0) }
        let job = try record.jobState.map { state in
            Job(state: try StoredValueError.decode(state, table: AssetImportRecord.schema, column: "job_state"),
                total: record.jobTotal ?? 0, done: record.jobDone ?? 0, message: record.jobMessage)
        }
        return Upload(id: id, accountID: record.accountID, fileName: record.fileName, content: record.content, matchKey: matchKey,
                      onlyValidRows: record.onlyValid, overrides: overrides, createdAt: Instant(record.createdAt), applied: applied,
                      job: job)
    }

    /// Keeps the user's choices for the next dry run.
    public func choose(_ id: UUID, matchKey: AssetMatchKey, onlyValidRows: Bool, overrides: [String: AssetField?]) async throws {
        guard let record = try await AssetImportRecord.find(id, on: database) else { return }
        record.matchKey = matchKey.rawValue
        record.onlyValid = onlyValidRows
        record.mapping = String(decoding: try JSONEncoder().encode(overrides.mapValues { $0?.rawValue }), as: UTF8.self)
        try await record.save(on: database)
    }

    /// Marks the upload applied, once: false when it already was (a second click, another tab).
    public func markApplied(_ id: UUID, created: Int, updated: Int, at now: Instant) async throws -> Bool {
        guard let record = try await AssetImportRecord.find(id, on: database), record.appliedAt == nil else { return false }
        record.appliedAt = now.date
        record.createdCount = created
        record.updatedCount = updated
        try await record.save(on: database)
        return true
    }

    /// Claims the upload for a background run of `total` rows, once: false when it already runs or ran.
    public func startJob(_ id: UUID, total: Int) async throws -> Bool {
        guard let record = try await AssetImportRecord.find(id, on: database), record.appliedAt == nil, record.jobState == nil
        else { return false }
        record.jobState = Job.State.running.rawValue
        record.jobTotal = total
        record.jobDone = 0
        try await record.save(on: database)
        return true
    }

    /// Counts `rows` more as committed; called inside the batch's own transaction, so that the
    /// count and the rows are written together.
    public func advanceJob(_ id: UUID, by rows: Int) async throws {
        guard let record = try await AssetImportRecord.find(id, on: database) else { return }
        record.jobDone = (record.jobDone ?? 0) + rows
        try await record.save(on: database)
    }

    public func finishJob(_ id: UUID, created: Int, updated: Int, at now: Instant) async throws {
        guard let record = try await AssetImportRecord.find(id, on: database) else { return }
        record.jobState = Job.State.done.rawValue
        record.appliedAt = now.date
        record.createdCount = created
        record.updatedCount = updated
        try await record.save(on: database)
    }

    public func failJob(_ id: UUID, message: String) async throws {
        guard let record = try await AssetImportRecord.find(id, on: database) else { return }
        record.jobState = Job.State.failed.rawValue
        record.jobMessage = String(message.prefix(500))
        try await record.save(on: database)
    }

    /// At start: the jobs a stopped server left running are interrupted, their committed batches kept.
    public func interruptRunningJobs() async throws {
        for record in try await AssetImportRecord.query(on: database).filter(\.$jobState == Job.State.running.rawValue).all() {
            record.jobState = Job.State.interrupted.rawValue
            try await record.save(on: database)
        }
    }
}
