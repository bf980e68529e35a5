import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// The account behind the session, loaded once per request.
public struct SignedInUser: Sendable {
    public var id: UUID
    public var email: String
    public var displayName: String
    public var role: UserRole
    public var partnerCode: String?
    public var establishmentUAI: String?
    /// The team of its party an agent works in, if any.
    public var teamCode: String?

    /// What ticket access rules need to know about this user.
    public var viewer: TicketViewer {
        TicketViewer(role: role, partnerCode: partnerCode, establishmentUAI: establishmentUAI)
    }

    init(_ account: UserAccount) {
        id = account.id
        email = account.email
        displayName = account.displayName
        role = account.role
        partnerCode = account.partnerCode
        establishmentUAI = account.establishmentUAI
        teamCode = account.teamCode
    }
}

private struct SignedInUserKey: StorageKey {
    typealias Value = SignedInUser
}

extension Request {
    static let sessionUserKey = "user"
    static let sessionSignedInAtKey = "signed_in_at"
    /// A session signs its user in for this long, however active: the cookie's own lifetime.
    static let sessionLifetime: TimeInterval = 8 * 3600

    public var signedInUser: SignedInUser? {
        get { storage[SignedInUserKey.self] }
        set { storage[SignedInUserKey.self] = newValue }
    }
}

/// Loads the signed-in user from the session, if any and not older than `Request.sessionLifetime`.
struct SessionUserMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Only a request that came with a session cookie can be signed in; touching
        // `request.session` otherwise would create a session for every anonymous hit.
        if request.hasSession, let text = request.session.data[Request.sessionUserKey], let id = UUID(uuidString: text),
           let signedInAt = request.session.data[Request.sessionSignedInAtKey].flatMap(TimeInterval.init),
           request.entente.now().timeIntervalSince1970 - signedInAt < Request.sessionLifetime,
           let account = try await AccountStore(database: request.db).account(id: id) {
            request.signedInUser = SignedInUser(account)
        }
        return try await next.respond(to: request)
    }
}

/// Lets through only signed-in users whose role is allowed; others go to the sign-in page
/// (or get 403 when signed in with a role the route does not allow).
struct RequireRole: AsyncMiddleware {
    let allowed: Set<UserRole>

    static let anySignedIn = RequireRole(allowed: Set(UserRole.allCases))

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.signedInUser else {
            let target = request.url.path + (request.url.query.map { "?\($0)" } ?? "")
            var components = URLComponents()
            components.path = SiteURL.signIn.path
            components.queryItems = [URLQueryItem(name: "next", value: target)]
            return request.redirect(to: components.string ?? SiteURL.signIn.path, redirectType: .normal)
        }
        guard allowed.contains(user.role) else {
            throw Abort(.forbidden)
        }
        return try await next.respond(to: request)
    }
}
