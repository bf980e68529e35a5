import Foundation

/// An establishment's request to buy equipment on its own funds (seed 002: "Les EPLE doivent
/// demander la validation de l'Académie pour la partie administrative, et du Département pour la
/// partie pédagogique, pour tout achat sur fonds propres. Les achats sur fonds propres doivent
/// impérativement s'inscrire dans le référentiel d'équipement du Département"). The validating
/// party is the one the convention names for the request's network; once approved and received,
/// the devices enter the inventory funded by the establishment under this purchase.
public struct PurchaseRequest: Hashable, Sendable, Identifiable {
    public struct Item: Hashable, Sendable {
        public var componentID: String
        public var model: String
        public var quantity: Int
        public var unitPrice: Money

        public init(componentID: String, model: String, quantity: Int, unitPrice: Money) {
            self.componentID = componentID
            self.model = model
            self.quantity = quantity
            self.unitPrice = unitPrice
        }

        public var total: Money { Money(cents: unitPrice.cents * Int64(quantity)) }
    }

    /// A decision of the validating party: who, when, why.
    public struct Decision: Hashable, Sendable {
        public var by: String
        public var on: CalendarDate
        public var reason: String

        public init(by: String, on: CalendarDate, reason: String) {
            self.by = by
            self.on = on
            self.reason = reason
        }
    }

    public enum State: Hashable, Sendable {
        case pending
        case approved(Decision)
        case refused(Decision)
        /// Approved, then delivered: its devices are in the inventory.
        case received(Decision, on: CalendarDate)
    }

    public var id: UUID
    /// `ACH-2026-0007`: what the devices' funding names.
    public var reference: String
    public var establishment: UAI
    public var zone: NetworkZone
    public var items: [Item]
    public var requestedBy: String
    public var requestedOn: CalendarDate
    /// The convention's party code of the validating party (`CD`, `ACA`).
    public var validatingParty: String
    public var state: State

    public init(id: UUID = UUID(), reference: String, establishment: UAI, zone: NetworkZone, items: [Item], requestedBy: String,
                requestedOn: CalendarDate, validatingParty: String, state: State = .pending) {
        self.id = id
        self.reference = reference
        self.establishment = establishment
        self.zone = zone
        self.items = items
        self.requestedBy = requestedBy
        self.requestedOn = requestedOn
        self.validatingParty = validatingParty
        self.state = state
    }

    public var total: Money { items.reduce(Money(cents: 0)) { $0 + $1.total } }
    public var deviceCount: Int { items.reduce(0) { $0 + $1.quantity } }
}

/// The rules of own-funds purchases.
public enum PurchaseValidation {
    /// Where a convention says who validates: the component and activity whose cell, by network
    /// zone, names the party (Ille-et-Vilaine: the equipment acceptance policy, `definition`).
    public static let policyComponent = "prise-en-charge-materiels"

    public enum Refusal: Error, Hashable, Sendable {
        case noItems
        case invalidQuantity(String)
        /// The component is not in the référentiel, or the model is not one it approves.
        case outsideStandard(componentID: String, model: String)
        /// The convention names nobody for this network.
        case noValidatingParty(NetworkZone)
        case notPending
        case notApproved
        /// Receiving: one inventory number per device, no more, no less.
        case wrongDeviceCount(expected: Int, given: Int)
        case emptyReason
    }

    /// The party of `convention` that validates an own-funds purchase on `zone`.
    public static func validatingParty(in convention: Convention, zone: NetworkZone) throws(Refusal) -> String {
        do {
            let responsibility = try convention.resolve(component: policyComponent, activity: .definition, context: ResponsibilityContext(zone: zone))
            guard let party = responsibility.raci.responsible.first else { throw Refusal.noValidatingParty(zone) }
            return party
        } catch {
            throw .noValidatingParty(zone)
        }
    }

    /// Checks the items against the référentiel: each component must be one of its lines and each
    /// model one it approves (a line without models approves any).
    public static func check(_ items: [PurchaseRequest.Item], against standard: EquipmentStandard?) throws(Refusal) {
        guard !items.isEmpty else { throw .noItems }
        for item in items {
            guard (1...10_000).contains(item.quantity), item.unitPrice.cents >= 0 else { throw .invalidQuantity(item.componentID) }
            guard let line = standard?.lines.first(where: { $0.componentID == item.componentID }), line.approves(model: item.model) else {
                throw .outsideStandard(componentID: item.componentID, model: item.model)
            }
        }
    }

    /// The decision on a pending request.
    public static func decide(_ request: PurchaseRequest, approve: Bool, decision: PurchaseRequest.Decision) throws(Refusal) -> PurchaseRequest.State {
        guard request.state == .pending else { throw .notPending }
        guard !decision.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyReason }
        return approve ? .approved(decision) : .refused(decision)
    }

    /// The devices of an approved request on delivery, one per inventory number given (in the
    /// items' order), funded by the establishment under this purchase.
    public static func receive(_ request: PurchaseRequest, inventoryNumbers: [String], on day: CalendarDate) throws(Refusal) -> [AssetDetails] {
        guard case .approved = request.state else { throw .notApproved }
        let numbers = inventoryNumbers.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard numbers.count == request.deviceCount else { throw .wrongDeviceCount(expected: request.deviceCount, given: numbers.count) }
        var remaining = numbers[...]
        return request.items.flatMap { item in
            (0..<item.quantity).map { _ in
                AssetDetails(establishment: request.establishment, componentID: item.componentID, model: item.model,
                             inventoryNumber: remaining.popFirst()!, zone: request.zone,
                             funding: .etablissement(purchase: request.reference), acquiredOn: day, price: item.unitPrice)
            }
        }
    }
}
