/// What the requester needs done, in their words; each maps to the matrix activity that routes it.
public enum WorkNature: String, CaseIterable, Codable, Hashable, Sendable {
    /// Something is broken: repair or replace.
    case breakdown
    /// Settings, accounts, rights.
    case configuration
    /// A question on how to use it.
    case question
    /// Training or advice.
    case training
    /// Set up or deploy something.
    case installation
    /// Obtain equipment or a service.
    case supply

    public var activity: Activity {
        switch self {
        case .breakdown: .depannage
        case .configuration: .administration
        case .question: .assistance
        case .training: .accompagnement
        case .installation: .installation
        case .supply: .fourniture
        }
    }

    /// Services hosted outside the school have no repair column: a breakdown there is the operator's
    /// support ("assistance : maintien en conditions opérationnelles").
    public func activity(among columns: [Activity]) -> Activity {
        if columns.contains(activity) { return activity }
        return self == .breakdown && columns.contains(.assistance) ? .assistance : activity
    }
}
