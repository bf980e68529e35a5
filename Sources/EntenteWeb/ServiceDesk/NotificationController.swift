import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// The user's in-app notifications: the list, and marking them read. Every query names the signed-in
/// user as recipient: someone else's notification is a 404, never read nor marked.
enum NotificationController {
    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let notifications = try await NotificationStore(database: request.db).list(of: user.id)
        return NotificationsPage(context: PageContext(request), notifications: notifications).render()
    }

    @Sendable static func markRead(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id", as: UUID.self),
              try await NotificationStore(database: request.db).markRead(id, of: user.id, at: request.entente.now()) else {
            throw Abort(.notFound)
        }
        return request.redirect(to: SiteURL.notifications.path, redirectType: .normal)
    }

    @Sendable static func markAllRead(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        try await NotificationStore(database: request.db).markAllRead(of: user.id, at: request.entente.now())
        return request.redirect(to: SiteURL.notifications.path, redirectType: .normal)
    }
}
