import Vapor

/// The one body-size policy: how large a request may be. Texts have their own limits in characters
/// (`TicketIntake.descriptionLimit`…), checked with a clear message; these bytes only stop what no
/// form or client of ours sends — a 20,000-character comment of accented letters is about 120 kB
/// once URL-encoded. Uploads take the attachment policy's size (the route's `bodyLimitKey`).
/// A declared length over the limit is refused before anything is read (413: a page in the user's
/// language, or the API's JSON error); a streamed body is cut at the same limit by the route.
struct BodyLimits: AsyncMiddleware {
    /// Forms of the pages (URL-encoded), JSON bodies of the API, and the default for every route.
    static let form = 256 * 1024
    static let json = 256 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = request.route?.userInfo[CSRFProtection.bodyLimitKey] as? Int
            ?? (request.url.path.hasPrefix("/api/") ? Self.json : Self.form)
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > limit {
            throw Abort(.payloadTooLarge)
        }
        return try await next.respond(to: request)
    }
}
