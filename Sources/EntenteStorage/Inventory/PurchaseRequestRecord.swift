import EntenteCore
import Fluent
import Foundation

/// A row of `purchase_requests`. Internal: the store hands out `PurchaseRequest`.
final class PurchaseRequestRecord: Model, @unchecked Sendable {
    static let schema = "purchase_requests"

    enum State: String {
        case pending, approved, refused, received
    }

    private struct Item: Codable {
        var componentID: String
        var model: String
        var quantity: Int
        var unitPriceCents: Int64

        enum CodingKeys: String, CodingKey {
            case model, quantity, componentID = "component_id", unitPriceCents = "unit_price_cents"
        }
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "reference") var reference: String
    @Field(key: "establishment_uai") var establishmentUAI: String
    @Field(key: "zone") var zone: String
    @Field(key: "items") var items: String
    @Field(key: "requested_by") var requestedBy: String
    @Field(key: "requested_on") var requestedOn: String
    @Field(key: "validating_party") var validatingParty: String
    @Field(key: "state") var state: String
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalField(key: "decision_reason") var decisionReason: String?
    @OptionalField(key: "received_on") var receivedOn: String?

    init() {}

    init(_ request: PurchaseRequest) throws {
        id = request.id
        reference = request.reference
        establishmentUAI = request.establishment.value
        zone = request.zone.rawValue
        items = String(decoding: try JSONEncoder().encode(request.items.map {
            Item(componentID: $0.componentID, model: $0.model, quantity: $0.quantity, unitPriceCents: $0.unitPrice.cents)
        }), as: UTF8.self)
        requestedBy = request.requestedBy
        requestedOn = request.requestedOn.description
        validatingParty = request.validatingParty
        record(request.state)
    }

    func record(_ state: PurchaseRequest.State) {
        let decision: PurchaseRequest.Decision?
        switch state {
        case .pending: (self.state, decision, receivedOn) = (State.pending.rawValue, nil, nil)
        case .approved(let made): (self.state, decision, receivedOn) = (State.approved.rawValue, made, nil)
        case .refused(let made): (self.state, decision, receivedOn) = (State.refused.rawValue, made, nil)
        case .received(let made, let day): (self.state, decision, receivedOn) = (State.received.rawValue, made, day.description)
        }
        decidedBy = decision?.by
        decidedOn = decision?.on.description
        decisionReason = decision?.reason
    }

    func request() throws -> PurchaseRequest {
        func day(_ text: String?, _ column: String) throws -> CalendarDate {
            try StoredValueError.day(text ?? "NULL", table: Self.schema, column: column)
        }
        let uai = try StoredValueError.uai(establishmentUAI, table: Self.schema, column: "establishment_uai")
        guard let stored = try? JSONDecoder().decode([Item].self, from: Data(items.utf8)) else {
            throw StoredValueError(table: Self.schema, column: "items", value: items)
        }
        let kind: State = try StoredValueError.decode(state, table: Self.schema, column: "state")
        func decision() throws -> PurchaseRequest.Decision {
            PurchaseRequest.Decision(by: decidedBy ?? "", on: try day(decidedOn, "decided_on"), reason: decisionReason ?? "")
        }
        let state: PurchaseRequest.State = switch kind {
        case .pending: .pending
        case .approved: .approved(try decision())
        case .refused: .refused(try decision())
        case .received: .received(try decision(), on: try day(receivedOn, "received_on"))
        }
        return PurchaseRequest(
            id: try requireID(), reference: reference, establishment: uai,
            zone: try StoredValueError.decode(zone, table: Self.schema, column: "zone"),
            items: stored.map { PurchaseRequest.Item(componentID: $0.componentID, model: $0.model, quantity: $0.quantity,
                                                     unitPrice: Money(cents: $0.unitPriceCents)) },
            requestedBy: requestedBy, requestedOn: try day(requestedOn, "requested_on"), validatingParty: validatingParty, state: state)
    }
}
