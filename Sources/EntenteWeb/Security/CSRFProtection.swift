import Vapor

/// Synchroniser-token CSRF protection: every form carries the session's token,
/// and every state-changing request must send it back.
struct CSRFProtection: AsyncMiddleware {
    static let sessionKey = "csrf"
    static let fieldName = "csrf_token"
    static let headerName = "X-CSRF-Token"
    /// A route's `userInfo` key for the largest body it takes, when larger than Vapor's default (uploads).
    static let bodyLimitKey = "entente.bodyLimit"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // /api signs in by bearer token, never by cookie: a call with a token or no cookie has nothing to forge.
        let exempt = request.url.path.hasPrefix("/api/")
            && (request.headers.first(name: .authorization) != nil || request.headers[.cookie].isEmpty)
        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method), !exempt {
            if request.headers.first(name: Self.headerName) == nil, request.body.data == nil {
                // A body larger than one read (a multipart upload, a long form) still streams: the token
                // field is in it, so collect it first, within the limit the route itself would apply.
                let limit = request.route?.userInfo[Self.bodyLimitKey] as? Int
                    ?? request.application.routes.defaultMaxBodySize.value
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = request.headers.first(name: Self.headerName)
                ?? (try? request.content.get(String.self, at: Self.fieldName))
            guard request.hasSession, let expected = request.session.data[Self.sessionKey], let sent,
                  Self.constantTimeEquals(Array(sent.utf8), Array(expected.utf8)) else {
                throw Abort(.forbidden, reason: Self.rejectionReason)
            }
        }
        return try await next.respond(to: request)
    }

    static let rejectionReason = "csrf"

    /// No early exit: the time taken does not tell how much of the token was right.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, created on first use.
    var csrfToken: String {
        if let token = session.data[CSRFProtection.sessionKey] { return token }
        let token = [UInt8].random(count: 32).base64.replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        session.data[CSRFProtection.sessionKey] = token
        return token
    }
}
