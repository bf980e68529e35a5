import Foundation
import Testing
@testable import EntenteCore

@Suite struct AssetLendingTests {
    let college = try! UAI("0352958A")
    let day = CalendarDate(year: 2026, month: 9, day: 1)!

    func laptop(_ number: String, status: String = "in-stock") -> Asset {
        Asset(id: UUID(), details: AssetDetails(establishment: college, componentID: "postes-pedagogiques", inventoryNumber: number,
                                                funding: .collectivite), status: status, statusSince: Instant(secondsSinceEpoch: 0), version: 1)
    }

    @Test func aDeviceInStockOrInServiceIsLentOnce() throws {
        let device = laptop("L-1")
        try AssetLending.check(lending: device, current: nil, holder: .staff(name: "M. Leroy"), startedOn: day,
                               expectedReturnOn: CalendarDate(year: 2026, month: 9, day: 15), lifecycle: .standard)
        let open = AssetLoan(assetID: device.id, holder: .staff(name: "M. Leroy"), startedOn: day)
        #expect(throws: AssetLending.Refusal.alreadyLent) {
            try AssetLending.check(lending: device, current: open, holder: .schoolClass("4e B"), startedOn: day,
                                   expectedReturnOn: nil, lifecycle: .standard)
        }
        #expect(throws: AssetLending.Refusal.notAvailable(status: "in-repair")) {
            try AssetLending.check(lending: laptop("L-2", status: "in-repair"), current: nil, holder: .schoolClass("4e B"),
                                   startedOn: day, expectedReturnOn: nil, lifecycle: .standard)
        }
        #expect(throws: AssetLending.Refusal.returnBeforeStart) {
            try AssetLending.check(lending: device, current: nil, holder: .schoolClass("4e B"), startedOn: day,
                                   expectedReturnOn: CalendarDate(year: 2026, month: 8, day: 31), lifecycle: .standard)
        }
        #expect(throws: AssetLending.Refusal.emptyName) {
            try AssetLending.check(lending: device, current: nil, holder: .staff(name: "  "), startedOn: day,
                                   expectedReturnOn: nil, lifecycle: .standard)
        }
    }

    @Test func aCartMustBeAnotherAssetOfTheSameEstablishment() throws {
        let device = laptop("L-1"), cart = laptop("CHARIOT-1", status: "in-service")
        try AssetLending.check(lending: device, current: nil, holder: .cart(cart.id), startedOn: day, expectedReturnOn: nil,
                               lifecycle: .standard, cart: cart)
        #expect(throws: AssetLending.Refusal.invalidCart) {
            try AssetLending.check(lending: device, current: nil, holder: .cart(device.id), startedOn: day, expectedReturnOn: nil,
                                   lifecycle: .standard, cart: device)
        }
        var elsewhere = cart
        elsewhere.details.establishment = try UAI("0350003N")
        #expect(throws: AssetLending.Refusal.invalidCart) {
            try AssetLending.check(lending: device, current: nil, holder: .cart(cart.id), startedOn: day, expectedReturnOn: nil,
                                   lifecycle: .standard, cart: elsewhere)
        }
    }

    @Test func aMinorPupilsDeviceAwaitsItsGuardiansAgreement() {
        var loan = AssetLoan(assetID: UUID(), holder: .pupil(name: "Léa Martin", className: "2nde 3", adult: false), startedOn: day)
        #expect(loan.awaitsAgreement)
        loan.agreement = AssetLoan.Agreement(guardianName: "Sophie Martin", acceptedOn: day, textVersion: "charte-2025-v2")
        #expect(!loan.awaitsAgreement)
        let adult = AssetLoan(assetID: UUID(), holder: .pupil(name: "Hugo Petit", className: "Tle 1", adult: true), startedOn: day)
        #expect(!adult.awaitsAgreement)
        #expect(!AssetLoan(assetID: UUID(), holder: .staff(name: "Mme Roux"), startedOn: day).awaitsAgreement)
    }

    @Test func aBatchGoesToTheClassListInInventoryOrder() throws {
        let devices = [laptop("L-3"), laptop("L-1"), laptop("L-2", status: "out-of-order"), laptop("L-4"), laptop("L-5")]
        let lent: Set<UUID> = [devices[3].id]
        let pairs = try AssetLending.allocate(devices, lent: lent, to: ["Léa", " ", "Hugo"], className: "2nde 3", lifecycle: .standard)
        #expect(pairs.map(\.asset.details.inventoryNumber) == ["L-1", "L-3"])
        #expect(pairs.map(\.holder) == [.pupil(name: "Léa", className: "2nde 3", adult: false),
                                        .pupil(name: "Hugo", className: "2nde 3", adult: false)])
        #expect(throws: AssetLending.Refusal.notEnoughDevices(available: 3, needed: 4)) {
            try AssetLending.allocate(devices, lent: lent, to: ["a", "b", "c", "d"], className: "2nde 3", lifecycle: .standard)
        }
    }

    @Test func aLoanEndsOnceAndNotBeforeItStarted() throws {
        var loan = AssetLoan(assetID: UUID(), holder: .schoolClass("4e B"), startedOn: day, expectedReturnOn: day)
        #expect(loan.isOverdue(on: CalendarDate(year: 2026, month: 9, day: 2)!))
        #expect(throws: AssetLending.Refusal.endBeforeStart) { try AssetLending.check(ending: loan, on: CalendarDate(year: 2026, month: 8, day: 1)!) }
        try AssetLending.check(ending: loan, on: day)
        loan.end = AssetLoan.End(kind: .lost, on: day, note: "perdu en sortie scolaire")
        #expect(throws: AssetLending.Refusal.loanClosed) { try AssetLending.check(ending: loan, on: day) }
        #expect(!loan.isOverdue(on: CalendarDate(year: 2026, month: 12, day: 1)!))
        #expect(AssetLoan.Ending.lost.assetStatus == "lost")
        #expect(AssetLifecycle.standard.allows(from: "in-service", to: AssetLoan.Ending.stolen.assetStatus))
        #expect(AssetLifecycle.standard.allows(from: "in-service", to: AssetLoan.Ending.ownershipTransferred.assetStatus))
    }
}
