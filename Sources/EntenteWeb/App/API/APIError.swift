import EntenteCore
import Vapor

/// The API's one error shape, `{"error": {"code", "message", "fields"?}}`, and the one place where
/// the service desk's refusals become HTTP statuses.
struct APIError: Error, Sendable {
    var status: HTTPStatus
    /// Stable, for programs: `validation_failed`, `stale_version`…
    var code: Code
    /// For the developer reading the logs, in English.
    var message: String
    /// For `validation_failed`: what is wrong with each field, by its JSON name.
    var fields: [String: String]?
    /// For `method_not_allowed`: the methods the path takes (the `Allow` header).
    var allowedMethods: [HTTPMethod]? = nil

    /// Every code the API answers with; the OpenAPI document lists them from here.
    enum Code: String, CaseIterable, Encodable, Sendable {
        case malformedJSON = "malformed_json", badRequest = "bad_request", unauthorized, forbidden
        case notFound = "not_found", methodNotAllowed = "method_not_allowed"
        case transitionNotAllowed = "transition_not_allowed", staleVersion = "stale_version"
        case transferRefused = "transfer_refused", teamChangeRefused = "team_change_refused"
        case payloadTooLarge = "payload_too_large", unsupportedMediaType = "unsupported_media_type"
        case attachmentTypeRefused = "attachment_type_refused", tooManyAttachments = "too_many_attachments"
        case validationFailed = "validation_failed"
        case idempotencyInProgress = "idempotency_in_progress", idempotencyKeyReused = "idempotency_key_reused"
        /// Any other client error Vapor raises (a method or header it refuses before the API's own checks).
        case requestRefused = "request_refused"
        case internalError = "internal_error"
    }

    static func methodNotAllowed(_ allowed: [HTTPMethod]) -> APIError {
        APIError(status: .methodNotAllowed, code: .methodNotAllowed,
                 message: "This path takes \(allowed.map(\.rawValue).joined(separator: ", ")) only: see /api/openapi.json.",
                 allowedMethods: allowed)
    }

    static func unauthorized(_ message: String) -> APIError {
        APIError(status: .unauthorized, code: .unauthorized, message: message)
    }

    static func malformed(_ message: String) -> APIError {
        APIError(status: .badRequest, code: .malformedJSON, message: message)
    }

    static func validation(_ fields: [String: String]) -> APIError {
        APIError(status: .unprocessableEntity, code: .validationFailed,
                 message: "Some fields are missing or invalid; nothing was written.", fields: fields)
    }

    /// Query parameters that are not what they should be (a date that is not a day…), each named in `fields`.
    static func badQuery(_ fields: [String: String]) -> APIError {
        APIError(status: .badRequest, code: .badRequest,
                 message: "Some query parameters are invalid; see fields.", fields: fields)
    }

    static let noSuchTicket = APIError(status: .notFound, code: .notFound,
                                       message: "No such ticket, or not one you may see.")

    static let noSuchEndpoint = APIError(status: .notFound, code: .notFound,
                                         message: "No such endpoint: see /api/openapi.json.")
}

extension APIError {
    /// How a refusal of the service desk is answered. `fieldNames` renames intake fields for
    /// endpoints whose JSON calls them otherwise (a comment's text is `body`).
    init(refusal: ServiceDesk.Refusal, fieldNames: [TicketIntake.Field: String] = [:]) {
        switch refusal {
        case .problems(let problems):
            var fields: [String: String] = [:]
            for (field, problem) in problems {
                fields[fieldNames[field] ?? Self.jsonName(of: field)] = Self.message(problem)
            }
            self = .validation(fields)
        case .forbidden:
            self.init(status: refusal.status, code: .forbidden, message: "Your account may not do this on this ticket.")
        case .notFound:
            self = .noSuchTicket
        case .workflow(let error):
            self.init(status: refusal.status, code: .transitionNotAllowed, message: error.description)
        case .stale(let version):
            self.init(status: refusal.status, code: .staleVersion,
                      message: "The ticket changed since version \(version): read it again, then retry with its version.")
        case .transfer(let error):
            self.init(status: refusal.status, code: .transferRefused, message: error.description)
        case .team(let error):
            self.init(status: refusal.status, code: .teamChangeRefused, message: error.description)
        }
    }

