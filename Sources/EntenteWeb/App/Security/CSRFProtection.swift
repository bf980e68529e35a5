import Crypto
import Foundation
import Vapor

/// CSRF protection. A signed-in user's forms carry their session's token (synchroniser token), made
/// anew at each sign-in. An anonymous visitor has no session — a visit must write nothing — so the
/// sign-in and language forms carry a token signed by the server (HMAC of a random value kept in a
/// cookie): a forged request cannot send the cookie cross-site (`SameSite=Lax`), and a cookie planted
/// from elsewhere cannot come with a token that matches it without the server's key.
struct CSRFProtection: AsyncMiddleware {
    static let sessionKey = "csrf"
    static let fieldName = "csrf_token"
    static let headerName = "X-CSRF-Token"
    static let cookieName = "entente-csrf"
    /// A route's `userInfo` key for the largest body it takes, when larger than the site's default (uploads).
    static let bodyLimitKey = "entente.bodyLimit"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // /api signs in by bearer token, never by cookie: a call with a token or no cookie has nothing to forge.
        let exempt = request.url.path.hasPrefix("/api/")
            && (request.headers.first(name: .authorization) != nil || request.headers[.cookie].isEmpty)
        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method), !exempt {
            if request.headers.first(name: Self.headerName) == nil, request.body.data == nil {
                // A body larger than one read (a multipart upload, a long form) still streams: the token
                // field is in it, so collect it first, within the limit the route itself would apply.
                let limit = request.route?.userInfo[Self.bodyLimitKey] as? Int ?? BodyLimits.form
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = request.headers.first(name: Self.headerName)
                ?? (try? request.content.get(String.self, at: Self.fieldName))
            guard let expected = request.expectedCSRFToken, let sent,
                  Self.constantTimeEquals(Array(sent.utf8), Array(expected.utf8)) else {
                throw Abort(.forbidden, reason: Self.rejectionReason)
            }
        }
        let response = try await next.respond(to: request)
        if let nonce = request.storage[NewAnonymousNonceKey.self] {
            response.cookies[Self.cookieName] = HTTPCookies.Value(string: nonce, path: "/", isSecure: request.isHTTPS,
                                                                  isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    static let rejectionReason = "csrf"

    /// No early exit: the time taken does not tell how much of the token was right.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func randomToken() -> String {
        [UInt8].random(count: 32).base64.replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The anonymous token of a cookie's random value.
    static func signed(_ nonce: String, key: SymmetricKey) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(nonce.utf8), using: key)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

private struct NewAnonymousNonceKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// The token this request's forms carry: the session's when signed in, else the anonymous one
    /// (its cookie set on the response when the visitor has none yet).
    var csrfToken: String {
        if signedInUser != nil {
            if let token = session.data[CSRFProtection.sessionKey] { return token }
            let token = CSRFProtection.randomToken()
            session.data[CSRFProtection.sessionKey] = token
            return token
        }
        let nonce = cookies[CSRFProtection.cookieName]?.string ?? storage[NewAnonymousNonceKey.self] ?? {
            let fresh = CSRFProtection.randomToken()
            storage[NewAnonymousNonceKey.self] = fresh
            return fresh
        }()
        return CSRFProtection.signed(nonce, key: entente.csrfKey)
    }

    /// What a state-changing request must send back: the session's token, or the anonymous cookie's signature.
    var expectedCSRFToken: String? {
        if hasSession, let token = session.data[CSRFProtection.sessionKey] { return token }
        guard signedInUser == nil, let nonce = cookies[CSRFProtection.cookieName]?.string, !nonce.isEmpty else { return nil }
        return CSRFProtection.signed(nonce, key: entente.csrfKey)
    }
}
