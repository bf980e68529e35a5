import Fluent
import SQLKit
import Vapor

enum HealthController {
    struct Status: Content {
        var status: String
        var database: String
    }

    /// 200 when the database answers a query, 503 otherwise.
    @Sendable static func health(_ request: Request) async throws -> Response {
        do {
            guard let sql = request.db as? any SQLDatabase else { throw Abort(.serviceUnavailable) }
            try await sql.raw("SELECT 1").run()
            return try await Status(status: "ok", database: sql.dialect.name).encodeResponse(for: request)
        } catch {
            request.logger.warning("health check failed: \(String(reflecting: error))")
            let response = try await Status(status: "unavailable", database: "unreachable").encodeResponse(for: request)
            response.status = .serviceUnavailable
            return response
        }
    }
}