    /// Any error thrown under /api, as the client will see it.
    static func answer(to error: any Error) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let refusal as ServiceDesk.Refusal:
            return APIError(refusal: refusal)
        case let error as DecodingError:
            return .malformed(Self.describe(error))
        case let error as any AbortError:
            let code: Code = switch error.status {
            case .badRequest: .badRequest
            case .unauthorized: .unauthorized
            case .forbidden: .forbidden
            case .notFound: .notFound
            case .payloadTooLarge: .payloadTooLarge
            case .unsupportedMediaType: .unsupportedMediaType
            case .unprocessableEntity: .validationFailed
            default: error.status.code >= 500 ? .internalError : .requestRefused
            }
            return APIError(status: error.status, code: code,
                            message: error.status.code >= 500 ? "Internal error." : error.reason)
        default:
            return APIError(status: .internalServerError, code: .internalError, message: "Internal error.")
        }
    }

    /// The name the JSON uses for an intake field.
    static func jsonName(of field: TicketIntake.Field) -> String {
        field == .establishment ? "establishment_uai" : field.rawValue
    }

    static func message(_ problem: TicketIntake.Problem) -> String {
        switch problem {
        case .required: return "required"
        case .tooLong(let max): return "at most \(max) characters"
        case .notOneOf(let values): return "one of: " + values.joined(separator: ", ")
        case .notCovered: return "unknown establishment, or one no convention of yours covers"
        case .unknownComponent: return "not a component of the establishment's convention"
        case .needsContext(let rules):
            let byFunding = rules.contains { $0.condition.funding != nil }
            let options = rules.map { rule in
                let condition = [rule.condition.funding?.rawValue, rule.condition.zone?.rawValue].compactMap { $0 }
                return "\(condition.joined(separator: "+")) → \(rule.raci.responsible.joined(separator: "+"))"
            }
            return "the convention assigns this component by \(byFunding ? "funding" : "zone"): give it ("
                + options.joined(separator: "; ") + ")"
        case .nobodyResponsible(let activity):
            return "the convention assigns the activity '\(activity.rawValue)' of this component to nobody"
        }
    }

    /// Where the body went wrong, without echoing it.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "the body" : "'\(keys.joined(separator: "."))'"
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context)) should be \(Self.jsonType(type))."
        case .valueNotFound(let type, let context): return "\(path(context)) should be \(Self.jsonType(type)), not null."
        case .keyNotFound(let key, _): return "'\(key.stringValue)' is missing."
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "The body is not valid JSON." : "\(path(context)) is not valid."
        @unknown default: return "The body is not valid JSON."
        }
    }

    private static func jsonType(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: "true or false"
        case is Int.Type: "an integer"
        case is String.Type: "a string"
        default: "an object"
        }
    }
}

extension APIError: Encodable {
    private struct Body: Encodable {
        var code: Code
        var message: String
        var fields: [String: String]?
    }

    private enum CodingKeys: String, CodingKey { case error }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Body(code: code, message: message, fields: fields), forKey: .error)
    }
}

/// Answers every error under /api in the one JSON shape, never with an HTML page.
struct APIErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return try Self.response(to: error, of: request)
        }
    }

    /// The error as the client sees it: the JSON shape and its headers (`WWW-Authenticate`, `Allow`).
    static func response(to error: any Error, of request: Request) throws -> Response {
        let apiError = APIError.answer(to: error)
        if apiError.status.code >= 500 { request.logger.report(error: error) }
        let response = try APIJSON.response(apiError, status: apiError.status)
        if apiError.status == .unauthorized {
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: #"Bearer realm="entente""#)
        }
        if let allowed = apiError.allowedMethods {
            response.headers.replaceOrAdd(name: .allow, value: allowed.map(\.rawValue).joined(separator: ", "))
        }
        return response
    }
}
