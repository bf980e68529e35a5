import EntenteCore
import Fluent
import Foundation

extension AssetStore {
    /// The asset's loans, newest first.
    public func loans(of assetID: UUID) async throws -> [AssetLoan] {
        try await AssetLoanRecord.query(on: database).filter(\.$assetID == assetID).sort(\.$startedOn, .descending).all()
            .map { try $0.loan() }
    }

    public func loan(_ id: UUID) async throws -> AssetLoan? {
        try await AssetLoanRecord.find(id, on: database)?.loan()
    }

    /// The open loans of the pupils of `className` in `establishment`.
    public func openPupilLoans(ofClass className: String, in establishment: UAI) async throws -> [AssetLoan] {
        let records = try await AssetLoanRecord.query(on: database).filter(\.$className == className)
            .filter(\.$holderKind == AssetLoanRecord.HolderKind.pupil.rawValue).filter(\.$endedOn == nil).all()
        let assets = try await AssetRecord.query(on: database).filter(\.$id ~~ records.map(\.assetID))
            .filter(\.$establishmentUAI == establishment.value).all().compactMap(\.id)
        return try records.filter { assets.contains($0.assetID) }.map { try $0.loan() }
    }

    /// The open loans of these assets, by asset.
    public func openLoans(of assetIDs: [UUID]) async throws -> [UUID: AssetLoan] {
        var loans: [UUID: AssetLoan] = [:]
        for chunk in assetIDs.chunked(Self.batchSize) {
            for record in try await AssetLoanRecord.query(on: database).filter(\.$assetID ~~ chunk).filter(\.$endedOn == nil).all() {
                loans[record.assetID] = try record.loan()
            }
        }
        return loans
    }

    /// Lends each asset to its holder in one transaction, checked by `AssetLending` against what is
    /// stored now; a device in stock goes into service. Another open loan of a device (a second tab)
    /// fails it all, by the database's unique index if not before.
    @discardableResult
    public func lend(_ loans: [(asset: Asset, loan: AssetLoan)], lifecycle: AssetLifecycle, actor: String,
                     at now: Instant) async throws -> [AssetLoan] {
        try await database.transaction { database in
            let store = AssetStore(database: database)
            let open = try await store.openLoans(of: loans.map(\.asset.id))
            for (asset, loan) in loans {
                guard let record = try await AssetRecord.find(asset.id, on: database) else { throw Failure.notFound }
                var stored = try record.asset()
                var cart: Asset?
                if case .cart(let id) = loan.holder { cart = try await store.asset(id) }
                try AssetLending.check(lending: stored, current: open[asset.id], holder: loan.holder, startedOn: loan.startedOn,
                                       expectedReturnOn: loan.expectedReturnOn, lifecycle: lifecycle, cart: cart)
                try await AssetLoanRecord(loan, recordedBy: actor).create(on: database)
                var events = [AssetEvent(assetID: asset.id, at: now, actor: actor, fact: .loanStarted(loanID: loan.id))]
                if lifecycle.status(stored.status)?.standing == .stock {
                    events.append(AssetEvent(assetID: asset.id, at: now, actor: actor,
                                             fact: .statusChanged(from: stored.status, to: "in-service", note: nil)))
                    stored.status = "in-service"
                    stored.statusSince = now
                }
                stored.version += 1
                record.update(from: stored)
                try await record.save(on: database)
                try await AssetStore.changed([stored.details.establishment.value], on: database)
                try await events.map(AssetEventRecord.init).create(on: database)
            }
            return loans.map(\.loan)
        }
    }

    /// Records the guardian's acceptance of the loan agreement.
    public func recordAgreement(_ agreement: AssetLoan.Agreement, of loanID: UUID) async throws {
        guard let record = try await AssetLoanRecord.find(loanID, on: database) else { throw Failure.notFound }
        guard record.endedOn == nil else { throw AssetLending.Refusal.loanClosed }
        record.record(agreement)
        try await record.save(on: database)
    }

    /// Ends the loan and moves its asset to the status the ending implies (`AssetLoan.Ending.assetStatus`).
    @discardableResult
    public func end(loan loanID: UUID, with end: AssetLoan.End, lifecycle: AssetLifecycle, actor: String,
                    at now: Instant) async throws -> Asset {
        try await database.transaction { database in
            guard let loanRecord = try await AssetLoanRecord.find(loanID, on: database),
                  let record = try await AssetRecord.find(loanRecord.assetID, on: database) else { throw Failure.notFound }
            try AssetLending.check(ending: try loanRecord.loan(), on: end.on)
            var asset = try record.asset()
            var events = [AssetEvent(assetID: asset.id, at: now, actor: actor, fact: .loanEnded(loanID: loanID, ending: end.kind))]
            let status = end.kind.assetStatus
            if status != asset.status {
                guard lifecycle.allows(from: asset.status, to: status) else {
                    throw Failure.transitionRefused(from: asset.status, to: status)
                }
                events.append(AssetEvent(assetID: asset.id, at: now, actor: actor,
                                         fact: .statusChanged(from: asset.status, to: status, note: end.note)))
                asset.status = status
                asset.statusSince = now
            }
            asset.version += 1
            loanRecord.record(end)
            try await loanRecord.save(on: database)
            record.update(from: asset)
            try await record.save(on: database)
            try await AssetStore.changed([asset.details.establishment.value], on: database)
            try await events.map(AssetEventRecord.init).create(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .assetLoanEnded, subject: asset.details.establishment.value,
                                  after: "\(asset.details.inventoryNumber) \(end.kind.rawValue) \(end.on)").create(on: database)
            return asset
        }
    }
}
