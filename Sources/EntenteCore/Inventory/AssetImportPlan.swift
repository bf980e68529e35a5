import Foundation

/// What an import needs to know besides its rows.
public struct AssetImportRules: Sendable {
    public var matchKey: AssetMatchKey
    public var lifecycle: AssetLifecycle
    /// The component ids of the convention covering each establishment; an establishment absent
    /// from it is unknown to the territory.
    public var catalogues: [UAI: Set<String>]
    /// Acquisition dates after it are refused.
    public var today: CalendarDate
    /// The establishments whose inventory the importer may change; nil for all.
    public var editable: Set<UAI>?

    public init(matchKey: AssetMatchKey, lifecycle: AssetLifecycle, catalogues: [UAI: Set<String>], today: CalendarDate,
                editable: Set<UAI>? = nil) {
        self.matchKey = matchKey
        self.lifecycle = lifecycle
        self.catalogues = catalogues
        self.today = today
        self.editable = editable
    }

    /// The longest text a field takes.
    public static let textLimit = 120

    /// Each establishment's catalogue: the components of the first convention (by id) covering it,
    /// as the service desk finds it. Establishments no convention covers are left out: unknown.
    public static func catalogues(of establishments: [Establishment], under conventions: [Convention]) -> [UAI: Set<String>] {
        let ordered = conventions.sorted { $0.id < $1.id }
        var catalogues: [UAI: Set<String>] = [:]
        for establishment in establishments {
            guard let convention = ordered.first(where: { $0.covers(establishment) }) else { continue }
            catalogues[establishment.uai] = Set(convention.domains.flatMap(\.components).map(\.id))
        }
        return catalogues
    }
}

/// What an import would do, row by row, before anything is written: the dry run's report and the
/// plan the store applies. Re-importing a file already imported gives only `unchanged` steps.
///
/// An empty cell leaves the asset's value as it is: a file that omits a value never erases one.
public struct AssetImportPlan: Sendable {
    public enum Action: Hashable, Sendable {
        case create(AssetDetails, status: String)
        case update(Asset, to: AssetDetails, status: String, changed: [AssetField])
        case unchanged(Asset)
    }

    public struct Step: Hashable, Sendable {
        public var line: Int
        public var action: Action
    }

    public var steps: [Step] = []
    public var rejections: [AssetImportRejection] = []

    public var created: Int { steps.count { if case .create = $0.action { true } else { false } } }
    public var updated: Int { steps.count { if case .update = $0.action { true } else { false } } }
    public var unchanged: Int { steps.count { if case .unchanged = $0.action { true } else { false } } }
    /// The lines refused, each once, in file order.
    public var rejectedLines: [Int] { Array(Set(rejections.map(\.line))).sorted() }
    /// The steps that write something.
    public var writes: [Step] { steps.filter { if case .unchanged = $0.action { false } else { true } } }

    /// The plan's writes in plans of at most `size` steps, for an import committed batch by batch.
    public func batches(of size: Int) -> [AssetImportPlan] {
        let writes = self.writes
        return stride(from: 0, to: writes.count, by: size).map { start in
            AssetImportPlan(steps: Array(writes[start..<min(start + size, writes.count)]))
        }
    }

    fileprivate init(steps: [Step]) {
        self.steps = steps
    }

    /// Plans `rows` against `existing`, the stored assets whose id, inventory number or serial
    /// appears in the file (the store finds them).
    public init(rows: [AssetImportRow], existing: [Asset], rules: AssetImportRules) {
        var planner = AssetImportPlanner(rules: rules)
        self = planner.plan(rows, existing: existing)
    }
}

/// Plans a file slice by slice, remembering the keys earlier slices claimed: a file too large to hold
/// is planned (and written) a few thousand rows at a time, with the same steps and refusals as whole.
public struct AssetImportPlanner: Sendable {
    private var planner: Planner

    public init(rules: AssetImportRules) {
        planner = Planner(existing: [], rules: rules)
    }

    /// The plan of the slice's `rows` against `existing`, the stored assets their ids, inventory numbers
    /// or serials name.
    public mutating func plan(_ rows: [AssetImportRow], existing: [Asset]) -> AssetImportPlan {
        planner.meet(existing)
        var plan = AssetImportPlan(steps: [])
        for row in rows {
            var problems: [AssetImportRejection] = []
            let action = planner.plan(row) { field, problem in
                problems.append(AssetImportRejection(line: row.line, field: field, problem: problem))
            }
            if let action, problems.isEmpty {
                planner.remember(action, line: row.line)
                plan.steps.append(AssetImportPlan.Step(line: row.line, action: action))
            } else {
                plan.rejections += problems
            }
        }
        return plan
    }
}

/// The row-by-row work of a plan, with what earlier rows claimed.
private struct Planner: Sendable {
    let rules: AssetImportRules
    /// The stored assets the rows being planned name.
    var byID: [UUID: Asset] = [:]
    var byInventoryNumber: [String: Asset] = [:]
    var bySerialNumber: [String: Asset] = [:]
    /// Inventory numbers and serials taken by earlier rows of the file, with their line.
    var inventoryNumbersInFile: [String: Int] = [:]
    var serialNumbersInFile: [String: Int] = [:]
    var idsInFile: [UUID: Int] = [:]

