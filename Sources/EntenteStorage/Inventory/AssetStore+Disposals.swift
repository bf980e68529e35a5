import EntenteCore
import Fluent
import Foundation

extension AssetStore {
    /// Which of these assets already left in a batch.
    public func batchedAssets(among ids: [UUID]) async throws -> Set<UUID> {
        var batched: Set<UUID> = []
        for chunk in ids.chunked(Self.batchSize) {
            batched.formUnion(try await DisposalItemRecord.query(on: database).filter(\.$assetID ~~ chunk).all().map(\.assetID))
        }
        return batched
    }

    /// Writes the batch and moves its devices to the destination's status, in one transaction. A
    /// device changed since it was read (its version) fails it all.
    public func record(_ batch: DisposalBatch, devices: [Asset], lifecycle: AssetLifecycle, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            let record = DisposalBatchRecord(batch, madeBy: actor)
            try await record.create(on: database)
            try await batch.items.map { DisposalItemRecord($0, batchID: batch.id) }.create(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .disposalMade, subject: batch.establishment.value,
                                  after: "batch=\(batch.id.uuidString.lowercased()) devices=\(batch.items.count) \(record.destination) \(batch.destination.recipient)")
                .create(on: database)
            let status = batch.destination.assetStatus
            for device in devices {
                guard let stored = try await AssetRecord.find(device.id, on: database) else { throw Failure.notFound }
                guard stored.version == device.version else { throw Failure.stale(current: stored.version) }
                guard lifecycle.allows(from: stored.status, to: status) else {
                    throw Failure.transitionRefused(from: stored.status, to: status)
                }
                var asset = try stored.asset()
                let event = AssetEvent(assetID: asset.id, at: now, actor: actor,
                                       fact: .statusChanged(from: asset.status, to: status, note: batch.destination.recipient))
                asset.status = status
                asset.statusSince = now
                asset.version += 1
                stored.update(from: asset)
                try await stored.save(on: database)
                try await AssetStore.changed([asset.details.establishment.value], on: database)
                try await AssetEventRecord(event).create(on: database)
            }
        }
    }

    /// The batches of these establishments (nil: all), newest first.
    public func batches(of establishments: Set<UAI>?, limit: Int = 200) async throws -> [DisposalBatch] {
        let query = DisposalBatchRecord.query(on: database).sort(\.$madeOn, .descending).limit(limit)
        if let establishments { query.filter(\.$establishmentUAI ~~ establishments.map(\.value)) }
        let records = try await query.all()
        let items = Dictionary(grouping: try await DisposalItemRecord.query(on: database)
            .filter(\.$batchID ~~ records.compactMap(\.id)).sort(\.$inventoryNumber).all(), by: \.batchID)
        return try records.map { try $0.batch(items: items[$0.id!] ?? []) }
    }

    public func batch(_ id: UUID) async throws -> DisposalBatch? {
        guard let record = try await DisposalBatchRecord.find(id, on: database) else { return nil }
        return try record.batch(items: try await DisposalItemRecord.query(on: database).filter(\.$batchID == id)
            .sort(\.$inventoryNumber).all())
    }

    /// Attaches (or replaces) the batch's certificate.
    public func attachCertificate(to id: UUID, fileName: String, mediaType: String, content: Data) async throws {
        guard let record = try await DisposalBatchRecord.find(id, on: database) else { throw Failure.notFound }
        record.certificateName = fileName
        record.certificateMediaType = mediaType
        record.certificateSize = content.count
        record.certificateContent = content
        try await record.save(on: database)
    }

    /// The certificate's bytes, with its name and type.
    public func certificate(of id: UUID) async throws -> (DisposalBatch.Certificate, Data)? {
        guard let record = try await DisposalBatchRecord.find(id, on: database), let name = record.certificateName,
              let content = record.certificateContent else { return nil }
        return (DisposalBatch.Certificate(fileName: name, mediaType: record.certificateMediaType ?? "application/octet-stream",
                                          size: content.count), content)
    }
}
