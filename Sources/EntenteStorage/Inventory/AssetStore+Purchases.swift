import EntenteCore
import Fluent
import Foundation

extension AssetStore {
    /// Files a request under the next reference of its year (`ACH-2026-0001`…).
    public func file(_ request: PurchaseRequest) async throws -> PurchaseRequest {
        try await database.transaction { database in
            let prefix = "ACH-\(request.requestedOn.year)-"
            let count = try await PurchaseRequestRecord.query(on: database).filter(\.$reference >= prefix)
                .filter(\.$reference < prefix + "~").count()
            var filed = request
            filed.reference = prefix + String(repeating: "0", count: max(0, 4 - String(count + 1).count)) + String(count + 1)
            try await PurchaseRequestRecord(filed).create(on: database)
            return filed
        }
    }

    /// The requests of these establishments or awaiting these parties' decision (nil: all), newest first.
    public func purchaseRequests(of establishments: Set<UAI>?) async throws -> [PurchaseRequest] {
        let query = PurchaseRequestRecord.query(on: database).sort(\.$requestedOn, .descending).sort(\.$reference, .descending).limit(500)
        if let establishments { query.filter(\.$establishmentUAI ~~ establishments.map(\.value)) }
        return try await query.all().map { try $0.request() }
    }

    public func purchaseRequest(_ id: UUID) async throws -> PurchaseRequest? {
        try await PurchaseRequestRecord.find(id, on: database)?.request()
    }

    /// Records a decision, refused if the request is no longer pending.
    public func decide(_ id: UUID, approve: Bool, decision: PurchaseRequest.Decision, at now: Instant) async throws -> PurchaseRequest {
        try await database.transaction { database in
            guard let record = try await PurchaseRequestRecord.find(id, on: database) else { throw Failure.notFound }
            var request = try record.request()
            request.state = try PurchaseValidation.decide(request, approve: approve, decision: decision)
            record.record(request.state)
            try await record.save(on: database)
            try await AuditRecord(at: now.date, actor: decision.by, action: .purchaseDecided(approved: approve),
                                  subject: request.establishment.value, after: "\(request.reference) \(decision.reason)").create(on: database)
            return request
        }
    }

    /// Marks the request received and enters its devices in the inventory, in one transaction; an
    /// inventory number already used fails it all.
    public func receive(_ id: UUID, inventoryNumbers: [String], on day: CalendarDate, lifecycle: AssetLifecycle, actor: String,
                        at now: Instant) async throws -> [Asset] {
        try await database.transaction { database in
            guard let record = try await PurchaseRequestRecord.find(id, on: database) else { throw Failure.notFound }
            var request = try record.request()
            let devices = try PurchaseValidation.receive(request, inventoryNumbers: inventoryNumbers, on: day)
            let taken = try await AssetRecord.query(on: database).filter(\.$inventoryNumber ~~ devices.map(\.inventoryNumber)).all()
            guard taken.isEmpty else { throw Failure.inventoryNumbersTaken(taken.map(\.inventoryNumber).sorted()) }
            guard case .approved(let decision) = request.state else { throw PurchaseValidation.Refusal.notApproved }
            request.state = .received(decision, on: day)
            record.record(request.state)
            try await record.save(on: database)
            let assets = devices.map { Asset(id: UUID(), details: $0, status: lifecycle.initial, statusSince: now, version: 1) }
            try await AssetStore.insert(assets.map(AssetRow.init), importID: nil, actor: actor, at: now, on: database)
            try await AssetStore.changed([request.establishment.value], on: database)
            return assets
        }
    }
}
