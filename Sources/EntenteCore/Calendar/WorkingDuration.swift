import Foundation

/// An amount of working time, in seconds: what the clocks count when a convention speaks of working days.
public struct WorkingDuration: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    /// ISO-8601 in hours, minutes and seconds (`PT4H30M`, `PT36H`, `-PT1H` when overdue): a working
    /// day is not 24 hours, so days are never used.
    public var iso8601: String {
        let magnitude = abs(seconds)
        let (hours, minutes, rest) = (magnitude / 3600, magnitude % 3600 / 60, magnitude % 60)
        var text = (seconds < 0 ? "-" : "") + "PT"
        if hours > 0 { text += "\(hours)H" }
        if minutes > 0 { text += "\(minutes)M" }
        if rest > 0 || magnitude == 0 { text += "\(rest)S" }
        return text
    }

    /// `4 h 30`, `45 min`, `36 h`, `0 min` (seconds are dropped: people read minutes).
    public var frenchLabel: String {
        let magnitude = abs(seconds)
        let (hours, minutes) = (magnitude / 3600, magnitude % 3600 / 60)
        let sign = seconds < 0 ? "-" : ""
        switch (hours, minutes) {
        case (0, _): return "\(sign)\(minutes) min"
        case (_, 0): return "\(sign)\(hours) h"
        default: return "\(sign)\(hours) h \(minutes.zeroPadded(2))"
        }
    }

    /// Working time as `sla deadline --duration` and convention files read it: `4wh30wm`, `45wm`,
    /// `1wh0wm20ws` — `wh`, `wm`, `ws` for working hours, minutes and seconds, so that it is never
    /// mistaken for clock time (`PT4H`). Zero is `0wm`.
    public var notation: String {
        let magnitude = abs(seconds)
        let (hours, minutes, rest) = (magnitude / 3600, magnitude % 3600 / 60, magnitude % 60)
        var text = seconds < 0 ? "-" : ""
        if hours > 0 { text += "\(hours)wh" }
        if minutes > 0 || (hours > 0 && rest > 0) || magnitude == 0 { text += "\(minutes)wm" }
        if rest > 0 { text += "\(rest)ws" }
        return text
    }

    /// Reads `notation`: whole numbers of `wh`, `wm` and `ws`, in that order, at least one.
    public init?(notation text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var total = 0
        var sawOne = false
        for (unit, factor) in [("wh", 3600), ("wm", 60), ("ws", 1)] {
            guard let range = rest.range(of: unit) else { continue }
            let digits = rest[..<range.lowerBound]
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(digits) else { return nil }
            total += value * factor
            sawOne = true
            rest = rest[range.upperBound...]
        }
        guard sawOne, rest.isEmpty else { return nil }
        self.init(seconds: total)
    }

    public var description: String { iso8601 }

    public static func < (lhs: WorkingDuration, rhs: WorkingDuration) -> Bool { lhs.seconds < rhs.seconds }
}

/// What a convention's duration commits to once its start is known: an amount of clock time, and
/// whether the clock runs in business hours only or day and night.
public struct ClockTarget: Hashable, Sendable {
    public enum Measure: Hashable, Sendable {
        /// Working days: the clock runs in business hours on working days.
        case workingTime
        /// Calendar days and ISO-8601 durations (`2d`, `PT48H`, `P3M`): the clock runs day and night.
        case elapsedTime
    }

    public let measure: Measure
    public let seconds: Int

    public init(measure: Measure, seconds: Int) { (self.measure, self.seconds) = (measure, seconds) }
}

extension WorkingCalendar {
    /// The length of a "journée ouvrée" on this calendar (see `BusinessHours.standardWorkingDay`).
    public var standardWorkingDay: WorkingDuration { WorkingDuration(seconds: hours.standardWorkingDay) }

    /// `days` working days as working time, to the nearest second: `0.5wd` ("demi-journée ouvrée")
    /// is half the standard working day, 4 h with 08:00–12:00 and 13:30–17:30.
    public func workingDuration(ofWorkingDays days: Decimal) -> WorkingDuration {
        WorkingDuration(seconds: (days * Decimal(hours.standardWorkingDay)).roundedToSeconds)
    }

    /// What `duration` commits to from `start`; `nil` for "au plus tôt", which has no figure.
    ///
    /// Calendar days and ISO-8601 durations keep the wall-clock time: 2 days from 16:00 ends at 16:00,
    /// 47 or 49 hours later across a change of summer time; months end on the month's last day when
    /// shorter. Working days become working time.
    public func target(for duration: ServiceDuration, from start: Instant) -> ClockTarget? {
        switch duration {
        case .asSoonAsPossible:
            return nil
        case .workingDays(let days):
            return ClockTarget(measure: .workingTime, seconds: workingDuration(ofWorkingDays: days).seconds)
        case .workingTime(let duration):
            return ClockTarget(measure: .workingTime, seconds: duration.seconds)
        case .calendarDays(let days):
            let wholeDays = days.roundedDown
            let fraction = ((days - Decimal(wholeDays)) * 86_400).roundedToSeconds
            let end = wallClockAdding(to: start, months: 0, days: wholeDays).adding(seconds: fraction)
            return ClockTarget(measure: .elapsedTime, seconds: end.secondsSinceEpoch - start.secondsSinceEpoch)
        case .iso(let iso):
            let exactSeconds = iso.hours * 3600 + iso.minutes * 60 + iso.seconds
            let end = wallClockAdding(to: start, months: iso.years * 12 + iso.months, days: iso.weeks * 7 + iso.days)
                .adding(seconds: exactSeconds)
            return ClockTarget(measure: .elapsedTime, seconds: end.secondsSinceEpoch - start.secondsSinceEpoch)
        }
    }

    /// The deadline of `duration` from `start`, the clocks stopped during `pauses`; `nil` for "au plus tôt".
    public func deadline(from start: Instant, adding duration: ServiceDuration,
                         pauses: [ClockPause] = []) throws(WorkingTimeError) -> Instant? {
        guard let target = target(for: duration, from: start) else { return nil }
        return try deadline(from: start, target: target, pauses: pauses)
    }

    /// Same wall-clock time `months` and `days` later; a time skipped by summer time moves forward.
    private func wallClockAdding(to start: Instant, months: Int, days: Int) -> Instant {
        let local = timeZone.localDateTime(at: start)
        let date = local.date.adding(months: months).adding(days: days)
        return timeZone.resolve(LocalDateTime(date: date, secondOfDay: local.secondOfDay)).lenient
    }
}

private extension Decimal {
    /// Half away from zero, as people round.
    var roundedToSeconds: Int { rounded(.plain) }

    var roundedDown: Int { rounded(.down) }

    private func rounded(_ mode: NSDecimalNumber.RoundingMode) -> Int {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, 0, mode)
        return NSDecimalNumber(decimal: result).intValue
    }
}
