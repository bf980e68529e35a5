/// Months of calendar time, as the law counts the time to answer a data subject (GDPR art. 12(3): one
/// month, extendable by two), by Regulation (EEC, Euratom) No 1182/71, art. 3: the day of the event is
/// not counted, and the period ends with the day of its last month that has the same date as the day of
/// the event — or that month's last day when it has no such date (31 January + 1 month = 28 or 29 February).
public struct CalendarMonths: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let count: Int

    public init?(_ count: Int) {
        guard count > 0 else { return nil }
        self.count = count
    }

    /// A convention's duration in months (`P1M`, `P1Y`); `nil` for any other.
    public init?(_ duration: ServiceDuration) {
        guard case .iso(let iso) = duration, iso.weeks == 0, iso.days == 0, iso.hours == 0, iso.minutes == 0,
              iso.seconds == 0 else { return nil }
        self.init(iso.years * 12 + iso.months)
    }

    /// The last day of the period that runs from `eventDay`.
    public func lastDay(countingFrom eventDay: CalendarDate) -> CalendarDate { eventDay.adding(months: count) }

    /// The first day on or after `day` that is neither a Saturday, a Sunday nor one of `holidays`:
    /// where art. 3(4) of the regulation would carry a last day that falls on a day off.
    public static func workingDay(onOrAfter day: CalendarDate, holidays: Set<CalendarDate>) -> CalendarDate {
        var day = day
        while day.weekday == .saturday || day.weekday == .sunday || holidays.contains(day) { day = day.adding(days: 1) }
        return day
    }

    public static func < (lhs: CalendarMonths, rhs: CalendarMonths) -> Bool { lhs.count < rhs.count }

    /// `P1M`.
    public var description: String { "P\(count)M" }
}
