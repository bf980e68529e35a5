import EntenteCore
import Fluent
import Foundation
import SQLKit

extension AssetStore {
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
