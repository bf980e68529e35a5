import EntenteStorage
import Fluent
import Vapor

/// Signs API calls in by `Authorization: Bearer <token>` and by nothing else: a session cookie
/// does not open the API, so a page in another tab can never call it on a user's behalf.
struct APIAuthentication: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.signedInUser = nil
        guard request.headers.first(name: .authorization) != nil else {
            throw APIError.unauthorized("Send the API token as 'Authorization: Bearer <token>'.")
        }
        let store = APITokenStore(database: request.db)
        guard let token = request.headers.bearerAuthorization?.token,
              let record = try await store.user(forToken: token, at: request.entente.now()) else {
            throw APIError.unauthorized("Unknown or revoked API token.")
        }
        request.signedInUser = SignedInUser(record)
        return try await next.respond(to: request)
    }
}
