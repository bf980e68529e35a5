import Foundation

/// A calendar month of the service desk's statistics ("2026-09"), read on the wall clock of a
/// time zone: Europe/Paris unless a caller says otherwise.
public struct StatisticsMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Months outside this span are refused rather than computed over nothing: a typo, not a request.
    public static let years = 2000...2100

    public init(year: Int, month: Int) throws(StatisticsMonthError) {
        guard Self.years.contains(year) else { throw .yearOutOfRange(year) }
        guard (1...12).contains(month) else { throw .noSuchMonth(month) }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` exactly (what `<input type="month">` sends).
    public init(iso text: String) throws(StatisticsMonthError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = trimmed.wholeMatch(of: /(\d{4})-(\d{2})/),
              let year = Int(match.1), let month = Int(match.2) else { throw .malformed(text) }
        try self.init(year: year, month: month)
    }

    /// The month the wall clock of `timeZone` shows at `instant`.
    public init(containing instant: Instant, in timeZone: TimeZone = .europeParis) {
        let date = timeZone.localDateTime(at: instant).date
        year = date.year
        month = date.month
    }

    public var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
    public var dayCount: Int { CalendarDate.daysIn(month: month, year: year) }
    public var days: [CalendarDate] { (0..<dayCount).map { firstDay.adding(days: $0) } }

    /// The months around this one; the span of `years` is not enforced here, only on input.
    public var next: StatisticsMonth { StatisticsMonth(unchecked: firstDay.adding(months: 1)) }
    public var previous: StatisticsMonth { StatisticsMonth(unchecked: firstDay.adding(months: -1)) }

    /// Midnight of the first day: the month includes it.
    public func start(in timeZone: TimeZone = .europeParis) -> Instant {
        timeZone.resolve(LocalDateTime(date: firstDay, secondOfDay: 0)).lenient
    }

    /// Midnight of the next month's first day: the month excludes it.
    public func end(in timeZone: TimeZone = .europeParis) -> Instant { next.start(in: timeZone) }

    public func contains(_ instant: Instant, in timeZone: TimeZone = .europeParis) -> Bool {
        start(in: timeZone) <= instant && instant < end(in: timeZone)
    }

    /// `2026-09`.
    public var description: String { "\(year)-\(month.zeroPadded(2))" }

    public static func < (lhs: StatisticsMonth, rhs: StatisticsMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    private init(unchecked date: CalendarDate) {
        year = date.year
        month = date.month
    }
}

/// Why a text is not a month of the statistics.
public enum StatisticsMonthError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not of the form `YYYY-MM`.
    case malformed(String)
    case noSuchMonth(Int)
    case yearOutOfRange(Int)

    public var description: String {
        switch self {
        case .malformed(let text): "'\(text)' is not a month: expected YYYY-MM, e.g. 2026-09"
        case .noSuchMonth(let month): "there is no month \(month): months run from 01 to 12"
        case .yearOutOfRange(let year):
            "year \(year) is outside \(StatisticsMonth.years.lowerBound)–\(StatisticsMonth.years.upperBound)"
        }
    }
}
