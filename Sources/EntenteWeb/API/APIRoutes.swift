import Vapor

/// The routes of the JSON API: the OpenAPI document, open to all, and /api/v1, behind a token.
/// Every error under /api is answered in the API's JSON shape.
enum APIRoutes {
    static let version1 = "/api/v1"

    static func ticketPath(_ id: UUID) -> String { "\(version1)/tickets/\(id.uuidString.lowercased())" }

    static func register(on app: Application) throws {
        let api = app.grouped("api").grouped(APIErrorMiddleware())
        api.get("openapi.json", use: OpenAPIDocument.serve)

        let v1 = api.grouped("v1").grouped(APIAuthentication())
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

        // Anything else under /api is a JSON 404, not the site's HTML page.
        for method in [HTTPMethod.GET, .POST, .PUT, .PATCH, .DELETE] {
            api.on(method, "**") { _ -> Response in throw APIError.noSuchEndpoint }
        }
    }
}
