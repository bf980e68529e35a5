/// A problem found in a convention, located by a path the file reader maps back to a line.
public struct ConventionIssue: Hashable, Sendable, CustomStringConvertible {
    /// Where in the convention: `parties.CD`, `components.bornes-wifi.cells.depannage`, `dates.end`…
    public var path: String
    public var message: String
    public var fix: String

    public init(path: String, message: String, fix: String) {
        self.path = path
        self.message = message
        self.fix = fix
    }

    public var description: String { "\(message) — \(fix)" }
}

/// Paths of the parts of a convention, shared by the validator and the file reader.
public enum ConventionPath {
    public static func party(_ code: String) -> String { "parties.\(code)" }
    public static func domain(_ id: String) -> String { "domains.\(id)" }
    public static func component(_ id: String) -> String { "components.\(id)" }
    public static func cell(_ componentID: String, _ activity: Activity) -> String {
        "components.\(componentID).cells.\(activity.rawValue)"
    }
    public static func dates(_ field: String) -> String { "dates.\(field)" }
    public static func version(_ id: String) -> String { "versions.\(id)" }
    public static func change(_ versionID: String, _ index: Int) -> String { "versions.\(versionID).changes.\(index)" }
    public static func serviceLevel(_ index: Int) -> String { "service_levels.\(index)" }
    public static func incidentChain(_ id: String) -> String { "incident_chains.\(id)" }
    public static func dataSubjectRight(_ index: Int) -> String { "gdpr_rights.\(index)" }
    public static func processing(_ id: String) -> String { "processing.\(id)" }
    public static func governance(_ id: String) -> String { "governance.\(id)" }
    public static func provision(_ id: String) -> String { "provisions.\(id)" }
    public static func contribution(_ id: String) -> String { "contributions.\(id)" }
    public static func costSharing(_ id: String) -> String { "cost_sharing.\(id)" }
    public static func budget(_ id: String) -> String { "budget.\(id)" }
    public static func substitution(_ successor: String) -> String { "substitutions.\(successor)" }
    public static let root = "id"
    /// The second part that claims an id already taken.
    public static func repeated(_ path: String) -> String { path + "#repeat" }
}
