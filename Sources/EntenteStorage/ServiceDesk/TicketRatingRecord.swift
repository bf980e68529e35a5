import Fluent
import Foundation

/// The requester's satisfaction with a closed ticket (`ticket_ratings`): one per ticket.
public final class TicketRatingRecord: Model, @unchecked Sendable {
    public static let schema = "ticket_ratings"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "ticket_id") public var ticket: TicketRecord
    /// 1 (very dissatisfied) to 5 (very satisfied).
    @Field(key: "score") public var score: Int
    @OptionalField(key: "comment") public var comment: String?
    @Field(key: "rated_by") public var ratedBy: String
    @Field(key: "at") public var at: Date

    public init() {}

    public init(ticketID: UUID, score: Int, comment: String?, ratedBy: String, at: Date) {
        self.$ticket.id = ticketID
        self.score = score
        self.comment = comment
        self.ratedBy = ratedBy
        self.at = at
    }
}
