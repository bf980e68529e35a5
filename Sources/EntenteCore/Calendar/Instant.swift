import Foundation

/// A point in time in whole seconds since 1970-01-01T00:00:00Z.
///
/// Clocks and calendars count in integer seconds so that sums and differences are exact;
/// `Date` (a floating-point number) is only met at the edges.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let secondsSinceEpoch: Int

    public init(secondsSinceEpoch: Int) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// The second that contains `date`.
    public init(_ date: Date) { secondsSinceEpoch = Int(date.timeIntervalSince1970.rounded(.down)) }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)) }

    public func adding(seconds: Int) -> Instant { Instant(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    /// UTC, for logs and errors.
    public var description: String { iso8601(in: TimeZone(secondsFromGMT: 0)!) }

    /// `2026-05-15T10:30:00+02:00`: the wall clock of `timeZone` with its offset.
    public func iso8601(in timeZone: TimeZone) -> String {
        let offset = timeZone.utcOffset(at: secondsSinceEpoch)
        let local = LocalDateTime(wallSeconds: secondsSinceEpoch + offset)
        let sign = offset < 0 ? "-" : "+"
        let offsetText = "\(sign)\((abs(offset) / 3600).zeroPadded(2)):\((abs(offset) % 3600 / 60).zeroPadded(2))"
        return "\(local.date)T\(local.hour.zeroPadded(2)):\(local.minute.zeroPadded(2)):\(local.second.zeroPadded(2))"
            + offsetText
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, optionally followed by `Z`
    /// or an offset (`+02:00`, `+0200`, `+02`). Without an offset the text is a wall-clock reading in
    /// `timeZone`: a reading skipped when clocks go forward is an error; a reading repeated when they
    /// go back means the earlier instant (the first 02:30 of the October change in France).
    public static func parse(iso text: String, in timeZone: TimeZone) throws(WorkingTimeError) -> Instant {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let (local, offset) = parseParts(trimmed) else { throw .invalidDateTime(text) }
        if let offset {
            return Instant(secondsSinceEpoch: local.wallSeconds - offset)
        }
        switch timeZone.resolve(local) {
        case .unique(let instant), .repeated(earlier: let instant, later: _):
            return instant
        case .skipped:
            throw .nonexistentLocalTime(trimmed, timeZone: timeZone.identifier)
        }
    }

    private static func parseParts(_ text: String) -> (LocalDateTime, offset: Int?)? {
        let pattern = /(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2})(?::?(\d{2}))?)?)?/
        guard let match = text.wholeMatch(of: pattern), let date = CalendarDate(iso: String(match.1))
        else { return nil }
        func number(_ digits: Substring?) -> Int? {
            guard let digits else { return 0 }  // an absent field (seconds, offset minutes) is zero
            return Int(digits)
        }
        guard let hour = number(match.2), let minute = number(match.3), let second = number(match.4),
              hour <= 23, minute <= 59, second <= 59
        else { return nil }
        let local = LocalDateTime(date: date, secondOfDay: hour * 3600 + minute * 60 + second)
        guard match.5 != nil else { return (local, nil) }
        guard let sign = match.6 else { return (local, 0) }
        guard let offsetHours = number(match.7), let offsetMinutes = number(match.8),
              offsetHours <= 18, offsetMinutes <= 59
        else { return nil }
        return (local, (sign == "-" ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60))
    }
}