    init(existing: [Asset], rules: AssetImportRules) {
        self.rules = rules
        meet(existing)
    }

    /// The stored assets the next rows name, instead of the last slice's.
    mutating func meet(_ existing: [Asset]) {
        byID = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        byInventoryNumber = Dictionary(existing.map { ($0.details.inventoryNumber, $0) }, uniquingKeysWith: { first, _ in first })
        bySerialNumber = Dictionary(existing.compactMap { asset in asset.details.serialNumber.map { ($0, asset) } },
                                    uniquingKeysWith: { first, _ in first })
    }

    typealias Report = (AssetField?, AssetImportProblem) -> Void

    mutating func remember(_ action: AssetImportPlan.Action, line: Int) {
        let details: AssetDetails, id: UUID?
        switch action {
        case .create(let new, _): (details, id) = (new, nil)
        case .update(let asset, let new, _, _): (details, id) = (new, asset.id)
        case .unchanged(let asset): (details, id) = (asset.details, asset.id)
        }
        inventoryNumbersInFile[details.inventoryNumber] = line
        if let serial = details.serialNumber { serialNumbersInFile[serial] = line }
        if let id { idsInFile[id] = line }
    }

    func plan(_ row: AssetImportRow, report: Report) -> AssetImportPlan.Action? {
        for (field, text) in row.values where text.count > AssetImportRules.textLimit {
            report(field, .tooLong(max: AssetImportRules.textLimit))
        }
        guard let match = match(row, report: report) else { return nil }
        let current: Asset? = if case .stored(let asset) = match { asset } else { nil }
        let details = details(of: row, over: current?.details, report: report)
        let status = status(of: row, from: current, report: report)
        guard let details, let status else { return nil }
        checkUniqueness(details, of: current, report: report)
        if let current, current.details.establishment != details.establishment {
            report(.establishment, .establishmentChange(from: current.details.establishment))
        }
        guard let current else { return .create(details, status: status) }
        let changed = Self.changes(from: current, to: details, status: status)
        return changed.isEmpty ? .unchanged(current) : .update(current, to: details, status: status, changed: changed)
    }

    /// What a row's key finds.
    enum Match {
        case new
        case stored(Asset)

        init(_ asset: Asset?) { self = asset.map(Match.stored) ?? .new }
    }

    /// The stored asset the row speaks of, or nil when the key is unusable.
    private func match(_ row: AssetImportRow, report: Report) -> Match? {
        let field = rules.matchKey.field
        guard let key = row[field] else {
            report(field, .missing)
            return nil
        }
        switch rules.matchKey {
        case .inventoryNumber:
            return Match(byInventoryNumber[key])
        case .serialNumber:
            return Match(bySerialNumber[key])
        case .id:
            guard let id = UUID(uuidString: key) else {
                report(.id, .invalidID(key))
                return nil
            }
            if let line = idsInFile[id] {
                report(.id, .repeatsLine(line))
                return nil
            }
            guard let asset = byID[id] else {
                report(.id, .noSuchAsset)
                return nil
            }
            return .stored(asset)
        }
    }

    /// The asset's details after the row: the row's values over the stored ones.
    private func details(of row: AssetImportRow, over stored: AssetDetails?, report: Report) -> AssetDetails? {
        if stored == nil {
            for field in AssetField.required where row[field] == nil { report(field, .missing) }
        }
        let establishment = value(row, .establishment, report: report, read: { try? UAI($0) }, refusal: AssetImportProblem.invalidUAI)
            ?? stored?.establishment
        let origin = value(row, .funding, report: report, read: AssetValueReading.funding, refusal: AssetImportProblem.unknownFunding)
        let zone = value(row, .zone, report: report, read: AssetValueReading.zone, refusal: AssetImportProblem.unknownZone) ?? stored?.zone
        let acquiredOn = date(row, .acquiredOn, report: report) ?? stored?.acquiredOn
        let condition = value(row, .condition, report: report, read: AssetValueReading.condition, refusal: AssetImportProblem.unknownCondition)
            ?? stored?.condition
        let warrantyEndsOn = date(row, .warrantyEndsOn, report: report) ?? stored?.warrantyEndsOn
        let endOfLifeOn = date(row, .endOfLifeOn, report: report) ?? stored?.endOfLifeOn
        if let acquiredOn, acquiredOn > rules.today { report(.acquiredOn, .dateInFuture(acquiredOn)) }
        if let acquiredOn, let warrantyEndsOn, warrantyEndsOn < acquiredOn { report(.warrantyEndsOn, .warrantyBeforeAcquisition) }
        let price = row[.price].flatMap { text -> Money? in
            do throws(Money.ParseError) {
                let amount = try Money(parsing: text)
                if amount.cents < 0 { report(.price, .negativeAmount) }
                return amount
            } catch {
                report(.price, .invalidAmount(text, error))
                return nil
            }
        } ?? stored?.price
        let componentID = row[.component] ?? stored?.componentID
        if let establishment, row[.establishment] != nil || stored == nil {
            if rules.catalogues[establishment] == nil { report(.establishment, .unknownEstablishment(establishment.value)) }
        }
        if let establishment, rules.catalogues[establishment] != nil, let editable = rules.editable, !editable.contains(establishment) {
            report(.establishment, .outsideScope(establishment.value))
        }
        if let establishment, let componentID, let catalogue = rules.catalogues[establishment], !catalogue.contains(componentID) {
            report(.component, .unknownComponent(componentID, known: catalogue.sorted()))
        }
        guard let establishment, let componentID,
              let inventoryNumber = row[.inventoryNumber] ?? stored?.inventoryNumber,
              let funding = Self.funding(origin, purchase: row[.purchase], over: stored?.funding)
        else { return nil }
        return AssetDetails(
            establishment: establishment, componentID: componentID, model: row[.model] ?? stored?.model,
            inventoryNumber: inventoryNumber, serialNumber: row[.serialNumber] ?? stored?.serialNumber, zone: zone,
            building: row[.building] ?? stored?.building, room: row[.room] ?? stored?.room, funding: funding,
            acquiredOn: acquiredOn, condition: condition, price: price, warrantyEndsOn: warrantyEndsOn, endOfLifeOn: endOfLifeOn)
    }

