/// What changed between two conventions, or two versions of one, cell by cell.
public struct ConventionDiff: Hashable, Sendable {
    public enum Change: Hashable, Sendable, CustomStringConvertible {
        case field(String, before: String, after: String)
        case partyAdded(String)
        case partyRemoved(String)
        case componentAdded(id: String, name: String)
        case componentRemoved(id: String, name: String)
        case componentRenamed(id: String, before: String, after: String)
        case criticalityChanged(componentID: String, before: Criticality, after: Criticality)
        case cellChanged(componentID: String, activity: Activity, before: String, after: String)

        public var description: String {
            switch self {
            case .field(let name, let before, let after): "~ \(name): \(before) → \(after)"
            case .partyAdded(let code): "+ party \(code)"
            case .partyRemoved(let code): "- party \(code)"
            case .componentAdded(let id, let name): "+ component \(id) (\(name))"
            case .componentRemoved(let id, let name): "- component \(id) (\(name))"
            case .componentRenamed(let id, let before, let after): "~ component \(id): name \(before) → \(after)"
            case .criticalityChanged(let id, let before, let after):
                "~ component \(id): criticality \(before.rawValue) → \(after.rawValue)"
            case .cellChanged(let id, let activity, let before, let after):
                "~ \(id) · \(activity.rawValue): \(before) → \(after)"
            }
        }
    }

    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }

    public init(from old: Convention, to new: Convention) {
        var changes: [Change] = []
        for (name, before, after) in [("title", old.title, new.title),
                                      ("effective", old.dates.effective.description, new.dates.effective.description),
                                      ("end", old.dates.end?.description ?? "—", new.dates.end?.description ?? "—"),
                                      ("renewal", old.dates.renewal.rawValue, new.dates.renewal.rawValue)]
        where before != after {
            changes.append(.field(name, before: before, after: after))
        }
        let oldParties = old.parties.map(\.code), newParties = new.parties.map(\.code)
        changes += newParties.filter { !oldParties.contains($0) }.map(Change.partyAdded)
        changes += oldParties.filter { !newParties.contains($0) }.map(Change.partyRemoved)

        let oldComponents = Dictionary(old.components.map { ($0.component.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (domain, component) in new.components {
            guard let (oldDomain, before) = oldComponents[component.id] else {
                changes.append(.componentAdded(id: component.id, name: component.name))
                continue
            }
            if before.name != component.name {
                changes.append(.componentRenamed(id: component.id, before: before.name, after: component.name))
            }
            if before.criticality != component.criticality {
                changes.append(.criticalityChanged(componentID: component.id, before: before.criticality,
                                                   after: component.criticality))
            }
            let activities = oldDomain.activities + domain.activities.filter { !oldDomain.activities.contains($0) }
            for activity in activities.sorted() {
                let beforeCell = before.cells[activity], afterCell = component.cells[activity]
                if beforeCell != afterCell {
                    changes.append(.cellChanged(componentID: component.id, activity: activity,
                                                before: beforeCell?.summary ?? "(no column)",
                                                after: afterCell?.summary ?? "(no column)"))
                }
            }
        }
        let newIDs = Set(new.components.map(\.component.id))
        changes += old.components.filter { !newIDs.contains($0.component.id) }
            .map { .componentRemoved(id: $0.component.id, name: $0.component.name) }
        self.changes = changes
    }
}
