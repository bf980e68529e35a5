import EntenteCore
import EntenteStorage
import Fluent
import FluentKit
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

    /// An establishment and its critical outages in progress; its tickets must be readable by the user.
    @Sendable static func establishment(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        guard let uai = request.parameters.get("uai"),
              let establishment = try await ServiceDesk.establishment(uai.uppercased(), on: request.db) else { throw Abort(.notFound) }
        let convention = ServiceDesk.convention(covering: establishment, in: request.entente)
        let facts = TicketAccessFacts(establishmentUAI: establishment.uai.value, responsiblePartner: nil,
                                      conventionPartners: Set(convention?.parties.compactMap(\.partnerCode) ?? []))
        var outages: [EstablishmentPage.Outage] = []
        if TicketAccess.canRead(desk.user.viewer, facts) {
            let store = TicketStore(database: request.db)
            let filter = TicketStore.Filter(establishmentUAI: establishment.uai.value,
                                            statuses: TicketStatus.allCases.filter(\.isOpen), criticality: .critical)
            for ticket in try await store.list(filter, limit: 100).tickets {
                outages.append(.init(ticket: ticket, latest: try await store.latestPublicUpdate(of: ticket.id)))
            }
        }
        return EstablishmentPage(context: PageContext(request), establishment: establishment, convention: convention,
                                 outages: outages).render()
    }

    @Sendable static func partners(_ request: Request) async throws -> Response {
        PartnersPage(context: PageContext(request), partners: try await TerritoryStore(database: request.db).partners()).render()
    }

    /// The latest 100 entries the user may read: all of them for administrators; for observers, each
    /// entry under the rules of what it describes (`TicketAccess.canReadAuditEntry`), read from the
    /// latest 2,000.
    @Sendable static func audit(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let trail = AuditTrail(database: request.db)
        guard user.role != .administrator else {
            return AuditPage(context: PageContext(request), entries: try await trail.latest(100)).render()
        }
        let entries = try await trail.latest(2_000)
        let subjects = try await AuditSubjects.resolve(entries, on: request.db, in: request.entente)
        let visible = entries.filter { entry in
            TicketAccess.canReadAuditEntry(user.viewer, about: subjects.subject(of: entry),
                                           isInternal: entry.action?.isInternal ?? true)
        }
        return AuditPage(context: PageContext(request), entries: Array(visible.prefix(100))).render()
    }
}
