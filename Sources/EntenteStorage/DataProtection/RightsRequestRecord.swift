import EntenteCore
import Fluent
import Foundation

/// A row of `rights_requests`. Internal: the store hands out `RightsRequest`.
final class RightsRequestRecord: Model, @unchecked Sendable {
    static let schema = "rights_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: Int
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "right") var right: String
    @Field(key: "requester") var requester: String
    @Field(key: "requester_name") var requesterName: String
    @Field(key: "requester_contact") var requesterContact: String
    @Field(key: "received_by") var receivedBy: String
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "handler_code") var handlerCode: String
    @Field(key: "contributor_codes") var contributorCodes: String
    @Field(key: "identity") var identity: String
    @OptionalField(key: "identity_note") var identityNote: String?
    @OptionalField(key: "acknowledged_on") var acknowledgedOn: String?
    @OptionalField(key: "extended_on") var extendedOn: String?
    @OptionalField(key: "extension_reason") var extensionReason: String?
    @OptionalField(key: "answered_on") var answeredOn: String?
    @OptionalField(key: "answer") var answer: String?
    @Field(key: "recorded_by") var recordedBy: String

    init() {}

    init(_ request: RightsRequest) {
        id = request.id
        number = request.number
        recordedBy = request.recordedBy
        update(from: request)
    }

    func update(from request: RightsRequest) {
        conventionID = request.conventionID
        right = request.right.rawValue
        requester = request.requester.rawValue
        requesterName = request.requesterName
        requesterContact = request.requesterContact
        receivedBy = request.receivedBy
        receivedOn = request.receivedOn.description
        handlerCode = request.handlerCode
        contributorCodes = request.contributorCodes.joined(separator: " ")
        identity = request.identity.rawValue
        identityNote = request.identityNote
        acknowledgedOn = request.acknowledgedOn?.description
        extendedOn = request.extendedOn?.description
        extensionReason = request.extensionReason
        answeredOn = request.answeredOn?.description
        answer = request.answer
    }

    func request() throws -> RightsRequest {
        func day(_ text: String?, _ column: String) throws -> CalendarDate? { try StoredValueError.day(text, table: Self.schema, column: column) }
        return RightsRequest(
            id: try requireID(), number: number, conventionID: conventionID,
            right: try StoredValueError.decode(right, table: Self.schema, column: "right"),
            requester: try StoredValueError.decode(requester, table: Self.schema, column: "requester"),
            requesterName: requesterName, requesterContact: requesterContact, receivedBy: receivedBy,
            receivedOn: try StoredValueError.day(receivedOn, table: Self.schema, column: "received_on"),
            handlerCode: handlerCode, contributorCodes: contributorCodes.split(separator: " ").map(String.init),
            identity: try StoredValueError.decode(identity, table: Self.schema, column: "identity"), identityNote: identityNote,
            acknowledgedOn: try day(acknowledgedOn, "acknowledged_on"), extendedOn: try day(extendedOn, "extended_on"),
            extensionReason: extensionReason, answeredOn: try day(answeredOn, "answered_on"), answer: answer,
            recordedBy: recordedBy)
    }
}
