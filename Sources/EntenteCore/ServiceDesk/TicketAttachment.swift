import Foundation

/// A file of a ticket, without its bytes.
public struct TicketAttachment: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var ticketID: UUID
    public var fileName: String
    public var mediaType: String
    public var size: Int
    public var sha256: String
    public var uploadedBy: String
    public var uploadedAt: Instant
    /// Who alone may read it (a partner's code, or "EPLE:UAI"); nil: everyone who reads the ticket.
    public var audience: String?

    public init(id: UUID, ticketID: UUID, fileName: String, mediaType: String, size: Int, sha256: String,
                uploadedBy: String, uploadedAt: Instant, audience: String?) {
        self.id = id
        self.ticketID = ticketID
        self.fileName = fileName
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
        self.audience = audience
    }
}
