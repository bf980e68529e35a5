import Plot
import Vapor

/// Turns errors into a page in the user's language (or JSON for API clients), never a stack trace.
struct ErrorPage: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
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
            if status == .payloadTooLarge, message == status.reasonPhrase, request.route?.userInfo[CSRFProtection.bodyLimitKey] != nil {
                // The upload was cut off before the attachment policy could word it.
                message = AttachmentText.bodyTooLarge(request.entente.settings.attachmentPolicy, context.language)
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
