import Foundation

/// Satisfaction beyond one month's figures (issue 4, item 7): the trend of the twelve months up to
/// the month shown, and the comments of low ratings, which only the party that handled the ticket reads.
public struct SatisfactionTrend: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public var month: StatisticsMonth
        public var summary: MonthlyStatistics.RatingSummary
    }

    /// How many ratings of one score were given in the month at `monthIndex` of `months(endingWith:)`.
    public struct Count: Hashable, Sendable {
        public var monthIndex: Int
        public var score: Int
        public var count: Int

        public init(monthIndex: Int, score: Int, count: Int) {
            self.monthIndex = monthIndex
            self.score = score
            self.count = count
        }
    }

    public static let monthCount = 12

    /// Oldest first; every month of the span, with or without ratings.
    public var points: [Point]

    /// The `count` months ending with `month`, oldest first: the buckets storage counts ratings into.
    public static func months(endingWith month: StatisticsMonth, count: Int = monthCount) -> [StatisticsMonth] {
        var months = [month]
        while months.count < count { months.insert(months[0].previous, at: 0) }
        return months
    }

    /// Counts outside the span or with a score outside 1–5 are ignored.
    public init(endingWith month: StatisticsMonth, counts: [Count], monthCount: Int = monthCount) {
        var summaries = Array(repeating: MonthlyStatistics.RatingSummary(), count: monthCount)
        for count in counts where summaries.indices.contains(count.monthIndex)
            && MonthlyStatistics.RatingSummary.scores.contains(count.score) && count.count > 0 {
            for _ in 0..<count.count { summaries[count.monthIndex].add(count.score) }
        }
        points = zip(Self.months(endingWith: month, count: monthCount), summaries).map { Point(month: $0, summary: $1) }
    }

    /// The twelve months together.
    public var overall: MonthlyStatistics.RatingSummary {
        points.reduce(MonthlyStatistics.RatingSummary()) { $0.merged(with: $1.summary) }
    }
}

/// A rating's comment, with what says whose ticket it was.
public struct RatingComment: Hashable, Sendable {
    public var ticketID: UUID
    public var reference: String
    public var title: String
    public var score: Int
    public var comment: String
    public var at: Instant
    /// The partner that handled the ticket; nil when the establishment itself did (EPLE).
    public var partnerCode: String?
    public var establishmentUAI: String

    public init(ticketID: UUID, reference: String, title: String, score: Int, comment: String, at: Instant,
                partnerCode: String?, establishmentUAI: String) {
        self.ticketID = ticketID
        self.reference = reference
        self.title = title
        self.score = score
        self.comment = comment
        self.at = at
        self.partnerCode = partnerCode
        self.establishmentUAI = establishmentUAI
    }
}

public enum SatisfactionComments {
    /// A score at or under this one is a low rating whose comment the handling party should read.
    public static let lowScore = 2

    /// The comments of low ratings the viewer reads, newest first: an agent those of the tickets their
    /// partner handled, an administrator all; nobody else (observers, establishments, other parties
    /// of the territory): the comment is feedback to the party that did the work.
    public static func lowRated(_ comments: [RatingComment], visibleTo viewer: TicketViewer) -> [RatingComment] {
        comments.filter { comment in
            guard comment.score <= lowScore, !comment.comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return false
            }
            switch viewer.role {
            case .administrator: return true
            case .partnerAgent: return viewer.partnerCode != nil && comment.partnerCode == viewer.partnerCode
            case .observer, .establishmentMember: return false
            }
        }.sorted { ($0.at, $0.reference) > ($1.at, $1.reference) }
    }
}
