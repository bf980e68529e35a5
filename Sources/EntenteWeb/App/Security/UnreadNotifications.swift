import EntenteStorage
import Fluent
import Vapor

/// Counts the signed-in user's unread notifications for the navigation of the page about to be
/// rendered: one indexed `COUNT`, on GET requests for pages only — not on form posts (they
/// redirect), downloads and exports (a dotted last path component, files) nor the API.
struct UnreadNotificationsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .GET, let user = request.signedInUser, Self.isPage(request.url.path) {
            request.unreadNotifications = try await NotificationStore(database: request.db).unreadCount(of: user.id)
        }
        return try await next.respond(to: request)
    }

    static func isPage(_ path: String) -> Bool {
        let last = path.split(separator: "/").last ?? ""
        return !last.contains(".") && !path.contains("/attachments/")
    }
}

private struct UnreadNotificationsKey: StorageKey {
    typealias Value = Int
}

extension Request {
    /// The count the navigation shows; nil when it was not counted for this request.
    var unreadNotifications: Int? {
        get { storage[UnreadNotificationsKey.self] }
        set { storage[UnreadNotificationsKey.self] = newValue }
    }
}
