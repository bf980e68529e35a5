import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// Own-funds purchases: an establishment asks, the party the convention names for the network
/// decides with a reason, the establishment enters the delivered devices.
enum PurchaseController {
    /// Rows of items the request form offers.
    static let itemRows = 3

    @Sendable static func list(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let scope = InventoryScope(user: user, environment: request.entente)
        return try await page(request, user: user, scope: scope)
    }

    private static func page(_ request: Request, user: SignedInUser, scope: InventoryScope, form: [String: String] = [:],
                             refusal: PurchaseValidation.Refusal? = nil) async throws -> Response {
        let requests = try await AssetStore(database: request.db).purchaseRequests(of: scope.readable)
        let response = PurchasesPage(context: PageContext(request), model: .init(
            requests: requests, canFile: user.role == .establishmentMember || user.role == .administrator,
            components: standardComponents(request), componentNames: InventoryController.componentNames(request.entente),
            form: form, refusal: refusal)).render()
        if refusal != nil { response.status = .unprocessableEntity }
        return response
    }

    /// The components of the référentiels, the only ones an own-funds purchase may buy.
    private static func standardComponents(_ request: Request) -> [String] {
        Array(Set(request.entente.territory.equipmentStandards.flatMap { $0.lines.map(\.componentID) })).sorted()
    }

    @Sendable static func file(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard user.role == .establishmentMember || user.role == .administrator else { throw Abort(.forbidden) }
        let scope = InventoryScope(user: user, environment: request.entente)
        let form = try request.content.decode([String: String].self, as: .urlEncodedForm)
        let text = user.role == .establishmentMember ? user.establishmentUAI ?? "" : form["establishment"] ?? ""
        guard let uai = try? UAI(text), scope.canEdit(uai),
              let establishment = try await TerritoryStore(database: request.db).establishment(uai: uai.value) else { throw Abort(.notFound) }
        guard let zone = form["zone"].flatMap(NetworkZone.init(rawValue:)) else { throw Abort(.badRequest, reason: "zone") }
        var items: [PurchaseRequest.Item] = []
        for row in 0..<itemRows {
            guard let component = form["component-\(row)"], !component.isEmpty else { continue }
            let model = (form["model-\(row)"] ?? "").trimmingCharacters(in: .whitespaces)
            guard let quantity = Int(form["quantity-\(row)"] ?? ""), let price = try? Money(parsing: form["price-\(row)"] ?? ""),
                  model.count <= 120 else {
                return try await page(request, user: user, scope: scope, form: form, refusal: .invalidQuantity(component))
            }
            items.append(PurchaseRequest.Item(componentID: component, model: model, quantity: quantity, unitPrice: price))
        }
        let conventions = request.entente.conventions.values.sorted { $0.id < $1.id }
        guard let convention = conventions.first(where: { $0.covers(establishment) }) else { throw Abort(.notFound) }
        let today = request.entente.today
        let filed: PurchaseRequest
        do {
            try PurchaseValidation.check(items, against: request.entente.territory.equipmentStandards.first { $0.conventionID == convention.id })
            let party = try PurchaseValidation.validatingParty(in: convention, zone: zone)
            filed = try await AssetStore(database: request.db).file(PurchaseRequest(
                reference: "", establishment: uai, zone: zone, items: items, requestedBy: user.email, requestedOn: today, validatingParty: party))
        } catch let refusal as PurchaseValidation.Refusal {
            return try await page(request, user: user, scope: scope, form: form, refusal: refusal)
        }
        return request.redirect(to: SiteURL.purchase(filed.id).path, redirectType: .normal)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let (purchase, user, scope) = try await readable(request)
        return try render(request, purchase, user: user, scope: scope)
    }

    private static func render(_ request: Request, _ purchase: PurchaseRequest, user: SignedInUser, scope: InventoryScope,
                               refusal: PurchaseValidation.Refusal? = nil, taken: [String] = []) throws -> Response {
        let response = PurchasePage(context: PageContext(request), model: .init(
            purchase: purchase, componentNames: InventoryController.componentNames(request.entente),
            canDecide: mayDecide(purchase, user: user, in: request.entente),
            canReceive: scope.canEdit(purchase.establishment) && user.role != .partnerAgent || user.role == .administrator,
            refusal: refusal, taken: taken)).render()
        if refusal != nil || !taken.isEmpty { response.status = .unprocessableEntity }
        return response
    }

