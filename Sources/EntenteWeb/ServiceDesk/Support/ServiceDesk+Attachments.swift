import EntenteCore
import EntenteStorage
import Fluent
import FluentKit
import Vapor

/// The desk's attachment operations, shared by the ticket page and the API.
extension ServiceDesk {
    var attachmentPolicy: AttachmentPolicy { environment.settings.attachmentPolicy }

    /// Checks the file against the policy and the user's rights, then stores it with its history line.
    /// Throws `Refusal.forbidden` or an `AttachmentRefusal`; nothing is written then.
    func attach(fileName: String, content: Data, isInternal: Bool, to ticket: Ticket,
                _ facts: TicketAccessFacts) async throws -> TicketAttachment {
        guard TicketAccess.canAttach(user.viewer, facts, isInternal: isInternal) else { throw Refusal.forbidden }
        let ticketID = ticket.id
        let store = AttachmentStore(database: database)
        let policy = attachmentPolicy
        let accepted = try policy.check(fileName: fileName, content: content, existingCount: try await store.count(of: ticketID))
        do {
            return try await store.add(
                AttachmentStore.NewAttachment(fileName: accepted.fileName, mediaType: accepted.mediaType,
                                              sha256: SHA256.hash(data: content).hex, content: content,
                                              audience: isInternal ? TicketAccess.noteAudience(of: user.viewer) : nil,
                                              uploadedBy: user.email),
                to: ticketID, maxFiles: policy.maxFilesPerTicket, at: environment.now()).attachment
        } catch AttachmentStore.Failure.full(let max) {
            throw AttachmentRefusal.tooManyFiles(max: max)
        } catch AttachmentStore.Failure.notFound {
            throw Refusal.notFound
        }
    }

    /// The ticket's files the user may open, without their bytes.
    func attachments(of ticket: Ticket, _ facts: TicketAccessFacts) async throws -> [TicketAttachment] {
        try await AttachmentStore(database: database).list(of: ticket.id).filter {
            TicketAccess.canOpenAttachment(user.viewer, facts, audience: $0.audience)
        }
    }

    /// One file with its bytes; `notFound` when it is not the ticket's or not one the user may open.
    func attachment(_ id: UUID?, of ticket: Ticket,
                    _ facts: TicketAccessFacts) async throws -> (attachment: TicketAttachment, content: Data) {
        guard let id, let file = try await AttachmentStore(database: database).find(id, of: ticket.id),
              TicketAccess.canOpenAttachment(user.viewer, facts, audience: file.attachment.audience) else {
            throw Refusal.notFound
        }
        return file
    }
}

/// A stored file as a download: never shown inline, never sniffed, never cached by a shared cache.
enum AttachmentDownload {
    static func response(_ file: (attachment: TicketAttachment, content: Data)) -> Response {
        response(fileName: file.attachment.fileName, mediaType: file.attachment.mediaType, content: file.content)
    }

    /// A stored file as a download, in the type decided from its content when it was stored.
    static func response(fileName: String, mediaType: String, content: Data) -> Response {
        let response = Response(status: .ok, body: .init(data: content))
        let parts = mediaType.split(separator: "/", maxSplits: 1).map(String.init)
        response.headers.contentType = parts.count == 2 ? HTTPMediaType(type: parts[0], subType: parts[1]) : .binary
        response.headers.replaceOrAdd(name: .contentDisposition, value: contentDisposition(fileName))
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    /// `attachment` with an ASCII name for old clients and the exact UTF-8 one (RFC 6266, RFC 5987).
    static func contentDisposition(_ fileName: String) -> String {
        let ascii = String(fileName.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "!#$&+-.^_`|~")
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}

/// What the ticket page's upload form offers the viewer.
struct AttachmentUploadOffer: Sendable {
    var policy: AttachmentPolicy
    /// Whether the file may be public (seen by the requester's side) and whether it may be internal.
    var canAttachPublic: Bool
    var canAttachInternal: Bool
    /// The ticket already holds as many files as the policy allows.
    var isFull: Bool
}

extension ServiceDesk {
    /// Nil when the viewer may add no file at all.
    func uploadOffer(_ facts: TicketAccessFacts, count: Int) -> AttachmentUploadOffer? {
        let offer = AttachmentUploadOffer(policy: attachmentPolicy,
                                          canAttachPublic: TicketAccess.canAttach(user.viewer, facts, isInternal: false),
                                          canAttachInternal: TicketAccess.canAttach(user.viewer, facts, isInternal: true),
                                          isFull: !attachmentPolicy.hasRoom(existingCount: count))
        return offer.canAttachPublic || offer.canAttachInternal ? offer : nil
    }
}
