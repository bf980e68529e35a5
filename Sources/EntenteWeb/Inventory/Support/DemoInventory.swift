import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation

/// The demo territory's equipment: a few hundred devices in the establishments the demo history
/// uses, of the device components each convention lists, mostly provided by the collectivité, some
/// bought on the school's own funds, in every status of the lifecycle. Written once, through the
/// import's own plan, into an empty inventory; deterministic for a seed.
enum DemoInventory {
    /// The components that are devices, in the order they are drawn from.
    static let deviceComponents = ["stations-travail-pedagogiques", "tablettes", "videoprojecteurs", "bornes-wifi",
                                   "stations-travail-administratives", "peripheriques-impression-pedagogique", "onduleurs",
                                   "elements-actifs"]

    @discardableResult
    static func ensure(on database: any Database, environment: EntenteApp.Environment, now: Date, seed: UInt64 = 35) async throws -> Int {
        let store = AssetStore(database: database)
        guard try await store.list(AssetFilter(), limit: 1).total == 0 else { return 0 }
        var random = SplitMix64(seed: seed)
        func draw(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
        let today = TimeZone.europeParis.localDateTime(at: Instant(now)).date
        let statuses = ["in-service", "in-service", "in-service", "in-service", "in-service", "in-service", "in-stock",
                        "out-of-order", "in-repair", "retired", "second-life", "recycled"]
        var rows: [AssetImportRow] = []
        for convention in environment.conventions.values.sorted(by: { $0.id < $1.id }) {
            let catalogue = convention.domains.flatMap(\.components)
            let devices = deviceComponents.compactMap { id in catalogue.first { $0.id == id } }
            guard !devices.isEmpty else { continue }
            for establishment in environment.territory.establishments.filter(convention.covers).prefix(12) {
                let prefix = establishment.collectivityCode ?? "EPLE"
                for number in 1...(18 + draw(20)) {
                    let component = devices[draw(devices.count)]
                    let year = today.year - draw(7)
                    let acquired = CalendarDate(year: year, month: 1 + draw(12), day: 1 + draw(28))!
                    let ownFunds = draw(10) == 0
                    var values: [AssetField: String] = [
                        .establishment: establishment.uai.value, .component: component.id,
                        .inventoryNumber: "\(prefix)-\(establishment.uai.value)-\(String(format: "%04d", number))",
                        .serialNumber: String(format: "SN%010llX", random.next() % 0xFF_FFFF_FFFF),
                        .zone: (component.zone ?? .pedagogique).rawValue,
                        .funding: ownFunds ? FundingOrigin.etablissement.rawValue : FundingOrigin.collectivite.rawValue,
                        .acquiredOn: acquired.description,
                        .price: "\(150 + draw(1_200)),\(draw(10))0",
                        .warrantyEndsOn: CalendarDate(year: year + 3, month: acquired.month, day: acquired.day)!.description,
                        .building: ["A", "B", "C"][draw(3)], .room: "\(["A", "B", "C"][draw(3)])\(10 + draw(30))",
                        .status: statuses[draw(statuses.count)],
                    ]
                    if acquired > today { values[.acquiredOn] = today.description }
                    // One device in seven bought reconditioned, without drawing (the demo's draws stay as they were).
                    if number % 7 == 0 { values[.condition] = AcquisitionCondition.reconditioned.rawValue }
                    if ownFunds { values[.purchase] = "ACH-\(year)-\(String(format: "%03d", 1 + draw(200)))" }
                    rows.append(AssetImportRow(line: rows.count + 2, values: values))
                }
            }
        }
        let rules = AssetImportRules(
            matchKey: .inventoryNumber, lifecycle: .standard,
            catalogues: AssetImportRules.catalogues(of: environment.territory.establishments, under: Array(environment.conventions.values)),
            today: today)
        let plan = AssetImportPlan(rows: rows, existing: [], rules: rules)
        let importID = UUID()
        try await store.record(try await store.apply(plan, importID: importID, actor: "demo", at: Instant(now)), importID: importID,
                              actor: "demo", at: Instant(now))
        return plan.created
    }
}
