/// A processing activity of the convention for the register of processing activities (GDPR art. 30):
/// its purposes and legal basis, its controllers (joint ones, art. 26) with each one's duties, the data
/// and persons, the retention, the processors, the hosting and the transfers.
public struct ProcessingActivity: Codable, Hashable, Sendable, Identifiable {
    /// The lawful basis of GDPR art. 6(1).
    public enum LegalBasis: String, CaseIterable, Codable, Hashable, Sendable {
        case consent
        case contract
        case legalObligation = "legal-obligation"
        case vitalInterests = "vital-interests"
        case publicTask = "public-task"
        case legitimateInterests = "legitimate-interests"
    }

    /// A controller and what the convention gives it to do.
    public struct Controller: Codable, Hashable, Sendable {
        public var partyCode: String
        public var duties: String?

        public init(partyCode: String, duties: String? = nil) {
            self.partyCode = partyCode
            self.duties = duties
        }
    }

    public var id: String
    public var name: String
    public var purposes: [String]
    public var legalBasis: LegalBasis
    public var controllers: [Controller]
    public var dataCategories: [String]
    public var personCategories: [String]
    public var retention: String?
    public var processors: [String]
    public var hosting: String?
    public var transfers: String?
    public var source: SourceReference

    public init(id: String, name: String, purposes: [String], legalBasis: LegalBasis, controllers: [Controller],
                dataCategories: [String], personCategories: [String], retention: String?, processors: [String], hosting: String?,
                transfers: String?, source: SourceReference) {
        self.id = id
        self.name = name
        self.purposes = purposes
        self.legalBasis = legalBasis
        self.controllers = controllers
        self.dataCategories = dataCategories
        self.personCategories = personCategories
        self.retention = retention
        self.processors = processors
        self.hosting = hosting
        self.transfers = transfers
        self.source = source
    }

    /// Joint controllers (art. 26) when more than one party decides.
    public var isJoint: Bool { controllers.count > 1 }
}
