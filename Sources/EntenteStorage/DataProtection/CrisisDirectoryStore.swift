import EntenteCore
import Fluent
import Foundation

/// The crisis directories of the conventions.
public struct CrisisDirectoryStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// A convention's directory by party, function and name; every convention's when `conventionID` is nil.
    public func contacts(of conventionID: String? = nil) async throws -> [CrisisContact] {
        let query = CrisisContactRecord.query(on: database)
        if let conventionID { query.filter(\.$conventionID == conventionID) }
        return try await query.sort(\.$partyCode).sort(\.$function).sort(\.$name).all().map { try $0.contact() }
    }

    /// The entries naming `email`, in every convention.
    public func contacts(email: String) async throws -> [CrisisContact] {
        try await CrisisContactRecord.query(on: database).filter(\.$email == email.lowercased()).all().map { try $0.contact() }
    }

    /// Adds or replaces the entry (by id), with its audit entry.
    public func save(_ contact: CrisisContact, actor: String, at now: Instant) async throws {
        var lowercased = contact
        lowercased.email = contact.email.lowercased()
        let stored = lowercased
        try await database.transaction { database in
            if let record = try await CrisisContactRecord.find(stored.id, on: database) {
                record.update(from: stored)
                try await record.save(on: database)
            } else {
                try await CrisisContactRecord(stored).create(on: database)
            }
            try await AuditRecord(at: now.date, actor: actor, action: .crisisContactSaved, subject: stored.conventionID,
                                  after: "\(stored.partyCode) \(stored.function.rawValue) \(stored.id.uuidString.lowercased())")
                .create(on: database)
        }
    }

    public func contact(_ id: UUID) async throws -> CrisisContact? {
        try await CrisisContactRecord.find(id, on: database)?.contact()
    }
}
