import Foundation
import Testing
@testable import EntenteCore

@Suite struct PurchaseValidationTests {
    let college = try! UAI("0352958A")
    let day = CalendarDate(year: 2026, month: 10, day: 1)!
    let standard = EquipmentStandard(conventionID: "c", source: "s", lines: [
        .init(componentID: "stations-travail-pedagogiques", approvedModels: ["Dell OptiPlex 7010"], quantities: [.college: .perPupils(5)]),
        .init(componentID: "videoprojecteurs", quantities: [.college: .fixed(20)]),
    ])

    func request(_ items: [PurchaseRequest.Item], state: PurchaseRequest.State = .pending) -> PurchaseRequest {
        PurchaseRequest(reference: "ACH-2026-0001", establishment: college, zone: .pedagogique, items: items, requestedBy: "principal",
                        requestedOn: day, validatingParty: "CD", state: state)
    }

    @Test func aPurchaseMustFitTheReferentiel() throws {
        try PurchaseValidation.check([.init(componentID: "stations-travail-pedagogiques", model: "dell optiplex 7010", quantity: 2,
                                            unitPrice: Money(cents: 65_000)),
                                      .init(componentID: "videoprojecteurs", model: "Epson EB-L210W", quantity: 1, unitPrice: Money(cents: 89_000))],
                                     against: standard)
        #expect(throws: PurchaseValidation.Refusal.outsideStandard(componentID: "stations-travail-pedagogiques", model: "HP ProDesk")) {
            try PurchaseValidation.check([.init(componentID: "stations-travail-pedagogiques", model: "HP ProDesk", quantity: 1,
                                                unitPrice: Money(cents: 1))], against: standard)
        }
        #expect(throws: PurchaseValidation.Refusal.outsideStandard(componentID: "imprimantes-3d", model: "X")) {
            try PurchaseValidation.check([.init(componentID: "imprimantes-3d", model: "X", quantity: 1, unitPrice: Money(cents: 1))], against: standard)
        }
        #expect(throws: PurchaseValidation.Refusal.noItems) { try PurchaseValidation.check([], against: standard) }
        #expect(throws: PurchaseValidation.Refusal.invalidQuantity("videoprojecteurs")) {
            try PurchaseValidation.check([.init(componentID: "videoprojecteurs", model: "X", quantity: 0, unitPrice: Money(cents: 1))], against: standard)
        }
    }

    @Test func aRequestIsDecidedOnceWithAReasonThenReceivedDeviceByDevice() throws {
        let items: [PurchaseRequest.Item] = [.init(componentID: "stations-travail-pedagogiques", model: "Dell OptiPlex 7010", quantity: 2,
                                                   unitPrice: Money(cents: 64_990)),
                                             .init(componentID: "videoprojecteurs", model: "Epson", quantity: 1, unitPrice: Money(cents: 89_000))]
        var pending = request(items)
        #expect(pending.total == Money(cents: 218_980) && pending.deviceCount == 3)
        let decision = PurchaseRequest.Decision(by: "dsi@cd35", on: day, reason: "conforme au référentiel")
        #expect(throws: PurchaseValidation.Refusal.emptyReason) {
            try PurchaseValidation.decide(pending, approve: true, decision: .init(by: "x", on: day, reason: "  "))
        }
        #expect(throws: PurchaseValidation.Refusal.notApproved) { try PurchaseValidation.receive(pending, inventoryNumbers: ["A"], on: day) }
        pending.state = try PurchaseValidation.decide(pending, approve: true, decision: decision)
        #expect(pending.state == .approved(decision))
        #expect(throws: PurchaseValidation.Refusal.notPending) { try PurchaseValidation.decide(pending, approve: false, decision: decision) }
        #expect(throws: PurchaseValidation.Refusal.wrongDeviceCount(expected: 3, given: 2)) {
            try PurchaseValidation.receive(pending, inventoryNumbers: ["A", "", "B"], on: day)
        }
        let devices = try PurchaseValidation.receive(pending, inventoryNumbers: ["EPLE-1", "EPLE-2", "EPLE-3"], on: day)
        #expect(devices.map(\.componentID) == ["stations-travail-pedagogiques", "stations-travail-pedagogiques", "videoprojecteurs"])
        #expect(devices.allSatisfy { $0.funding == .etablissement(purchase: "ACH-2026-0001") && $0.zone == .pedagogique && $0.acquiredOn == day })
        #expect(devices.last?.price == Money(cents: 89_000))
    }
}