    /// The validating party's agents decide, and administrators.
    static func mayDecide(_ purchase: PurchaseRequest, user: SignedInUser, in environment: EntenteApp.Environment) -> Bool {
        if user.role == .administrator { return true }
        guard user.role == .partnerAgent, let partner = user.partnerCode else { return false }
        let establishment = environment.territory.establishments.first { $0.uai == purchase.establishment }
        let convention = environment.conventions.values.sorted { $0.id < $1.id }.first { establishment.map($0.covers) ?? false }
        return convention?.party(code: purchase.validatingParty)?.partnerCode == partner
    }

    struct DecisionForm: Content {
        var decision: String
        var reason: String
    }

    @Sendable static func decide(_ request: Request) async throws -> Response {
        let (purchase, user, scope) = try await readable(request)
        guard mayDecide(purchase, user: user, in: request.entente) else { throw Abort(.forbidden) }
        let form = try request.content.decode(DecisionForm.self, as: .urlEncodedForm)
        guard form.decision == "approve" || form.decision == "refuse", form.reason.count <= 2_000 else {
            throw Abort(.badRequest, reason: "decision: approve or refuse")
        }
        let today = request.entente.today
        do {
            _ = try await AssetStore(database: request.db).decide(
                purchase.id, approve: form.decision == "approve",
                decision: PurchaseRequest.Decision(by: user.email, on: today, reason: form.reason.trimmingCharacters(in: .whitespacesAndNewlines)),
                at: Instant(request.entente.now()))
        } catch let refusal as PurchaseValidation.Refusal {
            return try render(request, purchase, user: user, scope: scope, refusal: refusal)
        }
        return request.redirect(to: SiteURL.purchase(purchase.id).path, redirectType: .normal)
    }

    struct ReceiptForm: Content {
        var inventory_numbers: String
        var received_on: String
    }

    @Sendable static func receive(_ request: Request) async throws -> Response {
        let (purchase, user, scope) = try await readable(request)
        guard scope.canEdit(purchase.establishment) && user.role != .partnerAgent || user.role == .administrator else {
            throw Abort(.forbidden)
        }
        let form = try request.content.decode(ReceiptForm.self, as: .urlEncodedForm)
        guard let day = CalendarDate(iso: form.received_on) else { throw Abort(.badRequest, reason: "received_on: YYYY-MM-DD") }
        let numbers = form.inventory_numbers.split(whereSeparator: \.isNewline).map(String.init)
        guard numbers.allSatisfy({ $0.count <= AssetImportRules.textLimit }) else { throw Abort(.unprocessableEntity, reason: "inventory numbers: 120 characters at most") }
        do {
            _ = try await AssetStore(database: request.db).receive(purchase.id, inventoryNumbers: numbers, on: day, lifecycle: .standard,
                                                                   actor: user.email, at: Instant(request.entente.now()))
        } catch let refusal as PurchaseValidation.Refusal {
            return try render(request, purchase, user: user, scope: scope, refusal: refusal)
        } catch AssetStore.Failure.inventoryNumbersTaken(let taken) {
            return try render(request, purchase, user: user, scope: scope, taken: taken)
        }
        return request.redirect(to: SiteURL.purchase(purchase.id).path, redirectType: .normal)
    }

    private static func readable(_ request: Request) async throws -> (PurchaseRequest, SignedInUser, InventoryScope) {
        let user = try request.requireUser()
        let scope = InventoryScope(user: user, environment: request.entente)
        guard let id = request.parameters.get("id", as: UUID.self),
              let purchase = try await AssetStore(database: request.db).purchaseRequest(id), scope.canRead(purchase.establishment)
        else { throw Abort(.notFound) }
        return (purchase, user, scope)
    }
}
