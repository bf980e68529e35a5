import EntenteCore
import Fluent
import Foundation

/// A file attached to a ticket (`ticket_attachments`), its bytes included.
final class TicketAttachmentRecord: Model, @unchecked Sendable {
    static let schema = "ticket_attachments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ticket_id") var ticket: TicketRecord
    /// Sanitised by the policy: no path, no control character.
    @Field(key: "file_name") var fileName: String
    /// Decided from the content and the extension together, never taken from the browser.
    @Field(key: "media_type") var mediaType: String
    @Field(key: "size") var size: Int
    /// Hex SHA-256 of the bytes: a check that the file came back as it went in.
    @Field(key: "sha256") var sha256: String
    /// The e-mail address of the account that added it.
    @Field(key: "uploaded_by") var uploadedBy: String
    @Field(key: "uploaded_at") var uploadedAt: Date
    /// Nil: seen by whoever reads the ticket. Otherwise the audience of an internal note ("CD35",
    /// "EPLE:0352958A"), whose members alone see it.
    @OptionalField(key: "audience") var audience: String?
    /// The file itself. Listings select every other column and leave this one out.
    @Field(key: "content") var content: Data

    init() {}

    init(ticketID: UUID, fileName: String, mediaType: String, size: Int, sha256: String, uploadedBy: String,
                uploadedAt: Date, audience: String?, content: Data) {
        self.$ticket.id = ticketID
        self.fileName = fileName
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
        self.audience = audience
        self.content = content
    }

    /// The file's description as the core knows it, without its bytes.
    func attachment() throws -> TicketAttachment {
        TicketAttachment(id: try requireID(), ticketID: $ticket.id, fileName: fileName, mediaType: mediaType, size: size,
                         sha256: sha256, uploadedBy: uploadedBy, uploadedAt: Instant(uploadedAt), audience: audience)
    }
}
