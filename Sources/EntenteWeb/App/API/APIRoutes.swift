import Vapor

/// The routes of the JSON API: the OpenAPI document, open to all, and each domain's under /api/v1, behind a token.
/// Every error under /api is answered in the API's JSON shape.
enum APIRoutes {
    static let version1 = "/api/v1"

    static func register(on app: Application) throws {
        let api = app.grouped("api").grouped(APIErrorMiddleware())
        api.get("openapi.json", use: OpenAPIDocument.serve)

        let v1 = api.grouped("v1").grouped(APIAuthentication())
        ServiceDeskAPIRoutes.register(on: v1, of: app)

        refuseOtherMethods(on: api, of: app)
        // Anything else under /api is a JSON 404, not the site's HTML page.
        for method in methods {
            api.on(method, "**") { _ -> Response in throw APIError.noSuchEndpoint }
        }
    }

    /// The methods a client may try on a path; `QUERY` is the IETF draft's safe query method.
    static let methods: [HTTPMethod] = [.GET, .POST, .PUT, .PATCH, .DELETE, .OPTIONS, .TRACE, .RAW(value: "QUERY")]

    /// Marks the routes that only refuse a method, which the OpenAPI document rightly does not list.
    static let refusalKey = "entente.methodNotAllowed"

    /// Every other method on a path of the API is a 405 in the API's shape, `Allow` listing those it
    /// takes — read from the routes themselves, so that a new endpoint cannot be forgotten.
    private static func refuseOtherMethods(on api: any RoutesBuilder, of app: Application) {
        let routes = app.routes.all.filter { $0.path.first?.description == "api" && !$0.path.contains(.catchall) }
        let byPath = Dictionary(grouping: routes) { $0.path.map(\.description).joined(separator: "/") }
        for (_, routes) in byPath.sorted(by: { $0.key < $1.key }) {
            let allowed = routes.map(\.method)
            let path = Array(routes[0].path.dropFirst())
            for method in methods where !allowed.contains(method) && !(method == .HEAD) {
                api.on(method, path) { _ -> Response in throw APIError.methodNotAllowed(allowed) }
                    .userInfo[refusalKey] = true
            }
        }
    }
}
