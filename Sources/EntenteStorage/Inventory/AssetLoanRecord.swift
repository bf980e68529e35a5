import EntenteCore
import Fluent
import Foundation

/// A row of `asset_loans`. Internal: the store hands out `AssetLoan`.
final class AssetLoanRecord: Model, @unchecked Sendable {
    static let schema = "asset_loans"

    enum HolderKind: String {
        case pupil, staff
        case schoolClass = "class"
        case cart
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "asset_id") var assetID: UUID
    @Field(key: "holder_kind") var holderKind: String
    @OptionalField(key: "holder_name") var holderName: String?
    @OptionalField(key: "class_name") var className: String?
    @Field(key: "adult") var adult: Bool
    @OptionalField(key: "cart_id") var cartID: UUID?
    @Field(key: "started_on") var startedOn: String
    @OptionalField(key: "expected_return_on") var expectedReturnOn: String?
    @OptionalField(key: "guardian_name") var guardianName: String?
    @OptionalField(key: "agreement_on") var agreementOn: String?
    @OptionalField(key: "agreement_version") var agreementVersion: String?
    @OptionalField(key: "ended_on") var endedOn: String?
    @OptionalField(key: "ending") var ending: String?
    @OptionalField(key: "end_note") var endNote: String?
    @Field(key: "recorded_by") var recordedBy: String

    init() {}

    init(_ loan: AssetLoan, recordedBy: String) {
        id = loan.id
        self.recordedBy = recordedBy
        assetID = loan.assetID
        adult = false
        switch loan.holder {
        case .pupil(let name, let className, let adult):
            (holderKind, holderName, self.className, self.adult) = (HolderKind.pupil.rawValue, name, className, adult)
        case .staff(let name):
            (holderKind, holderName) = (HolderKind.staff.rawValue, name)
        case .schoolClass(let name):
            (holderKind, className) = (HolderKind.schoolClass.rawValue, name)
        case .cart(let id):
            (holderKind, cartID) = (HolderKind.cart.rawValue, id)
        }
        startedOn = loan.startedOn.description
        expectedReturnOn = loan.expectedReturnOn?.description
        record(loan.agreement)
        record(loan.end)
    }

    func record(_ agreement: AssetLoan.Agreement?) {
        guardianName = agreement?.guardianName
        agreementOn = agreement?.acceptedOn.description
        agreementVersion = agreement?.textVersion
    }

    func record(_ end: AssetLoan.End?) {
        endedOn = end?.on.description
        ending = end?.kind.rawValue
        endNote = end?.note
    }

    func loan() throws -> AssetLoan {
        func day(_ text: String?, _ column: String) throws -> CalendarDate? {
            try StoredValueError.day(text, table: Self.schema, column: column)
        }
        func required<Value>(_ value: Value?, _ column: String) throws -> Value {
            guard let value else { throw StoredValueError(table: Self.schema, column: column, value: "NULL") }
            return value
        }
        let kind: HolderKind = try StoredValueError.decode(holderKind, table: Self.schema, column: "holder_kind")
        let holder: AssetLoan.Holder = switch kind {
        case .pupil: .pupil(name: try required(holderName, "holder_name"), className: className, adult: adult)
        case .staff: .staff(name: try required(holderName, "holder_name"))
        case .schoolClass: .schoolClass(try required(className, "class_name"))
        case .cart: .cart(try required(cartID, "cart_id"))
        }
        let agreement = try guardianName.map { name in
            AssetLoan.Agreement(guardianName: name, acceptedOn: try required(try day(agreementOn, "agreement_on"), "agreement_on"),
                                textVersion: try required(agreementVersion, "agreement_version"))
        }
        let end = try endedOn.map { text in
            AssetLoan.End(kind: try StoredValueError.decode(try required(ending, "ending"), table: Self.schema, column: "ending"),
                          on: try required(try day(text, "ended_on"), "ended_on"), note: endNote)
        }
        return AssetLoan(id: try requireID(), assetID: assetID, holder: holder, startedOn: try required(try day(startedOn, "started_on"), "started_on"),
                         expectedReturnOn: try day(expectedReturnOn, "expected_return_on"), agreement: agreement, end: end)
    }
}
