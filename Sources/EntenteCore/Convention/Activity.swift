/// What a party does for a component: the columns of a convention's annex.
/// Ids are stable ascii; labels are the annex's French words.
public enum Activity: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case fourniture, installation, depannage, administration, assistance, accompagnement
    /// For policies: who writes it, who distributes it, who applies it.
    case definition, communication, application

    public var frenchLabel: String {
        switch self {
        case .fourniture: "Fourniture"
        case .installation: "Installation"
        case .depannage: "Dépannage"
        case .administration: "Administration"
        case .assistance: "Assistance"
        case .accompagnement: "Accompagnement"
        case .definition: "Définition"
        case .communication: "Communication"
        case .application: "Application"
        }
    }

    public var englishLabel: String {
        switch self {
        case .fourniture: "Provision"
        case .installation: "Installation"
        case .depannage: "Repair"
        case .administration: "Administration"
        case .assistance: "Support"
        case .accompagnement: "User guidance"
        case .definition: "Definition"
        case .communication: "Communication"
        case .application: "Application"
        }
    }

    public static func < (lhs: Activity, rhs: Activity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
