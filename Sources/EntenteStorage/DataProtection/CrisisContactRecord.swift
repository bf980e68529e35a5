import EntenteCore
import Fluent
import Foundation

/// A row of `crisis_contacts`. Internal: the store hands out `CrisisContact`.
final class CrisisContactRecord: Model, @unchecked Sendable {
    static let schema = "crisis_contacts"

    @ID(key: .id) var id: UUID?
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "party_code") var partyCode: String
    @Field(key: "function") var function: String
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @Field(key: "phone") var phone: String
    @OptionalField(key: "deputy_name") var deputyName: String?
    @OptionalField(key: "deputy_phone") var deputyPhone: String?
    @Field(key: "reviewed_on") var reviewedOn: String

    init() {}

    init(_ contact: CrisisContact) {
        id = contact.id
        update(from: contact)
    }

    func update(from contact: CrisisContact) {
        conventionID = contact.conventionID
        partyCode = contact.partyCode
        function = contact.function.rawValue
        name = contact.name
        email = contact.email
        phone = contact.phone
        deputyName = contact.deputy?.name
        deputyPhone = contact.deputy?.phone
        reviewedOn = contact.reviewedOn.description
    }

    func contact() throws -> CrisisContact {
        let deputy = deputyName.flatMap { name in deputyPhone.map { CrisisContact.Deputy(name: name, phone: $0) } }
        return CrisisContact(id: try requireID(), conventionID: conventionID, partyCode: partyCode,
                             function: try StoredValueError.decode(function, table: Self.schema, column: "function"),
                             name: name, email: email, phone: phone, deputy: deputy,
                             reviewedOn: try StoredValueError.day(reviewedOn, table: Self.schema, column: "reviewed_on"))
    }
}
