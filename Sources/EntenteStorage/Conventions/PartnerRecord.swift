import EntenteCore
import Fluent

/// A row of `partners`.
final class PartnerRecord: Model, @unchecked Sendable {
    static let schema = "partners"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "website") var website: String?

    init() {}

    init(_ partner: Partner) {
        id = partner.code
        update(from: partner)
    }

    func update(from partner: Partner) {
        name = partner.name
        kind = partner.kind.rawValue
        website = partner.website
    }

    var partner: Partner {
        Partner(code: id ?? "", name: name, kind: PartnerKind(rawValue: kind) ?? .autre, website: website)
    }
}
