import Foundation
import Vapor

/// The service desk's endpoints under /api/v1; `ServiceDeskOpenAPI` describes each of them.
enum ServiceDeskAPIRoutes {
    static func ticketPath(_ id: UUID) -> String { "\(APIRoutes.version1)/tickets/\(id.uuidString.lowercased())" }

    static func register(on v1: any RoutesBuilder, of app: Application) {
        v1.on(.POST, "tickets", body: .collect(maxSize: APIJSON.bodyLimit), use: TicketAPIController.create)
        v1.get("tickets", use: TicketAPIController.list)
        v1.get("tickets", ":id", use: TicketAPIController.show)
        v1.on(.POST, "tickets", ":id", "comments", body: .collect(maxSize: APIJSON.bodyLimit),
              use: TicketAPIController.comment)
        v1.on(.POST, "tickets", ":id", "transitions", body: .collect(maxSize: APIJSON.bodyLimit),
              use: TicketAPIController.transition)
        v1.on(.POST, "tickets", ":id", "team", body: .collect(maxSize: APIJSON.bodyLimit), use: TicketAPIController.changeTeam)
        let uploadLimit = AttachmentController.bodyLimit(for: EntenteApp.environment(app).settings.attachmentPolicy)
        v1.on(.POST, "tickets", ":id", "attachments", body: .collect(maxSize: ByteCount(value: uploadLimit)),
              use: AttachmentAPIController.upload).userInfo[CSRFProtection.bodyLimitKey] = uploadLimit
        v1.get("tickets", ":id", "attachments", ":attachmentID", use: AttachmentAPIController.download)
        v1.get("notifications", use: NotificationAPIController.list)
    }
}
