import Foundation
import Testing
@testable import EntenteCore

/// The import's rules, on the rows of a collège of Ille-et-Vilaine whose convention lists
/// pedagogical workstations and Wi-Fi access points.
@Suite struct AssetImportPlanTests {
    let college = try! UAI("0352958A")
    let other = try! UAI("0350003N")

    func rules(_ key: AssetMatchKey = .inventoryNumber) -> AssetImportRules {
        AssetImportRules(matchKey: key, lifecycle: .standard,
                         catalogues: [college: ["postes-pedagogiques", "bornes-wifi"], other: ["postes-pedagogiques"]],
                         today: CalendarDate(year: 2026, month: 12, day: 5)!)
    }

    func row(_ line: Int, _ values: [AssetField: String]) -> AssetImportRow {
        AssetImportRow(line: line, values: values)
    }

    func laptop(_ line: Int, number: String = "INV-001", serial: String? = "SN-001", _ extra: [AssetField: String] = [:]) -> AssetImportRow {
        var values: [AssetField: String] = [.establishment: "0352958a", .inventoryNumber: number, .component: "postes-pedagogiques",
                                            .funding: "Département", .zone: "Pédagogique", .acquiredOn: "01/09/2024",
                                            .price: "649,90 €"]
        values[.serialNumber] = serial
        return row(line, values.merging(extra) { $1 })
    }

    func stored(_ details: AssetDetails, status: String = "in-service") -> Asset {
        Asset(id: UUID(), details: details, status: status, statusSince: Instant(secondsSinceEpoch: 0), version: 1)
    }

