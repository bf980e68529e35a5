import EntenteCore
import Fluent
import Foundation

/// The requester's satisfaction with a closed ticket (`ticket_ratings`): one per ticket.
final class TicketRatingRecord: Model, @unchecked Sendable {
    static let schema = "ticket_ratings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ticket_id") var ticket: TicketRecord
    /// 1 (very dissatisfied) to 5 (very satisfied).
    @Field(key: "score") var score: Int
    @OptionalField(key: "comment") var comment: String?
    @Field(key: "rated_by") var ratedBy: String
    @Field(key: "at") var at: Date

    init() {}

    init(ticketID: UUID, score: Int, comment: String?, ratedBy: String, at: Date) {
        self.$ticket.id = ticketID
        self.score = score
        self.comment = comment
        self.ratedBy = ratedBy
        self.at = at
    }

    var rating: TicketRating {
        TicketRating(score: score, comment: comment, ratedBy: ratedBy, at: Instant(at))
    }
}