    /// The row's funder and purchase over the stored funding; a shared funding is kept unless the
    /// row names a single funder.
    private static func funding(_ origin: FundingOrigin?, purchase: String?, over stored: AssetFunding?) -> AssetFunding? {
        switch (origin, stored) {
        case (let origin?, .etablissement(let storedPurchase)) where origin == .etablissement:
            return .etablissement(purchase: purchase ?? storedPurchase)
        case (let origin?, _):
            return AssetFunding(origin, purchase: purchase)
        case (nil, .etablissement(let storedPurchase)?):
            return .etablissement(purchase: purchase ?? storedPurchase)
        case (nil, let stored):
            return stored
        }
    }

    private func date(_ row: AssetImportRow, _ field: AssetField, report: Report) -> CalendarDate? {
        value(row, field, report: report, read: AssetValueReading.date, refusal: AssetImportProblem.invalidDate)
    }

    /// The row's value of `field` as `read` understands it; nil when the cell is empty, or refused with the text.
    private func value<Value>(_ row: AssetImportRow, _ field: AssetField, report: Report, read: (String) -> Value?,
                              refusal: (String) -> AssetImportProblem) -> Value? {
        guard let text = row[field] else { return nil }
        guard let value = read(text) else {
            report(field, refusal(text))
            return nil
        }
        return value
    }

    private func status(of row: AssetImportRow, from current: Asset?, report: Report) -> String? {
        guard let text = row[.status] else { return current?.status ?? rules.lifecycle.initial }
        let id = text.lowercased()
        guard rules.lifecycle.status(id) != nil else {
            report(.status, .unknownStatus(text, known: rules.lifecycle.statuses.map(\.id)))
            return nil
        }
        if let current, current.status != id, !rules.lifecycle.allows(from: current.status, to: id) {
            report(.status, .transitionRefused(from: current.status, to: id))
            return nil
        }
        return id
    }

    /// Inventory numbers and serials are unique in the territory: neither another stored asset's
    /// nor an earlier row's.
    private func checkUniqueness(_ details: AssetDetails, of current: Asset?, report: Report) {
        if let line = inventoryNumbersInFile[details.inventoryNumber] {
            report(.inventoryNumber, .repeatsLine(line))
        } else if let other = byInventoryNumber[details.inventoryNumber], other.id != current?.id {
            report(.inventoryNumber, .usedByAnotherAsset(other.details.inventoryNumber))
        }
        guard let serial = details.serialNumber else { return }
        if let line = serialNumbersInFile[serial] {
            report(.serialNumber, .repeatsLine(line))
        } else if let other = bySerialNumber[serial], other.id != current?.id {
            report(.serialNumber, .usedByAnotherAsset(other.details.inventoryNumber))
        }
    }

    private static func changes(from asset: Asset, to details: AssetDetails, status: String) -> [AssetField] {
        let old = asset.details
        var changed: [AssetField] = []
        if old.componentID != details.componentID { changed.append(.component) }
        if old.model != details.model { changed.append(.model) }
        if old.inventoryNumber != details.inventoryNumber { changed.append(.inventoryNumber) }
        if old.serialNumber != details.serialNumber { changed.append(.serialNumber) }
        if old.zone != details.zone { changed.append(.zone) }
        if old.building != details.building { changed.append(.building) }
        if old.room != details.room { changed.append(.room) }
        if old.funding != details.funding { changed.append(.funding) }
        if old.acquiredOn != details.acquiredOn { changed.append(.acquiredOn) }
        if old.condition != details.condition { changed.append(.condition) }
        if old.price != details.price { changed.append(.price) }
        if old.warrantyEndsOn != details.warrantyEndsOn { changed.append(.warrantyEndsOn) }
        if old.endOfLifeOn != details.endOfLifeOn { changed.append(.endOfLifeOn) }
        if asset.status != status { changed.append(.status) }
        return changed
    }
}
