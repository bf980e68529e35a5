import Foundation

/// The answer to "who does this activity for this component here", with the reason.
public struct Responsibility: Hashable, Sendable {
    public var conventionID: String
    public var componentID: String
    public var componentName: String
    public var domainName: String
    public var activity: Activity
    public var raci: RACI
    /// The rules that applied (their conditions and notes say why).
    public var rules: [ResponsibilityRule]
    /// The component whose cell was read when the asked one says "cf …".
    public var referencedComponentID: String?
    public var source: SourceReference
    public var conventionTitle: String

    /// "Dépannage · Bornes Wi-Fi → CD — Convention …, Infrastructure réseau (002_….txt)".
    public var reason: String { reason(team: nil) }

    /// The reason with the team that receives the ticket written after the first responsible party:
    /// "Dépannage · Bornes Wi-Fi → CD / Réseaux et Wi-Fi (N2) — …".
    public func reason(team: String?) -> String {
        var parties = raci.responsible
        if let team, !parties.isEmpty { parties[0] += " / \(team)" }
        var text = "\(activity.frenchLabel) · \(componentName) → \(parties.joined(separator: " + "))"
        let conditions = rules.map(\.condition).filter { !$0.isUnconditional }.map(\.frenchLabel)
        if !conditions.isEmpty { text += " (\(conditions.joined(separator: ", ")))" }
        if let referenced = referencedComponentID { text += " [cf. \(referenced)]" }
        return text + " — \(conventionTitle), \(source.section) (\(source.file))"
    }
}

public enum ResolutionError: Error, Equatable, CustomStringConvertible {
    case unknownComponent(String, suggestions: [String])
    case ambiguousComponent(String, candidates: [String])
    case unknownActivity(String, suggestions: [String])
    case activityNotInDomain(Activity, componentID: String, columns: [Activity])
    case notApplicable(componentID: String, activity: Activity)
    /// The cell depends on something the context does not say; the alternatives tell what to give.
    case dependsOnContext(componentID: String, activity: Activity, alternatives: [ResponsibilityRule])
    case noRuleMatches(componentID: String, activity: Activity, context: ResponsibilityContext)
    case referenceLoop([String])

    public var description: String {
        switch self {
        case .unknownComponent(let name, let suggestions):
            return "unknown component '\(name)'" + Self.didYouMean(suggestions)
        case .ambiguousComponent(let name, let candidates):
            return "'\(name)' names several components; give one of these ids: \(candidates.joined(separator: ", "))"
        case .unknownActivity(let name, let suggestions):
            return "unknown activity '\(name)'" + Self.didYouMean(suggestions)
                + " (activities: \(Activity.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .activityNotInDomain(let activity, let component, let columns):
            return "'\(activity.rawValue)' is not a column for '\(component)'; its columns are: "
                + columns.map(\.rawValue).joined(separator: ", ")
        case .notApplicable(let component, let activity):
            return "the convention assigns '\(activity.rawValue)' of '\(component)' to nobody (empty cell)"
        case .dependsOnContext(let component, let activity, let alternatives):
            let options = alternatives.map { rule in
                "\(rule.raci.responsible.joined(separator: "+")) when \(rule.condition.optionText)"
            }
            return "'\(activity.rawValue)' of '\(component)' depends on the situation: \(options.joined(separator: "; "))"
        case .noRuleMatches(let component, let activity, let context):
            return "no rule of '\(activity.rawValue)' of '\(component)' applies to "
                + ResponsibilityCondition(funding: context.funding, zone: context.zone).optionText
        case .referenceLoop(let path):
            return "the cells refer to each other in a loop: \(path.joined(separator: " → "))"
        }
    }

    private static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; did you mean: \(suggestions.joined(separator: ", "))?"
    }
}

extension Activity {
    /// Reads an activity id, accepting the French label ("Dépannage") too.
    public static func parse(_ text: String) throws(ResolutionError) -> Activity {
        let key = ClosestNames.folded(text.trimmingCharacters(in: .whitespaces))
        if let activity = allCases.first(where: { $0.rawValue == key || ClosestNames.folded($0.frenchLabel) == key }) {
            return activity
        }
        throw .unknownActivity(text, suggestions: ClosestNames.suggestions(for: text, among: allCases.map(\.rawValue)))
    }
}

extension ResponsibilityCondition {
    /// "--funding etablissement --zone administratif", as the CLI and logs say it.
    public var optionText: String {
        var parts: [String] = []
        if let funding { parts.append("--funding \(funding.rawValue)") }
        if let zone { parts.append("--zone \(zone.rawValue)") }
        return parts.isEmpty ? "any situation" : parts.joined(separator: " ")
    }

