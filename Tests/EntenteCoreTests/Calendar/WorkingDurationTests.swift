import EntenteCore
import Foundation
import Testing

@Suite struct WorkingDurationTests {
    let calendar = rennesCalendar()

    @Test func workingDaysAreMultiplesOfTheStandardDay() {
        // check: a demi-journée ouvrée is 4 hours with 08:00–12:00 and 13:30–17:30
        #expect(calendar.standardWorkingDay == WorkingDuration(seconds: 8 * oneHour))
        #expect(calendar.workingDuration(ofWorkingDays: 0.5) == WorkingDuration(seconds: 4 * oneHour))
        #expect(calendar.workingDuration(ofWorkingDays: 2) == WorkingDuration(seconds: 16 * oneHour))
        #expect(calendar.workingDuration(ofWorkingDays: Decimal(string: "0.0001")!) == WorkingDuration(seconds: 3))
    }

    @Test func conventionDurationsBecomeClockTargets() throws {
        // setup: Saturday 28 March 2026, the night before summer time
        let start = paris("2026-03-28T16:00")
        // act
        func target(_ text: String) -> ClockTarget? { calendar.target(for: ServiceDuration(text)!, from: start) }
        // check: calendar days keep the wall-clock time, ISO hours are exact
        #expect(target("asap") == nil)
        #expect(target("0.5wd") == ClockTarget(measure: .workingTime, seconds: 4 * oneHour))
        #expect(target("2d") == ClockTarget(measure: .elapsedTime, seconds: 47 * oneHour))
        #expect(target("1.5d") == ClockTarget(measure: .elapsedTime, seconds: 35 * oneHour))
        #expect(target("PT48H") == ClockTarget(measure: .elapsedTime, seconds: 48 * oneHour))
        #expect(target("P1W") == ClockTarget(measure: .elapsedTime, seconds: 7 * 24 * oneHour - oneHour))
        #expect(try calendar.deadline(from: paris("2026-01-31T10:00"), adding: ServiceDuration("P1M")!)?.inParis()
            == "2026-02-28T10:00:00+01:00")
        #expect(try calendar.deadline(from: start, adding: .calendarDays(2))?.inParis() == "2026-03-30T16:00:00+02:00")
    }

    @Test func workingTimeReadsAsISOHoursAndFrenchWords() {
        // check
        let cases: [(Int, String, String)] = [
            (0, "PT0S", "0 min"), (4 * oneHour, "PT4H", "4 h"), (4 * oneHour + 1800, "PT4H30M", "4 h 30"),
            (36 * oneHour, "PT36H", "36 h"), (45 * 60, "PT45M", "45 min"), (61, "PT1M1S", "1 min"),
            (-(2 * oneHour + 1800), "-PT2H30M", "-2 h 30"), (oneHour + 5 * 60, "PT1H5M", "1 h 05"),
        ]
        for (seconds, iso, french) in cases {
            #expect(WorkingDuration(seconds: seconds).iso8601 == iso)
            #expect(WorkingDuration(seconds: seconds).frenchLabel == french)
        }
    }
}
