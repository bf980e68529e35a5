import Foundation

/// What a requester fills in: only what routing needs, plus their words.
public struct TicketIntake: Hashable, Sendable {
    public var kind: TicketKind
    public var componentID: String
    public var nature: WorkNature
    public var context: ResponsibilityContext
    public var impactsWholeEstablishment: Bool
    public var title: String
    public var description: String
    public var requesterName: String
    public var assetReference: String?

    public init(kind: TicketKind, componentID: String, nature: WorkNature, context: ResponsibilityContext = .init(),
                impactsWholeEstablishment: Bool = false, title: String, description: String, requesterName: String,
                assetReference: String? = nil) {
        self.kind = kind
        self.componentID = componentID
        self.nature = nature
        self.context = context
        self.impactsWholeEstablishment = impactsWholeEstablishment
        self.title = title
        self.description = description
        self.requesterName = requesterName
        self.assetReference = assetReference
    }

    public enum Field: String, CaseIterable, Hashable, Sendable {
        case establishment, kind, component, nature, funding, zone, title, description, requesterName = "requester_name"
    }

    /// Why a field cannot be accepted as it is.
    public enum Problem: Hashable, Sendable {
        case required
        case tooLong(max: Int)
        /// Not one of the field's values (a hand-made form, a stale client): refused, never replaced by a default.
        case notOneOf([String])
        case notCovered
        case unknownComponent
        /// The convention answers only once the requester says who funded the equipment (or the zone).
        case needsContext([ResponsibilityRule])
        case nobodyResponsible(Activity)
    }

    public struct Problems: Error, Hashable, Sendable {
        public var byField: [Field: Problem]
    }

    public static let titleLimit = 200
    public static let requesterNameLimit = 200

    /// Lengths count Unicode code points of the text as sent, as JSON Schema's `maxLength` does:
    /// combining marks count, so 200 "e" + U+0301 are 400, not 200 characters a reader sees.
    public static func fits(_ text: String, _ limit: Int) -> Bool {
        text.unicodeScalars.count <= limit
    }
    public static let descriptionLimit = 20_000

    /// Checks the intake against the convention and routes it: either the routing decision and the
    /// criticality, or every problem at once.
    public func accepted(by convention: Convention, for establishment: Establishment)
        throws(Problems) -> (decision: RoutingDecision, criticality: Criticality, componentName: String) {
        var problems: [Field: Problem] = [:]
        for (field, text, limit) in [(Field.title, title, Self.titleLimit), (.description, description, Self.descriptionLimit),
                                     (.requesterName, requesterName, Self.requesterNameLimit)] {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems[field] = .required
            } else if !Self.fits(text, limit) {
                problems[field] = .tooLong(max: limit)
            }
        }
        if !convention.covers(establishment) { problems[.establishment] = .notCovered }
        var routed: (RoutingDecision, Criticality, String)?
        do {
            let decision = try convention.route(RoutingRequest(componentID: componentID, nature: nature, context: context))
            let name = convention.component(id: componentID)?.component.name ?? componentID
            routed = (decision, convention.criticality(ofComponent: componentID, impactsWholeEstablishment: impactsWholeEstablishment), name)
        } catch {
            switch error {
            case .dependsOnContext(_, _, let alternatives):
                let field: Field = alternatives.contains { $0.condition.funding != nil } && context.funding == nil ? .funding : .zone
                problems[field] = .needsContext(alternatives)
            case .notApplicable(_, let activity), .activityNotInDomain(let activity, _, _):
                problems[.component] = .nobodyResponsible(activity)
            case .noRuleMatches(_, let activity, _):
                problems[.funding] = .nobodyResponsible(activity)
            default:
                problems[.component] = .unknownComponent
            }
        }
        guard problems.isEmpty, let routed else { throw Problems(byField: problems) }
        return routed
    }
}
