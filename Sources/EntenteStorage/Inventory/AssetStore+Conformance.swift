import EntenteCore
import Fluent
import Foundation
import SQLKit

extension AssetStore {
    /// Deployed devices (in service or unavailable) of `establishments` (nil: all), counted by
    /// establishment, component and model in one grouped query.
    public func deployedByModel(of establishments: Set<UAI>?, lifecycle: AssetLifecycle) async throws -> [UAI: [String: [String?: Int]]] {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        let deployed = lifecycle.statuses.filter { $0.standing == .inService || $0.standing == .unavailable }.map(\.id)
        let select = sql.select().columns("establishment_uai", "component_id", "model")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(AssetRecord.schema).where("status", .in, deployed)
        if let establishments { select.where("establishment_uai", .in, establishments.map(\.value)) }
        var counts: [UAI: [String: [String?: Int]]] = [:]
        for row in try await select.groupBy("establishment_uai").groupBy("component_id").groupBy("model").all() {
            let text = try row.decode(column: "establishment_uai", as: String.self)
            let uai = try StoredValueError.uai(text, table: AssetRecord.schema, column: "establishment_uai")
            counts[uai, default: [:]][try row.decode(column: "component_id", as: String.self), default: [:]][
                try row.decode(column: "model", as: String?.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    /// The modulations agreed for these establishments (nil: all), oldest first.
    public func modulations(of establishments: Set<UAI>?) async throws -> [EquipmentModulation] {
        let query = EquipmentModulationRecord.query(on: database).sort(\.$agreedOn)
        if let establishments { query.filter(\.$establishmentUAI ~~ establishments.map(\.value)) }
        return try await query.all().map { try $0.modulation() }
    }

    public func record(_ modulation: EquipmentModulation, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            try await EquipmentModulationRecord(modulation, recordedBy: actor).create(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .modulationRecorded, subject: modulation.establishment.value,
                                  after: "\(modulation.componentID) \(modulation.quantity) \(modulation.agreedOn) \(modulation.agreedWith)")
                .create(on: database)
        }
    }
}
