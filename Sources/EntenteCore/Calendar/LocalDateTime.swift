import Foundation

/// A reading of the wall clock: a date and a time of day, without zone.
public struct LocalDateTime: Hashable, Comparable, Sendable {
    public let date: CalendarDate
    /// Seconds since midnight, `0..<86_400`.
    public let secondOfDay: Int

    public init(date: CalendarDate, secondOfDay: Int) {
        precondition((0..<86_400).contains(secondOfDay), "a time of day is within 0..<86400 seconds")
        (self.date, self.secondOfDay) = (date, secondOfDay)
    }

    /// Seconds since 1970-01-01T00:00 on the wall clock, as if the zone were UTC.
    init(wallSeconds: Int) {
        date = CalendarDate(dayNumber: wallSeconds.floorDivided(by: 86_400))
        secondOfDay = wallSeconds.floorModulo(86_400)
    }

    var wallSeconds: Int { date.dayNumber * 86_400 + secondOfDay }

    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay % 3600 / 60 }
    public var second: Int { secondOfDay % 60 }

    /// `HH:MM`: people read deadlines to the minute (a deadline at 11:33:11 reads 11:33, never later).
    public var timeText: String {
        "\(hour.zeroPadded(2)):\(minute.zeroPadded(2))"
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { lhs.wallSeconds < rhs.wallSeconds }
}

/// What a wall-clock reading means in a zone with summer time.
public enum LocalTimeResolution: Hashable, Sendable {
    /// The usual case: one instant.
    case unique(Instant)
    /// The hour repeated when clocks go back (October in France): two instants.
    case repeated(earlier: Instant, later: Instant)
    /// The hour skipped when clocks go forward (March in France): no instant shows this reading.
    /// `shiftedTo` is the instant the reading would denote with the offset in force before the change,
    /// which reads later by the length of the gap (02:30 becomes 03:30).
    case skipped(shiftedTo: Instant)

    /// The instant to use when an answer is needed anyway: the earlier of a repeated hour, the shifted
    /// instant of a skipped one (the rule of `java.time` and of RFC 5545).
    public var lenient: Instant {
        switch self {
        case .unique(let instant), .repeated(earlier: let instant, later: _), .skipped(shiftedTo: let instant): instant
        }
    }
}

extension TimeZone {
    /// The zone of Entente's local times unless a convention or an overseas département says otherwise.
    public static let europeParis = TimeZone(identifier: "Europe/Paris")!

    /// Seconds to add to UTC to read the wall clock at `secondsSinceEpoch`.
    func utcOffset(at secondsSinceEpoch: Int) -> Int {
        secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)))
    }

    public func localDateTime(at instant: Instant) -> LocalDateTime {
        LocalDateTime(wallSeconds: instant.secondsSinceEpoch + utcOffset(at: instant.secondsSinceEpoch))
    }

    public func resolve(_ local: LocalDateTime) -> LocalTimeResolution {
        resolve(wallSeconds: local.wallSeconds)
    }

    /// Offsets a day before and after bracket any change: zones change offset at most a few times a year.
    func resolve(wallSeconds: Int) -> LocalTimeResolution {
        let offsetBefore = utcOffset(at: wallSeconds - 86_400)
        let offsetAfter = utcOffset(at: wallSeconds + 86_400)
        let early = wallSeconds - offsetBefore
        let late = wallSeconds - offsetAfter
        switch (utcOffset(at: early) == offsetBefore, utcOffset(at: late) == offsetAfter) {
        case (true, true) where early != late:
            return .repeated(earlier: Instant(secondsSinceEpoch: min(early, late)),
                             later: Instant(secondsSinceEpoch: max(early, late)))
        case (true, _):
            return .unique(Instant(secondsSinceEpoch: early))
        case (false, true):
            return .unique(Instant(secondsSinceEpoch: late))
        case (false, false):
            return .skipped(shiftedTo: Instant(secondsSinceEpoch: early))
        }
    }
}
