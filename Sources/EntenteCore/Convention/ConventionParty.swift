/// A party as one convention names it: the short code its annex uses in cells
/// ("CD", "ACA", "EPLE"), and the partner behind it.
public struct ConventionParty: Codable, Hashable, Sendable {
    public var code: String
    /// The partner registry's code; nil for "every establishment" (EPLE) or a generic contractor.
    public var partnerCode: String?
    public var kind: PartnerKind
    public var name: String
    public var role: String?

    public init(code: String, partnerCode: String? = nil, kind: PartnerKind, name: String, role: String? = nil) {
        self.code = code
        self.partnerCode = partnerCode
        self.kind = kind
        self.name = name
        self.role = role
    }
}
