import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// The intake form's optional file: checked before anything is written, stored with the ticket in
/// one transaction, so that a ticket never lands without the file its requester sent, nor a file without its ticket.
struct IntakeAttachment: Sendable {
    var fileName: String
    var content: Data
}

extension ServiceDesk {
    /// The file as the policy accepts it, with its bytes; throws the `AttachmentRefusal` otherwise.
    func checked(_ attachment: IntakeAttachment) throws -> (accepted: AttachmentPolicy.Accepted, content: Data) {
        (try attachmentPolicy.check(fileName: attachment.fileName, content: attachment.content, existingCount: 0),
         attachment.content)
    }

    /// Writes the ticket, and its file when there is one, in one transaction (the store's own
    /// transactions join it). Without a file, the ticket store's path alone, as fast as ever.
    func create(_ new: TicketStore.NewTicket, at date: Date,
                attachment: (accepted: AttachmentPolicy.Accepted, content: Data)?) async throws -> FiledTicket {
        guard let attachment else {
            let created = try await TicketStore(database: database).create(new, at: date)
            return FiledTicket(ticket: created.ticket, history: created.history, attachments: [])
        }
        let policy = attachmentPolicy
        let uploader = user.email
        return try await database.transaction { database in
            let created = try await TicketStore(database: database).create(new, at: date)
            let file = try await AttachmentStore(database: database).add(
                AttachmentStore.NewAttachment(fileName: attachment.accepted.fileName, mediaType: attachment.accepted.mediaType,
                                              sha256: SHA256.hash(data: attachment.content).hex, content: attachment.content,
                                              audience: nil, uploadedBy: uploader),
                to: created.ticket.id, maxFiles: policy.maxFilesPerTicket, at: date)
            return FiledTicket(ticket: created.ticket, history: created.history + [file.event], attachments: [file.attachment])
        }
    }
}

/// A ticket just filed, with all it holds: whoever answers need not read it back.
struct FiledTicket: Sendable {
    var ticket: Ticket
    var history: [TicketEvent]
    var attachments: [TicketAttachment]
}
