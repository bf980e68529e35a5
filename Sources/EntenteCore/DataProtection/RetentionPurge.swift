import Foundation

/// A retention rule applied: how much of its data the period had ended for, and what was done.
public struct RetentionPurge: Hashable, Sendable {
    public var data: RetentionRule.Data
    /// Data whose period started on or before this day was due.
    public var cutoff: CalendarDate
    public var count: Int
    public var at: Instant?
    public var actor: String?

    public init(data: RetentionRule.Data, cutoff: CalendarDate, count: Int, at: Instant? = nil, actor: String? = nil) {
        self.data = data
        self.cutoff = cutoff
        self.count = count
        self.at = at
        self.actor = actor
    }

    /// The first instant after the cutoff day in Paris: a period that started before it has ended.
    public var bound: Instant {
        TimeZone.europeParis.resolve(LocalDateTime(date: cutoff.adding(days: 1), secondOfDay: 0)).lenient
    }
}
