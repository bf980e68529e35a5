import EntenteStorage
import Vapor

/// Home, establishments, partners and the audit trail: read-only listings.
enum DirectoryController {
    @Sendable static func home(_ request: Request) async throws -> Response {
        let store = TerritoryStore(database: request.db)
        let model = HomePage.Model(conventions: try await store.conventions().count,
                                   establishments: try await store.establishmentCount(),
                                   partners: try await store.partners().count)
        return HomePage(context: PageContext(request), model: model).render()
    }

    @Sendable static func establishments(_ request: Request) async throws -> Response {
        let query = (request.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let store = TerritoryStore(database: request.db)
        return EstablishmentsPage(context: PageContext(request), query: query,
                                  establishments: try await store.establishments(matching: query),
                                  total: try await store.establishmentCount()).render()
    }

    @Sendable static func partners(_ request: Request) async throws -> Response {
        PartnersPage(context: PageContext(request), partners: try await TerritoryStore(database: request.db).partners()).render()
    }

    @Sendable static func audit(_ request: Request) async throws -> Response {
        AuditPage(context: PageContext(request), entries: try await AuditTrail(database: request.db).latest(100)).render()
    }
}
