import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// The inventory list, its CSV, an asset's page and its status changes.
enum InventoryController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let scope = InventoryScope(user: user, environment: request.entente)
        let query = AssetListQuery(request, readable: scope.readable)
        let (assets, total) = try await AssetStore(database: request.db).list(query.filter, offset: query.offset, limit: AssetListQuery.pageSize)
        return AssetsPage(context: PageContext(request), model: .init(
            assets: assets, total: total, query: query, componentNames: componentNames(request.entente),
            canImport: AssetAccess.canImport(user.viewer))).render()
    }

    /// The whole filtered list (at most 100,000 rows), in the columns an import reads back: CSV, or
    /// JSON objects keyed by the same names with `?format=json`.
    @Sendable static func listCSV(_ request: Request) async throws -> Response {
        let scope = InventoryScope(user: try request.requireUser(), environment: request.entente)
        let query = AssetListQuery(request, readable: scope.readable)
        if let problem = query.problems.first { throw Abort(.badRequest, reason: problem.text(PageContext(request).language)) }
        let assets = try await AssetStore(database: request.db).list(query.filter, offset: 0, limit: 100_000).assets
        let fields: [AssetField] = [.id, .establishment, .inventoryNumber, .serialNumber, .component, .model, .zone, .building,
                                    .room, .funding, .purchase, .acquiredOn, .condition, .price, .warrantyEndsOn,
                                    .endOfLifeOn, .status]
        let rows = assets.map { asset in
            let details = asset.details
            let purchase: String? = if case .etablissement(let purchase) = details.funding { purchase } else { nil }
            return [asset.id.uuidString.lowercased(), details.establishment.value, details.inventoryNumber, details.serialNumber ?? "",
                    details.componentID, details.model ?? "", details.zone?.rawValue ?? "", details.building ?? "", details.room ?? "",
                    details.funding.origin.rawValue, purchase ?? "", details.acquiredOn?.description ?? "",
                    details.condition?.rawValue ?? "", details.price?.description ?? "", details.warrantyEndsOn?.description ?? "",
                    details.endOfLifeOn?.description ?? "", asset.status]
        }
        if request.query[String.self, at: "format"] == "json" {
            // Empty cells are absent, as in an import where they leave a value as it is.
            return try APIJSON.response(rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(fields.map(\.rawValue), row).filter { !$0.1.isEmpty })
            })
        }
        return CSVDocument(header: fields.map(\.rawValue), rows: rows).response(fileName: "inventaire.csv")
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let (asset, scope) = try await readable(request)
        return try await page(request, asset, canEdit: scope.canEdit(asset.details.establishment),
                              notice: request.query[String.self, at: "stale"] == nil ? nil : .stale)
    }

    /// The device's label: its numbers and the QR code of its intake link, to print and stick on it.
    @Sendable static func label(_ request: Request) async throws -> Response {
        let (asset, _) = try await readable(request)
        let link = request.entente.notifier.baseURL + SiteURL.newTicket.path + "?asset=" + asset.id.uuidString.lowercased()
        let code: QRCode
        do { code = try QRCode(link) } catch { throw Abort(.internalServerError, reason: "the intake link does not fit a label's QR code") }
        return AssetLabelPage(context: PageContext(request), asset: asset, link: link, code: code).render()
    }

    struct StatusForm: Content {
        var status: String
        var version: Int
        var note: String?
    }

    @Sendable static func changeStatus(_ request: Request) async throws -> Response {
        let (asset, scope) = try await readable(request)
        guard scope.canEdit(asset.details.establishment) else { throw Abort(.forbidden) }
        let form = try request.content.decode(StatusForm.self, as: .urlEncodedForm)
        let note = form.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (note?.count ?? 0) <= 500 else { throw Abort(.unprocessableEntity, reason: "note: 500 characters at most") }
        let user = try request.requireUser()
        do {
            _ = try await AssetStore(database: request.db).changeStatus(
                of: asset.id, to: form.status, from: form.version, note: note?.nonEmpty, lifecycle: .standard,
                actor: user.email, at: Instant(request.entente.now()))
        } catch AssetStore.Failure.stale {
            return request.redirect(to: SiteURL.asset(asset.id).path + "?stale=1", redirectType: .normal)
        } catch AssetStore.Failure.transitionRefused(let from, let to) {
            throw Abort(.conflict, reason: "\(from) → \(to)")
        }
        return request.redirect(to: SiteURL.asset(asset.id).path, redirectType: .normal)
    }

    /// The asset of the path, if the user may read it: another establishment's asset is a 404, so
    /// that ids cannot be probed.
    static func readable(_ request: Request) async throws -> (Asset, InventoryScope) {
        let scope = InventoryScope(user: try request.requireUser(), environment: request.entente)
        guard let id = request.parameters.get("id", as: UUID.self),
              let asset = try await AssetStore(database: request.db).asset(id),
              scope.canRead(asset.details.establishment)
        else { throw Abort(.notFound) }
        return (asset, scope)
    }

    static func page(_ request: Request, _ asset: Asset, canEdit: Bool, notice: InventoryPhrase? = nil,
                     refusal: AssetLending.Refusal? = nil) async throws -> Response {
        let establishment = request.entente.territory.establishments.first { $0.uai == asset.details.establishment }
        let store = AssetStore(database: request.db)
        let loans = try await store.loans(of: asset.id)
        var cartNames: [UUID: String] = [:]
        for loan in loans {
            if case .cart(let id) = loan.holder { cartNames[id] = try await store.asset(id)?.details.inventoryNumber }
        }
        // The device's tickets: about its inventory number or serial, in its establishment.
        var filter = TicketStore.Filter(establishmentUAI: asset.details.establishment.value)
        filter.assetReferences = [asset.details.inventoryNumber] + (asset.details.serialNumber.map { [$0] } ?? [])
        let tickets = try await TicketStore(database: request.db).list(filter, limit: 50).tickets
        let response = AssetPage(context: PageContext(request), model: .init(
            asset: asset, componentName: componentNames(request.entente)[asset.details.componentID],
            establishmentName: establishment?.name, history: try await store.history(of: asset.id),
            canEdit: canEdit, notice: notice, loans: loans, cartNames: cartNames,
            today: request.entente.today, refusal: refusal,
            tickets: tickets)).render()
        if refusal != nil { response.status = .unprocessableEntity }
        return response
    }

    /// Component names by id, from every convention (the first that names an id wins).
    static func componentNames(_ environment: EntenteApp.Environment) -> [String: String] {
        var names: [String: String] = [:]
        for convention in environment.conventions.values.sorted(by: { $0.id < $1.id }) {
            for component in convention.domains.flatMap(\.components) where names[component.id] == nil {
                names[component.id] = component.name
            }
        }
        return names
    }
}
