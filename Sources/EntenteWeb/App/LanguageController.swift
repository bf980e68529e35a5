import Vapor

enum LanguageController {
    struct Form: Content {
        var language: String
        var back: String?
    }

    /// Remembers the chosen language in a cookie for a year, then returns to the page.
    @Sendable static func switchLanguage(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self, as: .urlEncodedForm)
        guard let language = Language(rawValue: form.language) else {
            throw Abort(.badRequest, reason: "language must be one of: \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let response = request.redirect(to: SignInController.localPath(form.back), redirectType: .normal)
        response.cookies[Language.cookieName] = HTTPCookies.Value(string: language.rawValue, maxAge: 365 * 24 * 3600,
                                                                  path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
