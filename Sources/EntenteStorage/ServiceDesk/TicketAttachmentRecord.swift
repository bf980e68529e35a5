import Fluent
import Foundation

/// A file attached to a ticket (`ticket_attachments`), its bytes included.
public final class TicketAttachmentRecord: Model, @unchecked Sendable {
    public static let schema = "ticket_attachments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "ticket_id") public var ticket: TicketRecord
    /// Sanitised by the policy: no path, no control character.
    @Field(key: "file_name") public var fileName: String
    /// Decided from the content and the extension together, never taken from the browser.
    @Field(key: "media_type") public var mediaType: String
    @Field(key: "size") public var size: Int
    /// Hex SHA-256 of the bytes: a check that the file came back as it went in.
    @Field(key: "sha256") public var sha256: String
    /// The e-mail address of the account that added it.
    @Field(key: "uploaded_by") public var uploadedBy: String
    @Field(key: "uploaded_at") public var uploadedAt: Date
    /// Nil: seen by whoever reads the ticket. Otherwise the audience of an internal note ("CD35",
    /// "EPLE:0352958A"), whose members alone see it.
    @OptionalField(key: "audience") public var audience: String?
    /// The file itself. Listings select every other column and leave this one out.
    @Field(key: "content") public var content: Data

    public init() {}

    public init(ticketID: UUID, fileName: String, mediaType: String, size: Int, sha256: String, uploadedBy: String,
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
}
