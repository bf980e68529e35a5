import Foundation
import Testing
@testable import EntenteCore

@Suite struct DisposalBatchTests {
    let college = try! UAI("0352958A")
    let day = CalendarDate(year: 2026, month: 6, day: 30)!

    func device(_ number: String, status: String = "retired", establishment: UAI? = nil) -> Asset {
        Asset(id: UUID(), details: AssetDetails(establishment: establishment ?? college, componentID: "postes-pedagogiques",
                                                model: "Latitude 3310", inventoryNumber: number, serialNumber: "SN-\(number)",
                                                funding: .collectivite, acquiredOn: CalendarDate(year: 2019, month: 9, day: 1)),
              status: status, statusSince: Instant(secondsSinceEpoch: 0), version: 3)
    }

    @Test func aBatchOfRetiredDevicesKeepsTheirSnapshotInInventoryOrder() throws {
        let devices = [device("L-2"), device("L-1")]
        let batch = try DisposalBatch.make(of: devices, establishment: college, destination: .recycling(collector: "Ecosystem"),
                                           on: day, batched: [])
        #expect(batch.items.map(\.inventoryNumber) == ["L-1", "L-2"])
        #expect(batch.items.first?.model == "Latitude 3310" && batch.items.first?.serialNumber == "SN-L-1")
        #expect(batch.destination.assetStatus == "recycled")
        #expect(DisposalBatch.Destination.donation(beneficiary: "Emmaüs Connect").assetStatus == "second-life")
        #expect(AssetLifecycle.standard.allows(from: "retired", to: batch.destination.assetStatus))
    }

    @Test func onlyRetiredDevicesOfTheEstablishmentLeaveOnce() throws {
        let retired = device("L-1"), working = device("L-2", status: "in-service"), elsewhere = device("L-3", establishment: try UAI("0350003N"))
        #expect(throws: DisposalBatch.Refusal.notRetired(["L-2"])) {
            try DisposalBatch.make(of: [retired, working], establishment: college, destination: .recycling(collector: "C"), on: day, batched: [])
        }
        #expect(throws: DisposalBatch.Refusal.otherEstablishment(["L-3"])) {
            try DisposalBatch.make(of: [retired, elsewhere], establishment: college, destination: .recycling(collector: "C"), on: day, batched: [])
        }
        #expect(throws: DisposalBatch.Refusal.alreadyInABatch(["L-1"])) {
            try DisposalBatch.make(of: [retired], establishment: college, destination: .recycling(collector: "C"), on: day, batched: [retired.id])
        }
        #expect(throws: DisposalBatch.Refusal.noRecipient) {
            try DisposalBatch.make(of: [retired], establishment: college, destination: .donation(beneficiary: " "), on: day, batched: [])
        }
        #expect(throws: DisposalBatch.Refusal.empty) {
            try DisposalBatch.make(of: [], establishment: college, destination: .recycling(collector: "C"), on: day, batched: [])
        }
    }
}
