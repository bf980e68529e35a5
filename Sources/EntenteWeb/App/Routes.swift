import EntenteCore
import Vapor

/// The route table: which URL, which handler, which roles.
enum Routes {
    /// Who may read the audit trail.
    static let auditRoles: Set<UserRole> = [.administrator, .observer]

    /// Every endpoint of `SiteURL.Endpoint`, registered at its template: routes and links share one spelling.
    static func register(on app: Application) throws {
        app.get(.health, use: HealthController.health)
        app.get(.stylesheet, use: Stylesheet.serve)
        app.get(.signIn, use: SignInController.show)
        app.post(.signIn, use: SignInController.signIn)
        app.post(.signOut, use: SignInController.signOut)
        app.post(.language, use: LanguageController.switchLanguage)

        let signedIn = app.grouped(RequireRole.anySignedIn).grouped(UnreadNotificationsMiddleware())
        signedIn.get(.home, use: DirectoryController.home)
        signedIn.get(.conventions, use: ConventionController.list)
        signedIn.get(.convention, use: ConventionController.show)
        signedIn.get(.matrixCSV, use: ConventionController.matrixCSV)
        signedIn.get(.matrixJSON, use: ConventionController.matrixJSON)
        signedIn.get(.establishments, use: DirectoryController.establishments)
        signedIn.get(.establishment, use: DirectoryController.establishment)
        signedIn.get(.partners, use: DirectoryController.partners)
        signedIn.get(.tickets, use: TicketController.list)
        signedIn.get(.ticketsCSV, use: TicketController.listCSV)
        signedIn.get(.newTicket, use: TicketController.newForm)
        // The intake form may carry one file: the upload's body limit, which the CSRF check reads too.
        let uploadLimit = AttachmentController.bodyLimit(for: EntenteApp.environment(app).settings.attachmentPolicy)
        signedIn.upload(.tickets, limit: uploadLimit, use: TicketController.create)
        signedIn.get(.ticket, use: TicketController.show)
        signedIn.post(.ticketStatus, use: TicketController.changeStatus)
        signedIn.post(.ticketMessages, use: TicketController.addMessage)
        signedIn.post(.ticketRating, use: TicketController.rate)
        signedIn.post(.ticketTransfer, use: TicketController.transfer)
        signedIn.post(.ticketTeam, use: TicketController.changeTeam)
        signedIn.upload(.ticketAttachments, limit: uploadLimit, use: AttachmentController.upload)
        signedIn.get(.ticketAttachment, use: AttachmentController.download)
        signedIn.get(.statistics, use: StatisticsController.page)
        signedIn.get(.statisticsCSV, use: StatisticsController.csv)
        signedIn.get(.notifications, use: NotificationController.page)
        signedIn.post(.notificationRead, use: NotificationController.markRead)
        signedIn.post(.notificationsReadAll, use: NotificationController.markAllRead)
        InventoryRoutes.register(on: signedIn)
        DataProtectionRoutes.register(on: signedIn)
        GovernanceRoutes.register(on: signedIn)

        app.grouped(RequireRole(allowed: auditRoles)).grouped(UnreadNotificationsMiddleware())
            .get(.audit, use: DirectoryController.audit)
        try APIRoutes.register(on: app)
    }
}

extension RoutesBuilder {
    @discardableResult
    func get(_ endpoint: SiteURL.Endpoint,
             use handler: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) -> Route {
        on(.GET, endpoint.pathComponents, use: handler)
    }

    @discardableResult
    func post(_ endpoint: SiteURL.Endpoint,
              use handler: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) -> Route {
        on(.POST, endpoint.pathComponents, use: handler)
    }

    /// A form that may carry files: its body collected up to `limit` bytes, which the CSRF check and
    /// the body-size check read from the route.
    func upload(_ endpoint: SiteURL.Endpoint, limit: Int,
                use handler: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) {
        on(.POST, endpoint.pathComponents, body: .collect(maxSize: ByteCount(value: limit)), use: handler)
            .userInfo[CSRFProtection.bodyLimitKey] = limit
    }
}
