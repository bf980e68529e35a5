import Foundation

/// Sending a ticket to another party: always with a reason, and against the convention only
/// with an explicit, recorded override.
public struct TicketTransfer: Hashable, Sendable {
    public var toPartyCode: String
    public var reason: String
    /// The agent confirms sending it to a party the convention does not make responsible.
    public var overridesConvention: Bool

    public init(toPartyCode: String, reason: String, overridesConvention: Bool = false) {
        self.toPartyCode = toPartyCode
        self.reason = reason
        self.overridesConvention = overridesConvention
    }

    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case reasonRequired
        case unknownParty(String)
        case sameParty
        /// The convention does not make this party responsible: confirm the override to proceed.
        case notResponsible(String, responsible: [String])

        public var description: String {
            switch self {
            case .reasonRequired: "a transfer needs a reason"
            case .unknownParty(let code): "'\(code)' is not a party of the convention"
            case .sameParty: "the ticket is already with this party"
            case .notResponsible(let code, let responsible):
                "the convention does not make \(code) responsible (it names \(responsible.joined(separator: ", "))): confirm the override"
            }
        }
    }

    /// Checks the transfer of a ticket on `componentID` × `activity`, now with `currentParty`.
    /// Returns whether it departs from the convention (then recorded as an override).
    public func check(in convention: Convention, componentID: String, activity: Activity,
                      currentParty: String) throws(Refusal) -> Bool {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .reasonRequired }
        guard convention.party(code: toPartyCode) != nil else { throw .unknownParty(toPartyCode) }
        guard toPartyCode != currentParty else { throw .sameParty }
        let responsible = convention.responsibleParties(componentID: componentID, activity: activity)
        if responsible.contains(toPartyCode) { return false }
        guard overridesConvention else { throw .notResponsible(toPartyCode, responsible: responsible) }
        return true
    }
}

extension Convention {
    /// Every party responsible for the cell in some situation (any funding, any zone).
    public func responsibleParties(componentID: String, activity: Activity) -> [String] {
        var visited: Set<String> = []
        var id = componentID
        while let (_, component) = component(id: id), visited.insert(id).inserted {
            switch component.cells[activity] {
            case .seeComponent(let target)?: id = target
            case .rules(let rules)?:
                var codes: [String] = []
                for rule in rules { codes.appendMissing(rule.raci.responsible) }
                return codes
            case .notApplicable?, nil: return []
            }
        }
        return []
    }
}
