import Plot
import Vapor

/// Turns errors into a page in the user's language (or JSON for API clients), never a stack trace.
struct ErrorPage: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch where request.url.path.hasPrefix("/api/") {
            // Refused before the API's own routes (a body too large, say): still the API's JSON shape.
            return try APIErrorMiddleware.response(to: error, of: request)
        } catch {
            let status = (error as? any AbortError)?.status ?? .internalServerError
            if status == .internalServerError {
                request.logger.report(error: error)
            }
            let context = PageContext(request)
            let phrase: Phrase? = switch status {
            case .forbidden where (error as? any AbortError)?.reason == CSRFProtection.rejectionReason: .csrfRejected
            case .forbidden: .forbidden
            case .notFound: .notFound
            default: nil
            }
            var message = phrase.map(context.t) ?? ((error as? any AbortError)?.reason ?? status.reasonPhrase)
            if status == .payloadTooLarge, message == status.reasonPhrase {
                // Cut off before any handler could word it: an upload, or a form beyond the site's body limit.
                message = request.route?.userInfo[CSRFProtection.bodyLimitKey] != nil
                    ? AttachmentText.bodyTooLarge(request.entente.settings.attachmentPolicy, context.language)
                    : Phrase.formTooLarge(bytes: BodyLimits.form, context.language)
            }
            let response = Layout(context: context, title: "\(status.code)").render(
                .h1(.text("\(status.code) — \(status.reasonPhrase)")),
                .p(.attribute(named: "role", value: "alert"), .text(message))
            )
            response.status = status
            return response
        }
    }
}