    /// "fonds propres de l'établissement, réseau administratif".
    public var frenchLabel: String {
        var parts: [String] = []
        switch funding {
        case .collectivite: parts.append("financé par la collectivité")
        case .academie: parts.append("financé par l'académie")
        case .etablissement: parts.append("fonds propres de l'établissement")
        case nil: break
        }
        if let zone { parts.append("réseau \(zone.frenchLabel)") }
        return parts.joined(separator: ", ")
    }

    /// "bought on the school's own funds, administrative network".
    public var englishLabel: String {
        var parts: [String] = []
        switch funding {
        case .collectivite: parts.append("funded by the local authority")
        case .academie: parts.append("funded by the académie")
        case .etablissement: parts.append("bought on the school's own funds")
        case nil: break
        }
        if let zone { parts.append("\(zone.rawValue) network") }
        return parts.joined(separator: ", ")
    }

    /// Whether the rule applies: true, false, or nil when the context does not say enough.
    func applies(to context: ResponsibilityContext) -> Bool? {
        var undetermined = false
        for (required, known) in [(funding?.rawValue, context.funding?.rawValue), (zone?.rawValue, context.zone?.rawValue)] {
            guard let required else { continue }
            guard let known else { undetermined = true; continue }
            if required != known { return false }
        }
        return undetermined ? nil : true
    }
}

extension NetworkZone {
    public var frenchLabel: String {
        switch self {
        case .administratif: "administratif"
        case .pedagogique: "pédagogique"
        case .invite: "invité (BYOD)"
        case .iot: "objets connectés"
        case .technique: "technique"
        }
    }
}

extension Convention {
    /// Finds a component by id, or by name when the name is unique.
    public func findComponent(_ nameOrID: String) throws(ResolutionError) -> (domain: ServiceDomain, component: ServiceComponent) {
        if let found = component(id: nameOrID) { return found }
        let key = ClosestNames.folded(nameOrID.trimmingCharacters(in: .whitespaces))
        let named = components.filter { ClosestNames.folded($0.component.name) == key }
        if named.count == 1 { return named[0] }
        if named.count > 1 { throw .ambiguousComponent(nameOrID, candidates: named.map(\.component.id)) }
        let everything = components.flatMap { [$0.component.id, $0.component.name] }
        throw .unknownComponent(nameOrID, suggestions: ClosestNames.suggestions(for: nameOrID, among: everything))
    }

    /// Who is responsible for an activity of a component in a situation, and why.
    public func resolve(component nameOrID: String, activity: Activity,
                        context: ResponsibilityContext = .init()) throws(ResolutionError) -> Responsibility {
        let asked = try findComponent(nameOrID)
        var (domain, component) = asked
        var visited = [component.id]
        while true {
            guard domain.activities.contains(activity), let cell = component.cells[activity] else {
                throw .activityNotInDomain(activity, componentID: component.id, columns: domain.activities)
            }
            switch cell {
            case .notApplicable:
                throw .notApplicable(componentID: component.id, activity: activity)
            case .seeComponent(let targetID):
                guard let target = self.component(id: targetID) else {
                    throw .unknownComponent(targetID, suggestions: [])
                }
                if visited.contains(targetID) { throw .referenceLoop(visited + [targetID]) }
                visited.append(targetID)
                (domain, component) = target
            case .rules(let rules):
                let applying = try Self.applyingRules(rules, context: context, componentID: component.id, activity: activity)
                var raci = RACI(responsible: [])
                for rule in applying {
                    raci.responsible.appendMissing(rule.raci.responsible)
                    raci.accountable.appendMissing(rule.raci.accountable)
                    raci.consulted.appendMissing(rule.raci.consulted)
                    raci.informed.appendMissing(rule.raci.informed)
                }
                return Responsibility(
                    conventionID: id, componentID: asked.component.id, componentName: asked.component.name,
                    domainName: asked.domain.name, activity: activity, raci: raci, rules: applying,
                    referencedComponentID: component.id == asked.component.id ? nil : component.id,
                    source: component.source, conventionTitle: title)
            }
        }
    }

    /// Conditional rules that match win; default rules apply only when no conditional rule can.
    private static func applyingRules(_ rules: [ResponsibilityRule], context: ResponsibilityContext,
                                      componentID: String, activity: Activity) throws(ResolutionError) -> [ResponsibilityRule] {
        let conditional = rules.filter { !$0.condition.isUnconditional }
        let defaults = rules.filter { $0.condition.isUnconditional }
        let matching = conditional.filter { $0.condition.applies(to: context) == true }
        if !matching.isEmpty { return matching }
        let undetermined = conditional.filter { $0.condition.applies(to: context) == nil }
        if !undetermined.isEmpty {
            throw .dependsOnContext(componentID: componentID, activity: activity, alternatives: undetermined + defaults)
        }
        guard !defaults.isEmpty else {
            throw .noRuleMatches(componentID: componentID, activity: activity, context: context)
        }
        return defaults
    }
}

extension Array where Element: Equatable {
    mutating func appendMissing(_ others: [Element]) {
        for other in others where !contains(other) { append(other) }
    }
}
