/// The kinds of secondary establishments the conventions cover.
public enum EstablishmentKind: String, Codable, CaseIterable, Hashable, Sendable {
    case college, lycee
    case lyceeProfessionnel = "lycee-professionnel"
    case lyceeAgricole = "lycee-agricole"
    case citeScolaire = "cite-scolaire"
    case erea
    case autre

    public var frenchLabel: String {
        switch self {
        case .college: "Collège"
        case .lycee: "Lycée"
        case .lyceeProfessionnel: "Lycée professionnel"
        case .lyceeAgricole: "Lycée agricole"
        case .citeScolaire: "Cité scolaire"
        case .erea: "EREA"
        case .autre: "Autre"
        }
    }

    public var englishLabel: String {
        switch self {
        case .college: "Lower secondary school"
        case .lycee: "Upper secondary school"
        case .lyceeProfessionnel: "Vocational upper secondary school"
        case .lyceeAgricole: "Agricultural upper secondary school"
        case .citeScolaire: "Combined secondary school"
        case .erea: "EREA"
        case .autre: "Other"
        }
    }
}

/// A school (EPLE) of a territory.
public struct Establishment: Codable, Hashable, Sendable, Identifiable {
    public var uai: UAI
    public var name: String
    public var kind: EstablishmentKind
    public var commune: String
    /// Département code as written by the national directory ("035", "067", "2A").
    public var departmentCode: String
    public var academy: String
    /// Partner code of the collectivité the establishment belongs to (CD35, REGION-BRETAGNE…).
    public var collectivityCode: String?
    /// Pupils per school year ("2022-2023": 612).
    public var pupils: [String: Int]
    /// True for generated establishments: demo data, not the national directory.
    public var isDemo: Bool

    public var id: String { uai.value }

    public init(uai: UAI, name: String, kind: EstablishmentKind, commune: String, departmentCode: String,
                academy: String, collectivityCode: String? = nil, pupils: [String: Int] = [:], isDemo: Bool = false) {
        self.uai = uai
        self.name = name
        self.kind = kind
        self.commune = commune
        self.departmentCode = departmentCode
        self.academy = academy
        self.collectivityCode = collectivityCode
        self.pupils = pupils
        self.isDemo = isDemo
    }

    /// The latest school year's pupil count.
    public var latestPupils: (schoolYear: String, count: Int)? {
        pupils.max { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
