/// An organisation taking part in the shared service: a collectivité, an académie, a contractor…
public struct Partner: Codable, Hashable, Sendable, Identifiable {
    public var code: String
    public var name: String
    public var kind: PartnerKind
    public var website: String?

    public var id: String { code }

    public init(code: String, name: String, kind: PartnerKind, website: String? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.website = website
    }
}
