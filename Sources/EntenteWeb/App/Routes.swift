import EntenteCore
import Vapor

/// The route table: which URL, which handler, which roles.
enum Routes {
    /// Who may read the audit trail.
    static let auditRoles: Set<UserRole> = [.administrator, .observer]

    static func register(on app: Application) throws {
        app.get("health", use: HealthController.health)
        app.get("assets", "entente.css", use: Stylesheet.serve)
        app.get("sign-in", use: SignInController.show)
        app.post("sign-in", use: SignInController.signIn)
        app.post("sign-out", use: SignInController.signOut)
        app.post("language", use: LanguageController.switchLanguage)

        let signedIn = app.grouped(RequireRole.anySignedIn).grouped(UnreadNotificationsMiddleware())
        signedIn.get(use: DirectoryController.home)
        signedIn.get("conventions", use: ConventionController.list)
        signedIn.get("conventions", ":id", use: ConventionController.show)
        signedIn.get("conventions", ":id", "matrix.csv", use: ConventionController.matrixCSV)
        signedIn.get("conventions", ":id", "matrix.json", use: ConventionController.matrixJSON)
        signedIn.get("establishments", use: DirectoryController.establishments)
        signedIn.get("establishments", ":uai", use: DirectoryController.establishment)
        signedIn.get("partners", use: DirectoryController.partners)
        signedIn.get("tickets", use: TicketController.list)
        signedIn.get("tickets.csv", use: TicketController.listCSV)
        signedIn.get("tickets", "new", use: TicketController.newForm)
        // The intake form may carry one file: the upload's body limit, which the CSRF check reads too.
        let intakeLimit = AttachmentController.bodyLimit(for: EntenteApp.environment(app).settings.attachmentPolicy)
        signedIn.on(.POST, "tickets", body: .collect(maxSize: ByteCount(value: intakeLimit)), use: TicketController.create)
            .userInfo[CSRFProtection.bodyLimitKey] = intakeLimit
        signedIn.get("tickets", ":id", use: TicketController.show)
        signedIn.post("tickets", ":id", "status", use: TicketController.changeStatus)
        signedIn.post("tickets", ":id", "messages", use: TicketController.addMessage)
        signedIn.post("tickets", ":id", "rating", use: TicketController.rate)
        signedIn.post("tickets", ":id", "transfer", use: TicketController.transfer)
        signedIn.post("tickets", ":id", "team", use: TicketController.changeTeam)
        let uploadLimit = AttachmentController.bodyLimit(for: EntenteApp.environment(app).settings.attachmentPolicy)
        signedIn.on(.POST, "tickets", ":id", "attachments", body: .collect(maxSize: ByteCount(value: uploadLimit)),
                    use: AttachmentController.upload).userInfo[CSRFProtection.bodyLimitKey] = uploadLimit
        signedIn.get("tickets", ":id", "attachments", ":attachmentID", use: AttachmentController.download)
        signedIn.get("statistics", use: StatisticsController.page)
        signedIn.get("statistics.csv", use: StatisticsController.csv)
        signedIn.get("notifications", use: NotificationController.page)
        signedIn.post("notifications", ":id", "read", use: NotificationController.markRead)
        signedIn.post("notifications", "read-all", use: NotificationController.markAllRead)

        app.grouped(RequireRole(allowed: auditRoles)).grouped(UnreadNotificationsMiddleware())
            .get("audit", use: DirectoryController.audit)
        try APIRoutes.register(on: app)
    }
}
