import Foundation

/// When working time runs for a convention or an establishment: business hours on the wall clock of a
/// time zone (summer time included), minus public holidays and closures, over a span of years.
///
/// Building the calendar lays out every working interval of the span once, as instants, with the
/// working time accumulated up to each. A deadline or an elapsed time is then one or two binary
/// searches: it costs the same over five years as over one afternoon.
public struct WorkingCalendar: Sendable {
    public let hours: BusinessHours
    /// Whose local holidays apply; `nil` for the national ones only.
    public let department: FrenchDepartment?
    public let closures: [ClosurePeriod]
    public let years: ClosedRange<Int>
    public let timeZone: TimeZone
    /// The span's public holidays, in date order.
    public let holidays: [PublicHoliday]
    /// First instant of the span: midnight on 1 January of the first year.
    public let spanStart: Instant
    /// Midnight on 1 January after the last year.
    public let spanEnd: Instant

    /// Disjoint working intervals `[starts[i], ends[i])` in seconds since the epoch, in order.
    private let starts: [Int]
    private let ends: [Int]
    /// Working seconds from the span start to `ends[i]`.
    private let workedThrough: [Int]

    /// The time zone defaults to the département's (Paris unless overseas). Closures that count as
    /// working time are kept for the record but do not stop the clocks.
    public init(hours: BusinessHours = .standard, department: FrenchDepartment? = nil,
                closures: [ClosurePeriod] = [], years: ClosedRange<Int>, timeZone: TimeZone? = nil) {
        let timeZone = timeZone ?? department?.timeZone ?? .europeParis
        (self.hours, self.department, self.closures, self.years, self.timeZone) =
            (hours, department, closures, years, timeZone)
        holidays = years.flatMap { FrenchPublicHolidays.holidays(year: $0, department: department) }

        let firstDay = CalendarDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let endDay = CalendarDate(year: years.upperBound + 1, month: 1, day: 1)!.dayNumber
        var dayOff = [Bool](repeating: false, count: endDay - firstDay)
        for holiday in holidays { dayOff[holiday.date.dayNumber - firstDay] = true }
        for closure in closures where !closure.countsAsWorkingTime {
            let from = max(closure.firstDay.dayNumber, firstDay), through = min(closure.lastDay.dayNumber, endDay - 1)
            if from <= through { for day in from...through { dayOff[day - firstDay] = true } }
        }

        var starts: [Int] = [], ends: [Int] = [], workedThrough: [Int] = []
        var worked = 0
        for day in firstDay..<endDay where !dayOff[day - firstDay] {
            let midnight = day * 86_400
            // One offset serves the whole day unless the clocks change within a day of it.
            let offset = timeZone.utcOffset(at: midnight - 86_400)
            let steady = offset == timeZone.utcOffset(at: midnight + 2 * 86_400)
            func instant(_ secondOfDay: Int) -> Int {
                let wall = midnight + secondOfDay
                return steady ? wall - offset : timeZone.resolve(wallSeconds: wall).lenient.secondsSinceEpoch
            }
            for range in hours.ranges(on: Weekday(dayNumber: day)) {
                let start = instant(range.start), end = instant(range.end)
                guard start < end else { continue }
                worked += end - start
                if let last = ends.last, last == start {
                    ends[ends.count - 1] = end
                    workedThrough[workedThrough.count - 1] = worked
                } else {
                    starts.append(start)
                    ends.append(end)
                    workedThrough.append(worked)
                }
            }
        }
        (self.starts, self.ends, self.workedThrough) = (starts, ends, workedThrough)
        spanStart = timeZone.resolve(wallSeconds: firstDay * 86_400).lenient
        spanEnd = timeZone.resolve(wallSeconds: endDay * 86_400).lenient
    }

    /// The same rules with more closures (an establishment's own).
    public func adding(closures more: [ClosurePeriod]) -> WorkingCalendar {
        WorkingCalendar(hours: hours, department: department, closures: closures + more, years: years,
                        timeZone: timeZone)
    }

    /// Working seconds between two instants of the span; negative when `end` is before `start`.
    public func workingSeconds(from start: Instant, to end: Instant) throws(WorkingTimeError) -> Int {
        try worked(before: end.secondsSinceEpoch) - worked(before: start.secondsSinceEpoch)
    }

    /// The instant at which `seconds` of working time have passed since `start`: the end of a working
    /// second, so within business hours or at their closing time; `start` itself when `seconds` is zero.
    public func deadline(from start: Instant, addingWorkingSeconds seconds: Int) throws(WorkingTimeError) -> Instant {
        guard seconds >= 0 else { throw .negativeDuration(seconds) }
        guard seconds > 0 else { return start }
        let target = try worked(before: start.secondsSinceEpoch) + seconds
        // First interval whose accumulated end reaches the target.
        var low = 0, high = workedThrough.count
        while low < high {
            let middle = (low + high) / 2
            if workedThrough[middle] < target { low = middle + 1 } else { high = middle }
        }
        guard low < workedThrough.count else { throw .deadlineBeyondSpan(years: years) }
        return Instant(secondsSinceEpoch: ends[low] - (workedThrough[low] - target))
    }

    /// Whether `instant` falls in business hours on a working day.
    public func isWorking(at instant: Instant) -> Bool {
        let index = lastInterval(startingAtOrBefore: instant.secondsSinceEpoch)
        return index >= 0 && instant.secondsSinceEpoch < ends[index]
    }

    /// The public holidays and the closures that stop the clocks, among the days of `days`.
    func daysOff(in days: ClosedRange<CalendarDate>) -> (holidays: [PublicHoliday], closures: [ClosurePeriod]) {
        (holidays.filter { days.contains($0.date) },
         closures.filter { !$0.countsAsWorkingTime && $0.firstDay <= days.upperBound && days.lowerBound <= $0.lastDay })
    }

    /// Working seconds from the span start to `time`.
    private func worked(before time: Int) throws(WorkingTimeError) -> Int {
        guard spanStart.secondsSinceEpoch <= time, time <= spanEnd.secondsSinceEpoch else {
            throw .outOfSpan(Instant(secondsSinceEpoch: time), years: years)
        }
        let index = lastInterval(startingAtOrBefore: time)
        guard index >= 0 else { return 0 }
        return workedThrough[index] - max(0, ends[index] - time)
    }

    /// Index of the last interval starting at or before `time`, -1 if none.
    private func lastInterval(startingAtOrBefore time: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= time { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }
}
