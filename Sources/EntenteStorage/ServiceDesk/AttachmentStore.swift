import EntenteCore
import Fluent
import Foundation
import SQLKit

/// Writes and reads the files attached to tickets. Adding one is one transaction: the file, its
/// history line and the audit entry land together or not at all, and the ticket's file count is
/// checked inside it so that two uploads at once cannot pass the limit together.
public struct AttachmentStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// A file the policy accepted, with who adds it and who may see it.
    public struct NewAttachment: Sendable {
        public var fileName: String
        public var mediaType: String
        public var sha256: String
        public var content: Data
        /// Nil: public; otherwise the internal audience (as for notes).
        public var audience: String?
        public var uploadedBy: String

        public init(fileName: String, mediaType: String, sha256: String, content: Data, audience: String?, uploadedBy: String) {
            self.fileName = fileName
            self.mediaType = mediaType
            self.sha256 = sha256
            self.content = content
            self.audience = audience
            self.uploadedBy = uploadedBy
        }
    }

    public enum Failure: Error, Equatable {
        case notFound
        /// The ticket already holds `max` files.
        case full(max: Int)
    }

    /// Adds a file to the ticket unless it already holds `maxFiles`; writes its history line and audit entry.
    public func add(_ new: NewAttachment, to ticketID: UUID, maxFiles: Int, at date: Date) async throws -> (attachment: TicketAttachment, event: TicketEvent) {
        try await database.transaction { database in
            // Touching the ticket first locks its row (PostgreSQL) or takes the write lock (SQLite)
            // before counting: a concurrent upload to the same ticket waits for this one.
            guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
            let touched = try await sql.update(TicketRecord.schema).set("updated_at", to: date)
                .where("id", .equal, ticketID).returning("reference").all()
            guard let reference = try touched.first?.decode(column: "reference", as: String.self) else { throw Failure.notFound }
            let count = try await TicketAttachmentRecord.query(on: database).filter(\.$ticket.$id == ticketID).count()
            guard count < maxFiles else { throw Failure.full(max: maxFiles) }
            let record = TicketAttachmentRecord(ticketID: ticketID, fileName: new.fileName, mediaType: new.mediaType,
                                                size: new.content.count, sha256: new.sha256, uploadedBy: new.uploadedBy,
                                                uploadedAt: date, audience: new.audience, content: new.content)
            try await record.create(on: database)
            let event = TicketEventRecord(ticketID: ticketID, at: date, actor: new.uploadedBy, fact: .attachment(
                fileName: new.fileName, mediaType: new.mediaType, size: new.content.count, audience: new.audience))
            try await event.create(on: database)
            try await AuditRecord(at: date, actor: new.uploadedBy,
                                  action: .attachmentAdded(internal: new.audience != nil), subject: reference,
                                  after: "\(new.fileName) \(new.mediaType) \(new.content.count) B sha256:\(new.sha256)")
                .create(on: database)
            return (try record.attachment(), try event.event())
        }
    }

    /// The ticket's files, oldest first, without their bytes.
    public func list(of ticketID: UUID) async throws -> [TicketAttachment] {
        try await TicketAttachmentRecord.query(on: database).filter(\.$ticket.$id == ticketID)
            .field(\.$id).field(\.$ticket.$id).field(\.$fileName).field(\.$mediaType).field(\.$size).field(\.$sha256)
            .field(\.$uploadedBy).field(\.$uploadedAt).field(\.$audience)
            .sort(\.$uploadedAt).all().map { try $0.attachment() }
    }

    public func count(of ticketID: UUID) async throws -> Int {
        try await TicketAttachmentRecord.query(on: database).filter(\.$ticket.$id == ticketID).count()
    }

    /// One file with its bytes, if it belongs to that ticket.
    public func find(_ id: UUID, of ticketID: UUID) async throws -> (attachment: TicketAttachment, content: Data)? {
        guard let record = try await TicketAttachmentRecord.query(on: database).filter(\.$id == id)
            .filter(\.$ticket.$id == ticketID).first() else { return nil }
        return (try record.attachment(), record.content)
    }
}
