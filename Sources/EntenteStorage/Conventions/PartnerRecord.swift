import EntenteCore
import Fluent

/// A row of `partners`.
public final class PartnerRecord: Model, @unchecked Sendable {
    public static let schema = "partners"

    @ID(custom: "code", generatedBy: .user) public var id: String?
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "website") public var website: String?

    public init() {}

    public init(_ partner: Partner) {
        id = partner.code
        update(from: partner)
    }

    func update(from partner: Partner) {
        name = partner.name
        kind = partner.kind.rawValue
        website = partner.website
    }

    public var partner: Partner {
        Partner(code: id ?? "", name: name, kind: PartnerKind(rawValue: kind) ?? .autre, website: website)
    }
}
