import EntenteCore
import EntenteStorage
import FluentKit
import Vapor

/// The attachment endpoints of /api/v1: the same policy, rights and storage as the ticket page.
/// A file is sent as `multipart/form-data` with a `file` part (its `filename` names it) and an
/// optional `visibility` part (`public`, the default, or `internal`).
enum AttachmentAPIController {
    @Sendable static func upload(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        guard request.headers.contentType?.type == "multipart", request.headers.contentType?.subType == "form-data" else {
            throw APIError(status: .unsupportedMediaType, code: .unsupportedMediaType,
                           message: "Send the file as multipart/form-data, in a part named 'file'.")
        }
        let form: AttachmentController.UploadForm
        do { form = try request.content.decode(AttachmentController.UploadForm.self) } catch {
            throw APIError.malformed("The multipart body could not be read: send a part named 'file' with a filename.")
        }
        let visibility = form.visibility ?? "public"
        guard visibility == "public" || visibility == "internal" else {
            throw APIError.validation(["visibility": "public or internal"])
        }
        guard let file = form.file else { throw APIError.validation(["file": "required: a part named 'file' with a filename"]) }
        let record: TicketAttachment
        do {
            record = try await desk.attach(fileName: file.filename, content: Data(file.data.readableBytesView),
                                           isInternal: visibility == "internal", to: ticket, facts)
        } catch let refusal as AttachmentRefusal {
            throw APIError(refusal: refusal)
        }
        let response = try APIJSON.response(APIAttachment(record), status: .created)
        response.headers.replaceOrAdd(name: .location, value: APIAttachment.path(record))
        return response
    }

    @Sendable static func download(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        do {
            return AttachmentDownload.response(
                try await desk.attachment(request.parameters.get("attachmentID", as: UUID.self), of: ticket, facts))
        } catch ServiceDesk.Refusal.notFound {
            throw APIError(status: .notFound, code: .notFound, message: "No such attachment, or not one you may see.")
        }
    }
}

extension APIError {
    /// A file the policy refused: 413, 415, 409 or 422, with a stable code and the English advice.
    init(refusal: AttachmentRefusal) {
        let code: Code = switch refusal {
        case .tooLarge: .payloadTooLarge
        case .forbiddenType, .unknownType, .contentMismatch: .attachmentTypeRefused
        case .tooManyFiles: .tooManyAttachments
        case .empty, .missingFileName: .validationFailed
        }
        self.init(status: AttachmentText.status(of: refusal), code: code, message: "The file was refused; nothing was written.",
                  fields: ["file": refusal.description])
    }
}

/// A file of a ticket, without its bytes: `download_url` gives them.
struct APIAttachment: Encodable, Sendable {
    var record: TicketAttachment

    init(_ record: TicketAttachment) { self.record = record }

    static func path(_ record: TicketAttachment) -> String {
        ServiceDeskAPIRoutes.ticketPath(record.ticketID) + "/attachments/" + record.id.uuidString.lowercased()
    }

    private enum CodingKeys: String, CodingKey {
        case id, fileName = "file_name", mediaType = "media_type", size, sha256, uploadedBy = "uploaded_by"
        case uploadedAt = "uploaded_at", visibility, downloadURL = "download_url"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record.id.uuidString.lowercased(), forKey: .id)
        try container.encode(record.fileName, forKey: .fileName)
        try container.encode(record.mediaType, forKey: .mediaType)
        try container.encode(record.size, forKey: .size)
        try container.encode(record.sha256, forKey: .sha256)
        try container.encode(record.uploadedBy, forKey: .uploadedBy)
        try container.encode(record.uploadedAt.date, forKey: .uploadedAt)
        try container.encode(record.audience == nil ? "public" : "internal", forKey: .visibility)
        try container.encode(Self.path(record), forKey: .downloadURL)
    }
}
