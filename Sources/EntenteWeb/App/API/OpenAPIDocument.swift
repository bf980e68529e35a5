import Foundation
import OpenAPIKit30
import Vapor

/// The OpenAPI 3.0 description of the API, served at /api/openapi.json: what all domains share
/// (authentication, the error shape, the shared error answers) and each domain's fragment. The
/// lists of values come from the Swift enums, so that the document cannot drift from what the API
/// accepts and emits; a test checks its paths against the routes both ways.
enum OpenAPIDocument {
    /// Every domain's part of the API.
    static let fragments: [OpenAPIFragment] = [ServiceDeskOpenAPI.fragment]

    @Sendable static func serve(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: json))
    }

    static let document: OpenAPI.Document = {
        let domains = OpenAPIFragment.merged(fragments + [meta])
        var schemas = domains.schemas
        schemas["Error"] = errorSchema
        var responses = OpenAPI.ComponentDictionary<OpenAPI.Response>()
        for failure in APIFailure.allCases { responses[.init(stringLiteral: failure.rawValue)] = failure.response }
        return OpenAPI.Document(
            openAPIVersion: .v3_0_3,
            info: OpenAPI.Document.Info(title: "Entente API", description: description, version: "1.0.0"),
            servers: [OpenAPI.Server(url: URL(string: "/")!)],
            paths: domains.paths,
            components: OpenAPI.Components(
                schemas: schemas, responses: responses, parameters: domains.parameters,
                securitySchemes: [bearer: .http(scheme: "bearer", bearerFormat: "ent_ followed by 43 base64url characters",
                                                description: "An API token; it acts as the account it was issued for.")]),
            security: [[.component(named: bearer.rawValue): []]],
            tags: domains.tags)
    }()

    /// This document itself, open to all.
    private static let meta = OpenAPIFragment(
        tags: ["meta"],
        paths: ["/api/openapi.json": .pathItem(OpenAPI.PathItem(get: OpenAPI.Operation(
            tags: ["meta"], summary: "This document.", operationId: "getOpenAPIDocument",
            responses: [200: .response(OpenAPI.Response(
                description: "The OpenAPI document.", content: [.json: OpenAPI.Content(schema: .object)]))],
            security: [])))])

    /// The document as served: encoded once, keys sorted so that the text is the same at every start.
    static let json: String = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        } catch {
            preconditionFailure("the OpenAPI document does not encode: \(error)")
        }
    }()

    private static let bearer: OpenAPI.ComponentKey = "bearerAuth"

    private static let description = "The shared digital service's API, for integrations such as an ENT's help button. Every call but this document needs an API token (`entente token create --email ACCOUNT --name NAME`), sent as `Authorization: Bearer ent_…`. A token acts as its account, with exactly that account's rights: an establishment member files for and sees their own establishment; a partner's agent files for the establishments of its conventions, handles the tickets routed to its partner and reads, without acting, the other tickets of its territory; observers only read; internal notes are seen by their own party only. Errors always have the shape of `Error`. Filing for an establishment that is unknown or outside the caller's scope is a 422 on `establishment_uai` (an observer, who may never file, gets 403); a resource the caller may not see is a 404, so that ids cannot be probed."

    /// `{"error": {"code", "message", "fields"?}}`, every code from `APIError.Code`.
    private static let errorSchema = JSONSchema.object(
        properties: [
            "error": .object(properties: [
                "code": OpenAPIPieces.oneOf(APIError.Code.self),
                "message": .string(description: "In English, for the developer."),
                "fields": .object(required: false, description: "For `validation_failed`: the problem of each field, by its JSON name.",
                                  additionalProperties: .schema(.string)),
            ]),
        ],
        example: AnyCodable(["error": AnyCodable([
            "code": AnyCodable(APIError.Code.validationFailed.rawValue),
            "message": "Some fields are missing or invalid; nothing was written.",
            "fields": AnyCodable(["funding": "the convention assigns this component by funding: give it (collectivite → CD; etablissement → EPLE)"]),
        ])]))
}