    @Test func aNewRowBecomesAnAssetWithItsValuesRead() throws {
        let plan = AssetImportPlan(rows: [laptop(2)], existing: [], rules: rules())
        #expect(plan.rejections.isEmpty)
        guard case .create(let details, let status) = try #require(plan.steps.first).action else {
            Issue.record("not a creation"); return
        }
        #expect(details.establishment == college)
        #expect(details.funding == .collectivite)
        #expect(details.zone == .pedagogique)
        #expect(details.acquiredOn == CalendarDate(year: 2024, month: 9, day: 1))
        #expect(details.price == Money(cents: 64_990))
        #expect(status == "in-service", "the lifecycle's initial status")
        #expect((plan.created, plan.updated, plan.unchanged) == (1, 0, 0))
    }

    @Test func reimportingTheSameRowChangesNothing() throws {
        let first = AssetImportPlan(rows: [laptop(2)], existing: [], rules: rules())
        guard case .create(let details, let status) = try #require(first.steps.first).action else { return }
        let asset = stored(details, status: status)
        let again = AssetImportPlan(rows: [laptop(2)], existing: [asset], rules: rules())
        #expect(again.steps.map(\.action) == [.unchanged(asset)])
        #expect(again.writes.isEmpty)
    }

    @Test func aChangedValueIsAnUpdateNamingTheFields() throws {
        let asset = stored(AssetDetails(establishment: college, componentID: "postes-pedagogiques", inventoryNumber: "INV-001",
                                        serialNumber: "SN-001", zone: .pedagogique, funding: .collectivite,
                                        acquiredOn: CalendarDate(year: 2024, month: 9, day: 1), price: Money(cents: 64_990)))
        let plan = AssetImportPlan(rows: [laptop(2, [.room: "B12", .status: "out-of-order"])], existing: [asset], rules: rules())
        guard case .update(_, let details, let status, let changed) = try #require(plan.steps.first).action else {
            Issue.record("not an update: \(plan.steps) \(plan.rejections)"); return
        }
        #expect(changed == [.room, .status])
        #expect(details.room == "B12")
        #expect(status == "out-of-order")
    }

    @Test func anEmptyCellKeepsTheStoredValue() throws {
        let asset = stored(AssetDetails(establishment: college, componentID: "postes-pedagogiques", model: "Latitude 3440",
                                        inventoryNumber: "INV-001", building: "A", room: "A01", funding: .collectivite))
        let plan = AssetImportPlan(rows: [row(2, [.inventoryNumber: "INV-001", .room: "", .model: ""])], existing: [asset], rules: rules())
        #expect(plan.steps.map(\.action) == [.unchanged(asset)])
    }

    @Test func everyBadValueIsNamedWithItsLineAndField() {
        let bad = row(7, [.establishment: "0352958B", .inventoryNumber: "INV-9", .component: "imprimantes-3d",
                          .funding: "mécène", .zone: "cuisine", .acquiredOn: "2027-01-10", .price: "12,345",
                          .warrantyEndsOn: "31/02/2025", .status: "perdu"])
        let plan = AssetImportPlan(rows: [bad], existing: [], rules: rules())
        let byField = Dictionary(grouping: plan.rejections, by: \.field)
        #expect(plan.steps.isEmpty)
        #expect(plan.rejectedLines == [7])
        #expect(byField[.establishment]?.first?.problem == .invalidUAI("0352958B"))
        #expect(byField[.funding]?.first?.problem == .unknownFunding("mécène"))
        #expect(byField[.zone]?.first?.problem == .unknownZone("cuisine"))
        #expect(byField[.acquiredOn]?.first?.problem == .dateInFuture(CalendarDate(year: 2027, month: 1, day: 10)!))
        #expect(byField[.price]?.first?.problem == .invalidAmount("12,345", .tooManyDecimals))
        #expect(byField[.warrantyEndsOn]?.first?.problem == .invalidDate("31/02/2025"))
        #expect(byField[.status]?.first?.problem == .unknownStatus("perdu", known: AssetLifecycle.standard.statuses.map(\.id)))
        #expect(plan.rejections.allSatisfy { $0.line == 7 })
    }

    @Test func aComponentOutsideTheEstablishmentsConventionIsRefused() {
        let plan = AssetImportPlan(rows: [laptop(2, [.establishment: "0350003N", .component: "bornes-wifi"]),
                                          laptop(3, number: "INV-002", serial: "SN-002", [.establishment: "0350012Y"])],
                                   existing: [], rules: rules())
        #expect(plan.rejections.contains(AssetImportRejection(
            line: 2, field: .component, problem: .unknownComponent("bornes-wifi", known: ["postes-pedagogiques"]))))
        #expect(plan.rejections.contains { $0.line == 3 && $0.problem == .unknownEstablishment("0350012Y") })
    }

    @Test func aNewAssetNeedsItsRequiredValues() {
        let plan = AssetImportPlan(rows: [row(4, [.inventoryNumber: "INV-5", .establishment: "0352958A"])], existing: [], rules: rules())
        #expect(Set(plan.rejections.map(\.field)) == [.component, .funding])
        #expect(plan.rejections.allSatisfy { $0.problem == .missing })
    }

    @Test func duplicatesInTheFileAndAgainstTheDatabaseAreRefused() {
        let elsewhere = stored(AssetDetails(establishment: college, componentID: "bornes-wifi", inventoryNumber: "INV-900",
                                            serialNumber: "SN-TAKEN", funding: .collectivite))
        let plan = AssetImportPlan(rows: [laptop(2), laptop(3), laptop(4, number: "INV-002", serial: "SN-001"),
                                          laptop(5, number: "INV-003", serial: "SN-TAKEN")],
                                   existing: [elsewhere], rules: rules())
        #expect(plan.steps.map(\.line) == [2])
        #expect(plan.rejections.contains(AssetImportRejection(line: 3, field: .inventoryNumber, problem: .repeatsLine(2))))
        #expect(plan.rejections.contains(AssetImportRejection(line: 4, field: .serialNumber, problem: .repeatsLine(2))))
        #expect(plan.rejections.contains(AssetImportRejection(line: 5, field: .serialNumber, problem: .usedByAnotherAsset("INV-900"))))
    }

    @Test func matchingBySerialRenumbersAnAsset() throws {
        let asset = stored(AssetDetails(establishment: college, componentID: "postes-pedagogiques", inventoryNumber: "OLD-1",
                                        serialNumber: "SN-001", funding: .collectivite))
        let plan = AssetImportPlan(rows: [row(2, [.serialNumber: "SN-001", .inventoryNumber: "CD35-2026-0001"])],
                                   existing: [asset], rules: rules(.serialNumber))
        guard case .update(let matched, let details, _, let changed) = try #require(plan.steps.first).action else {
            Issue.record("\(plan.rejections)"); return
        }
        #expect(matched.id == asset.id)
        #expect(details.inventoryNumber == "CD35-2026-0001")
        #expect(changed == [.inventoryNumber])
    }

    @Test func matchingByIDNeedsAKnownID() {
        let asset = stored(AssetDetails(establishment: college, componentID: "postes-pedagogiques", inventoryNumber: "INV-1",
                                        funding: .collectivite))
        let plan = AssetImportPlan(rows: [row(2, [.id: "not-a-uuid"]), row(3, [.id: UUID().uuidString]),
                                          row(4, [.id: asset.id.uuidString, .room: "C3"]), row(5, [.id: asset.id.uuidString])],
                                   existing: [asset], rules: rules(.id))
        #expect(plan.rejections == [
            AssetImportRejection(line: 2, field: .id, problem: .invalidID("not-a-uuid")),
            AssetImportRejection(line: 3, field: .id, problem: .noSuchAsset),
            AssetImportRejection(line: 5, field: .id, problem: .repeatsLine(4)),
        ])
        #expect(plan.updated == 1)
    }

    @Test func aStatusChangeFollowsTheLifecycle() {
        let recycled = stored(AssetDetails(establishment: college, componentID: "postes-pedagogiques", inventoryNumber: "INV-001",
                                           funding: .collectivite), status: "recycled")
        let plan = AssetImportPlan(rows: [row(2, [.inventoryNumber: "INV-001", .status: "in-service"])], existing: [recycled], rules: rules())
        #expect(plan.rejections == [AssetImportRejection(line: 2, field: .status, problem: .transitionRefused(from: "recycled", to: "in-service"))])
    }

    @Test func anImportDoesNotMoveAnAssetToAnotherEstablishment() {
        let asset = stored(AssetDetails(establishment: college, componentID: "postes-pedagogiques", inventoryNumber: "INV-001",
                                        funding: .collectivite))
        let plan = AssetImportPlan(rows: [row(2, [.inventoryNumber: "INV-001", .establishment: "0350003N"])], existing: [asset], rules: rules())
        #expect(plan.rejections == [AssetImportRejection(line: 2, field: .establishment, problem: .establishmentChange(from: college))])
    }

    @Test func ownFundsKeepTheirPurchaseAndASharedFundingStaysUnlessReplaced() throws {
        let own = stored(AssetDetails(establishment: college, componentID: "postes-pedagogiques", inventoryNumber: "INV-1",
                                      funding: .etablissement(purchase: "ACH-7")))
        let shared = stored(AssetDetails(establishment: college, componentID: "postes-pedagogiques", inventoryNumber: "INV-2",
                                         funding: .shared([FundingShare(origin: .collectivite, amount: Money(cents: 100))])))
        let plan = AssetImportPlan(rows: [row(2, [.inventoryNumber: "INV-1", .funding: "fonds propres"]),
                                          row(3, [.inventoryNumber: "INV-2", .room: "S1"])],
                                   existing: [own, shared], rules: rules())
        #expect(plan.steps.first?.action == .unchanged(own))
        guard case .update(_, let details, _, _) = try #require(plan.steps.last).action else { return }
        #expect(details.funding == shared.details.funding)
    }

    @Test func rowsOutsideTheImportersScopeAreRefused() {
        var rules = rules()
        rules.editable = [college]
        let plan = AssetImportPlan(rows: [laptop(2, [.establishment: "0350003N"]), laptop(3, number: "INV-2", serial: "SN-2")],
                                   existing: [], rules: rules)
        #expect(plan.rejections == [AssetImportRejection(line: 2, field: .establishment, problem: .outsideScope("0350003N"))])
        #expect(plan.created == 1)
    }

    @Test func tooLongTextIsRefused() {
        let plan = AssetImportPlan(rows: [laptop(2, [.model: String(repeating: "x", count: 121)])], existing: [], rules: rules())
        #expect(plan.rejections == [AssetImportRejection(line: 2, field: .model, problem: .tooLong(max: 120))])
    }

    @Test(arguments: [("Administratif", NetworkZone.administratif), ("réseau pédagogique", .pedagogique), ("BYOD", .invite),
                      ("Objets connectés", .iot), ("technique", .technique)])
    func zonesAreReadFromTheirUsualNames(text: String, zone: NetworkZone) {
        #expect(AssetValueReading.zone(text) == zone)
    }

    @Test(arguments: [("Région", FundingOrigin.collectivite), ("CD", .collectivite), ("Rectorat", .academie),
                      ("Fonds propres", .etablissement), ("EPLE", .etablissement)])
    func fundersAreReadFromTheirUsualNames(text: String, origin: FundingOrigin) {
        #expect(AssetValueReading.funding(text) == origin)
    }
}
