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

    func partner() throws -> Partner {
        Partner(code: try requireID(), name: name, kind: try StoredValueError.decode(kind, table: Self.schema, column: "kind"),
                website: website)
    }
}
