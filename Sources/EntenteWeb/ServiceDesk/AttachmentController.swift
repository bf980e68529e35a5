import EntenteCore
import EntenteStorage
import FluentKit
import Vapor

/// Adding files to a ticket from its page, and downloading them.
enum AttachmentController {
    /// The multipart form of the ticket page (and of the API): the file, and `visibility=internal`
    /// for a file only the uploader's party sees.
    struct UploadForm: Content {
        var file: File?
        var visibility: String?
    }

    /// Comfortably above the policy's file size: a multipart body carries the file plus its headers
    /// and the other fields. A larger body is cut off at this size and answered 413.
    static func bodyLimit(for policy: AttachmentPolicy) -> Int { policy.maxFileSize + 256 * 1024 }

    @Sendable static func upload(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        let language = PageContext(request).language
        let form: UploadForm
        do { form = try request.content.decode(UploadForm.self) } catch {
            throw Abort(.badRequest, reason: language == .fr ? "Le formulaire d'envoi est illisible : rechargez la page et recommencez."
                : "The upload form could not be read: reload the page and try again.")
        }
        let file = form.file ?? File(data: ByteBuffer(), filename: "")
        do {
            _ = try await desk.attach(fileName: file.filename, content: Data(file.data.readableBytesView),
                                      isInternal: form.visibility == "internal", to: ticket, facts)
        } catch let refusal as AttachmentRefusal {
            throw Abort(AttachmentText.status(of: refusal), reason: AttachmentText.message(refusal, fileName: file.filename, language))
        }
        return request.redirect(to: SiteURL.ticket(ticket.id).path + "#pieces-jointes", redirectType: .normal)
    }

    @Sendable static func download(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        return AttachmentDownload.response(
            try await desk.attachment(request.parameters.get("attachmentID", as: UUID.self), of: ticket, facts))
    }
}
