import EntenteCore
import Foundation
import Testing

/// Laws of working-time arithmetic, checked on seeded random instants and durations.
@Suite struct WorkingTimePropertyTests {
    /// Strasbourg (more holidays), the usual hours, and closures of both kinds.
    let calendar = WorkingCalendar(
        department: try! FrenchDepartment(code: "67"),
        closures: [closurePeriod("Pont de l'Ascension", "2026-05-15", "2026-05-15"),
                   closurePeriod("Fermeture estivale", "2027-07-19", "2027-08-13"),
                   closurePeriod("Vacances de Noël", "2028-12-23", "2029-01-07", countsAsWorkingTime: true)],
        years: 2024...2034)
    let first = paris("2024-01-01T00:00").secondsSinceEpoch
    let last = paris("2030-12-31T23:59").secondsSinceEpoch

    func randomInstant(_ generator: inout SplitMix64) -> Instant {
        Instant(secondsSinceEpoch: Int.random(in: first...last, using: &generator))
    }

    /// Mostly within a few days, sometimes zero, sometimes a year of work.
    func randomDuration(_ generator: inout SplitMix64) -> Int {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: 0
        case 1: Int.random(in: 0...(250 * 8 * oneHour), using: &generator)
        default: Int.random(in: 1...(5 * 8 * oneHour), using: &generator)
        }
    }

    @Test func elapsedFromTheStartToTheDeadlineIsTheDuration() throws {
        var generator = SplitMix64(seed: 1)
        for _ in 0..<5000 {
            // setup
            let (start, duration) = (randomInstant(&generator), randomDuration(&generator))
            // act
            let deadline = try calendar.deadline(from: start, addingWorkingSeconds: duration)
            // check
            #expect(try calendar.workingSeconds(from: start, to: deadline) == duration, "\(start) + \(duration) s")
        }
    }

    @Test func deadlinesEndAWorkingSecondUnlessTheDurationIsZero() throws {
        // setup: business hours and days off read again through Foundation, not through the calendar's table
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = .europeParis
        let daysOff = Set(calendar.holidays.map(\.date)).union(
            calendar.closures.filter { !$0.countsAsWorkingTime }.flatMap { closure in
                (closure.firstDay.dayNumber...closure.lastDay.dayNumber).map { CalendarDate(dayNumber: $0) }
            })
        var generator = SplitMix64(seed: 2)
        for _ in 0..<5000 {
            let (start, duration) = (randomInstant(&generator), randomDuration(&generator))
            guard duration > 0 else { continue }
            // act
            let deadline = try calendar.deadline(from: start, addingWorkingSeconds: duration)
            // check: the second before the deadline is worked
            let lastSecond = gregorian.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday],
                                                      from: deadline.adding(seconds: -1).date)
            let day = CalendarDate(year: lastSecond.year!, month: lastSecond.month!, day: lastSecond.day!)!
            let secondOfDay = lastSecond.hour! * 3600 + lastSecond.minute! * 60 + lastSecond.second!
            #expect((2...6).contains(lastSecond.weekday!) && !daysOff.contains(day), "\(deadline)")
            #expect(calendar.hours.ranges(on: day.weekday).contains { $0.start <= secondOfDay && secondOfDay < $0.end },
                    "\(deadline)")
            #expect(calendar.isWorking(at: deadline.adding(seconds: -1)))
        }
    }

    @Test func addingInTwoStepsEqualsAddingTheSum() throws {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<5000 {
            // setup
            let start = randomInstant(&generator)
            let (first, second) = (randomDuration(&generator), randomDuration(&generator))
            // act
            let inTwoSteps = try calendar.deadline(from: calendar.deadline(from: start, addingWorkingSeconds: first),
                                                   addingWorkingSeconds: second)
            let atOnce = try calendar.deadline(from: start, addingWorkingSeconds: first + second)
            // check
            #expect(inTwoSteps == atOnce, "\(start) + \(first) s + \(second) s")
        }
    }

    @Test func pausesAreDiscountedExactly() throws {
        var generator = SplitMix64(seed: 4)
        for _ in 0..<2000 {
            // setup: up to three waits of up to four days around the start
            let start = randomInstant(&generator)
            let pauses = try (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                let pauseStart = start.adding(seconds: Int.random(in: -86_400...(5 * 86_400), using: &generator))
                let length = Int.random(in: 0...(4 * 86_400), using: &generator)
                return try ClockPause(start: pauseStart, end: pauseStart.adding(seconds: length))
            }
            let target = ClockTarget(measure: .workingTime,
                                     seconds: Int.random(in: 1...(5 * 8 * oneHour), using: &generator))
            // act
            let deadline = try calendar.deadline(from: start, target: target, pauses: pauses)
            // check
            #expect(try calendar.elapsed(from: start, to: deadline, measure: .workingTime, pauses: pauses)
                == target.seconds)
            #expect(try calendar.workingSeconds(from: start, to: deadline) >= target.seconds)
        }
    }

    /// An independent count: for each day, the business hours turned into instants by Foundation's
    /// calendar, clipped to the interval, summed.
    @Test func elapsedAgreesWithADayByDayCount() throws {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = .europeParis
        let daysOff = Set(calendar.holidays.map(\.date)).union(
            calendar.closures.filter { !$0.countsAsWorkingTime }.flatMap { closure in
                (closure.firstDay.dayNumber...closure.lastDay.dayNumber).map { CalendarDate(dayNumber: $0) }
            })
        func dayByDay(_ start: Instant, _ end: Instant) -> Int {
            var total = 0
            var day = gregorian.startOfDay(for: start.date)
            while day < end.date {
                let parts = gregorian.dateComponents([.year, .month, .day], from: day)
                let date = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
                if !daysOff.contains(date) {
                    for range in calendar.hours.ranges(on: date.weekday) {
                        func wallClock(_ seconds: Int) -> Instant {
                            Instant(gregorian.date(bySettingHour: seconds / 3600, minute: seconds % 3600 / 60,
                                                   second: 0, of: day)!)
                        }
                        let (from, to) = (wallClock(range.start), wallClock(range.end))
                        total += max(0, min(to, end).secondsSinceEpoch - max(from, start).secondsSinceEpoch)
                    }
                }
                day = gregorian.date(byAdding: .day, value: 1, to: day)!
            }
            return total
        }
        var generator = SplitMix64(seed: 5)
        for _ in 0..<1000 {
            // setup
            let start = randomInstant(&generator)
            let end = start.adding(seconds: Int.random(in: 0...(20 * 86_400), using: &generator))
            // act
            let elapsed = try calendar.workingSeconds(from: start, to: end)
            // check
            #expect(elapsed == dayByDay(start, end), "\(start) → \(end)")
        }
    }

    @Test func theGeneratorIsSplitMix64() {
        // setup
        var generator = SplitMix64(seed: 0)
        // check: the first outputs of Vigna's splitmix64.c seeded with 0
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
