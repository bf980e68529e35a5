import Vapor

/// Refuses a NUL character anywhere in the query or in a form body (400). PostgreSQL stores no NUL in
/// text and answered such a value with an error, so a `q=%00` was a 500 on every list; no user types
/// one, so it is refused at the door. The API's JSON bodies are checked field by field as they are
/// decoded (`APIJSON.nulFields`): a property nobody reads may hold anything.
struct NulCharacters: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.query?.range(of: "%00", options: .caseInsensitive) != nil || Self.bodyHasNul(request) {
            throw Abort(.badRequest, reason: "A NUL character (%00) is not accepted in a request.")
        }
        return try await next.respond(to: request)
    }

    /// URL-encoded forms only, as far as already read; files may hold any byte.
    private static func bodyHasNul(_ request: Request) -> Bool {
        guard let body = request.body.data, let type = request.headers.contentType else { return false }
        if type == .urlEncodedForm {
            return body.readableBytesView.contains(0) || body.getString(at: body.readerIndex, length: body.readableBytes)?
                .range(of: "%00", options: .caseInsensitive) != nil
        }
        return false
    }
}
