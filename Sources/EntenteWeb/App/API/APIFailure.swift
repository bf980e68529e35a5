import OpenAPIKit30
import Vapor

/// The error answers many operations give, whatever their domain: each is described once under
/// `components/responses` and referred to by the operations that may give it.
enum APIFailure: String, CaseIterable {
    case badQuery = "BadQuery", malformed = "Malformed", unauthorized = "Unauthorized", forbidden = "Forbidden"
    case notFound = "NotFound", tooLarge = "TooLarge", invalid = "Invalid"

    var status: Int {
        switch self {
        case .badQuery, .malformed: 400
        case .unauthorized: 401
        case .forbidden: 403
        case .notFound: 404
        case .tooLarge: 413
        case .invalid: 422
        }
    }

    var response: OpenAPI.Response {
        switch self {
        case .badQuery:
            OpenAPIPieces.response("A query parameter or header that is not what it should be — a page out of range, an unknown value, a date that is not a day — each named in `fields` (`bad_request`). Every invalid query value is a 400.", schema: "Error")
        case .malformed:
            OpenAPIPieces.response("The body is not JSON, or a value has the wrong JSON type (`malformed_json`); or a query parameter or header that is not what it should be (`bad_request`, each named in `fields`).", schema: "Error")
        case .unauthorized:
            OpenAPIPieces.response("No token, or an unknown or revoked one (`unauthorized`).", schema: "Error", header: "WWW-Authenticate")
        case .forbidden:
            OpenAPIPieces.response("The caller's account may not do this (`forbidden`).", schema: "Error")
        case .notFound:
            OpenAPIPieces.response("No such resource, or one the caller may not see (`not_found`), so that ids cannot be probed.", schema: "Error")
        case .tooLarge:
            OpenAPIPieces.response("The body is over \(APIJSON.bodyLimit.value / 1024) kB (`payload_too_large`).", schema: "Error")
        case .invalid:
            OpenAPIPieces.response("Missing or invalid fields, each named in `fields` (`validation_failed`), or a request the domain's rules refuse, its code saying which (`team_change_refused`, `transfer_refused`, `idempotency_key_reused`). Nothing was written.", schema: "Error")
        }
    }
}
