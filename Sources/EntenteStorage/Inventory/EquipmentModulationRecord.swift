import EntenteCore
import Fluent
import Foundation

/// A row of `equipment_modulations`. Internal: the store hands out `EquipmentModulation`.
final class EquipmentModulationRecord: Model, @unchecked Sendable {
    static let schema = "equipment_modulations"

    @ID(key: .id) var id: UUID?
    @Field(key: "establishment_uai") var establishmentUAI: String
    @Field(key: "component_id") var componentID: String
    @Field(key: "quantity") var quantity: Int
    @Field(key: "agreed_on") var agreedOn: String
    @Field(key: "agreed_with") var agreedWith: String
    @Field(key: "reason") var reason: String
    @Field(key: "recorded_by") var recordedBy: String

    init() {}

    init(_ modulation: EquipmentModulation, recordedBy: String) {
        id = UUID()
        establishmentUAI = modulation.establishment.value
        componentID = modulation.componentID
        quantity = modulation.quantity
        agreedOn = modulation.agreedOn.description
        agreedWith = modulation.agreedWith
        reason = modulation.reason
        self.recordedBy = recordedBy
    }

    func modulation() throws -> EquipmentModulation {
        let uai = try StoredValueError.uai(establishmentUAI, table: Self.schema, column: "establishment_uai")
        let day = try StoredValueError.day(agreedOn, table: Self.schema, column: "agreed_on")
        return EquipmentModulation(establishment: uai, componentID: componentID, quantity: quantity, agreedOn: day,
                                   agreedWith: agreedWith, reason: reason)
    }
}
