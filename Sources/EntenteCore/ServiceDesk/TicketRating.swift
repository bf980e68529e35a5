/// The requester's satisfaction with a closed ticket, 1 to 5; a ticket is rated once.
public struct TicketRating: Hashable, Sendable {
    public var score: Int
    public var comment: String?
    public var ratedBy: String
    public var at: Instant

    public init(score: Int, comment: String?, ratedBy: String, at: Instant) {
        self.score = score
        self.comment = comment
        self.ratedBy = ratedBy
        self.at = at
    }
}
