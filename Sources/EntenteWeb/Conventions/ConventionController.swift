import EntenteCore
import EntenteStorage
import Fluent
import Vapor

enum ConventionController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let rows = try await TerritoryStore(database: request.db).conventions().map { convention in
            ConventionsPage.Row(id: convention.id, title: convention.title, territory: convention.territory,
                                effective: convention.dates.effective.description, end: convention.dates.end?.description)
        }
        return ConventionsPage(context: PageContext(request), rows: rows).render()
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let (convention, version) = try await load(request)
        return ConventionPage(context: PageContext(request), convention: convention, versionShown: version).render()
    }

    @Sendable static func matrixCSV(_ request: Request) async throws -> Response {
        let (convention, version) = try await load(request)
        return MatrixExport(convention, version: version).csv.response(fileName: "matrice-\(convention.id).csv")
    }

    @Sendable static func matrixJSON(_ request: Request) async throws -> Response {
        let (convention, version) = try await load(request)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let response = Response(status: .ok, body: .init(data: try encoder.encode(MatrixExport(convention, version: version))))
        response.headers.contentType = .json
        return response
    }

    /// The convention of the URL, as of `?version=` when given, else with every avenant applied.
    private static func load(_ request: Request) async throws -> (Convention, String?) {
        let id = try request.parameters.require("id")
        guard let convention = try await TerritoryStore(database: request.db).convention(id: id) else {
            throw Abort(.notFound)
        }
        guard let version = request.query[String.self, at: "version"] else { return (convention.current, nil) }
        do {
            return (try convention.asOf(version: version), version)
        } catch {
            throw Abort(.notFound, reason: error.description)
        }
    }
}
