import EntenteCore
import Foundation
import Testing

@Suite struct WorkingCalendarTests {
    let calendar = rennesCalendar()

    func deadline(_ start: String, plus seconds: Int, on calendar: WorkingCalendar? = nil) throws -> String {
        try (calendar ?? self.calendar).deadline(from: paris(start), addingWorkingSeconds: seconds).inParis()
    }

    @Test func halfAWorkingDayOverAscension() throws {
        // act: the example, Wednesday 13 May 2026 16:00, Thursday 14 May is Ascension
        let result = try calendar.deadline(from: paris("2026-05-13T16:00"), adding: .workingDays(0.5))
        // check
        #expect(result?.inParis() == "2026-05-15T10:30:00+02:00")
    }

    @Test func deadlinesSkipWeekendsAndTheMiddayBreak() throws {
        // check
        #expect(try deadline("2026-06-05T16:00", plus: 4 * oneHour) == "2026-06-08T10:30:00+02:00")  // to Monday
        #expect(try deadline("2026-06-09T10:00", plus: 3 * oneHour) == "2026-06-09T14:30:00+02:00")  // over lunch
        #expect(try deadline("2026-06-09T12:30", plus: 1 * oneHour) == "2026-06-09T14:30:00+02:00")  // from lunch
        #expect(try deadline("2026-06-09T06:00", plus: 1 * oneHour) == "2026-06-09T09:00:00+02:00")  // before opening
        #expect(try deadline("2026-06-06T11:00", plus: 1 * oneHour) == "2026-06-08T09:00:00+02:00")  // from Saturday
        #expect(try deadline("2026-05-22T16:00", plus: 4 * oneHour) == "2026-05-26T10:30:00+02:00")  // Pentecost Monday
    }

    @Test func aDeadlineReachedAtClosingTimeIsClosingTime() throws {
        // check: 2 h 30 from 09:30 ends at 12:00, not at 13:30 when work resumes
        #expect(try deadline("2026-06-09T09:30", plus: 2 * oneHour + 1800) == "2026-06-09T12:00:00+02:00")
        #expect(try deadline("2026-06-09T09:30", plus: 2 * oneHour + 1801) == "2026-06-09T13:30:01+02:00")
    }

    @Test func aZeroDurationEndsWhereItStartsEvenAtNight() throws {
        // check
        #expect(try deadline("2026-06-09T23:00", plus: 0) == "2026-06-09T23:00:00+02:00")
        #expect(throws: WorkingTimeError.negativeDuration(-1)) {
            try calendar.deadline(from: paris("2026-06-09T10:00"), addingWorkingSeconds: -1)
        }
    }

    @Test func aBridgeClosureAfterAscensionPushesToMonday() throws {
        // setup: the establishment closes on the Friday after Ascension
        let bridged = rennesCalendar(closures: [closurePeriod("Pont de l'Ascension", "2026-05-15", "2026-05-15")])
        // act
        let result = try bridged.deadline(from: paris("2026-05-13T16:00"), adding: .workingDays(0.5))
        // check
        #expect(result?.inParis() == "2026-05-18T10:30:00+02:00")
        #expect(bridged.explanation(deadline: result, from: paris("2026-05-13T16:00"), duration: .workingDays(0.5))
            == "Échéance : lundi 18 mai 2026 à 10:30 — ½ journée ouvrée à partir du mercredi 13 mai 16:00 ; "
            + "jeudi 14 mai férié (Ascension) ; vendredi 15 mai fermé (Pont de l'Ascension)")
    }

    @Test func closuresStopTheClockUnlessTheConventionCountsThem() throws {
        // setup: Toussaint 2025, zone B: Saturday 18 October to Sunday 2 November
        let toussaint = closurePeriod("Vacances de la Toussaint", "2025-10-18", "2025-11-02")
        let closed = rennesCalendar(closures: [toussaint])
        let counted = rennesCalendar(closures: [closurePeriod("Vacances de la Toussaint", "2025-10-18", "2025-11-02",
                                                              countsAsWorkingTime: true)])
        // check
        #expect(try deadline("2025-10-17T16:00", plus: 4 * oneHour, on: closed) == "2025-11-03T10:30:00+01:00")
        #expect(try deadline("2025-10-17T16:00", plus: 4 * oneHour, on: counted) == "2025-10-20T10:30:00+02:00")
        #expect(try closed.workingSeconds(from: paris("2025-10-17T08:00"), to: paris("2025-11-04T08:00"))
            == 16 * oneHour)
    }

    @Test func summerTimeChangesDoNotMoveBusinessHours() throws {
        // check: the clocks change on Sunday night, deadlines keep the wall-clock hours
        #expect(try deadline("2026-03-27T16:00", plus: 4 * oneHour) == "2026-03-30T10:30:00+02:00")
        #expect(try deadline("2026-10-23T16:00", plus: 4 * oneHour) == "2026-10-26T10:30:00+01:00")
        #expect(try calendar.workingSeconds(from: paris("2026-03-27T16:00"), to: paris("2026-03-30T10:30"))
            == 4 * oneHour)
        #expect(try calendar.workingSeconds(from: paris("2026-10-23T16:00"), to: paris("2026-10-26T10:30"))
            == 4 * oneHour)
    }

    @Test func roundTheClockHoursCountTheRealLengthOfChangeDays() throws {
        // setup: a supervision service working day and night
        let allDay = WorkingCalendar(hours: try BusinessHours(parsing: "00:00-24:00", on: Weekday.allCases),
                                     years: 2026...2026)
        // check: 29 March lasts 23 hours, 25 October 25 hours
        #expect(try allDay.workingSeconds(from: paris("2026-03-29T00:00"), to: paris("2026-03-30T00:00"))
            == 23 * oneHour)
        #expect(try allDay.workingSeconds(from: paris("2026-10-25T00:00"), to: paris("2026-10-26T00:00"))
            == 25 * oneHour)
        #expect(try deadline("2026-03-28T12:00", plus: 24 * oneHour, on: allDay) == "2026-03-29T13:00:00+02:00")
        #expect(try deadline("2026-10-24T12:00", plus: 24 * oneHour, on: allDay) == "2026-10-25T11:00:00+01:00")
    }

    @Test func hoursAcrossTheSkippedAndRepeatedHourCountWhatTheClockShows() throws {
        // setup: 01:00–04:00 on Sundays
        let night = WorkingCalendar(hours: try BusinessHours(parsing: "01:00-04:00", on: [.sunday]), years: 2026...2026)
        // check: two hours when 02:00–03:00 is skipped, four when it is repeated
        #expect(try night.workingSeconds(from: paris("2026-03-29T00:00"), to: paris("2026-03-30T00:00"))
            == 2 * oneHour)
        #expect(try night.workingSeconds(from: paris("2026-10-25T00:00"), to: paris("2026-10-26T00:00"))
            == 4 * oneHour)
        #expect(try night.workingSeconds(from: paris("2026-03-22T00:00"), to: paris("2026-03-23T00:00"))
            == 3 * oneHour)
    }

    @Test func alsaceMoselleStopsOnGoodFridayAndSaintStephen() throws {
        // setup
        let strasbourg = WorkingCalendar(department: try FrenchDepartment(code: "67"), years: 2025...2026)
        // check: Good Friday 3 April 2026, then Easter Monday; Friday 26 December 2025
        #expect(try deadline("2026-04-02T16:00", plus: 4 * oneHour, on: strasbourg) == "2026-04-07T10:30:00+02:00")
        #expect(try deadline("2026-04-02T16:00", plus: 4 * oneHour) == "2026-04-03T10:30:00+02:00")
        #expect(try deadline("2025-12-24T16:00", plus: 4 * oneHour, on: strasbourg) == "2025-12-29T10:30:00+01:00")
        #expect(try deadline("2025-12-24T16:00", plus: 4 * oneHour) == "2025-12-26T10:30:00+01:00")
    }

    @Test func overseasCalendarsRunOnTheirOwnClock() throws {
        // setup: La Réunion, UTC+4 all year, 20 December a holiday
        let reunion = WorkingCalendar(department: try FrenchDepartment(code: "974"), years: 2027...2027)
        let start = try Instant.parse(iso: "2027-12-17T16:00", in: reunion.timeZone)
        // act: Friday 17 December 2027, Monday 20 December off
        let result = try reunion.deadline(from: start, addingWorkingSeconds: 4 * oneHour)
        // check
        #expect(result.iso8601(in: reunion.timeZone) == "2027-12-21T10:30:00+04:00")
    }

    @Test func elapsedWorkingTimeIsAntisymmetricAndStopsAtClosedHours() throws {
        // setup
        let (start, end) = (paris("2026-06-09T11:00"), paris("2026-06-10T09:00"))
        // check
        #expect(try calendar.workingSeconds(from: start, to: end) == 6 * oneHour)
        #expect(try calendar.workingSeconds(from: end, to: start) == -6 * oneHour)
        #expect(try calendar.workingSeconds(from: paris("2026-06-09T12:15"), to: paris("2026-06-09T13:15")) == 0)
        #expect(calendar.isWorking(at: paris("2026-06-09T11:59:59")))
        #expect(!calendar.isWorking(at: paris("2026-06-09T12:00")))
        #expect(!calendar.isWorking(at: paris("2026-05-14T10:00")))
    }

    @Test func instantsOutsideTheYearsAreErrors() throws {
        // setup
        let short = rennesCalendar(years: 2026...2026)
        // check
        #expect(throws: WorkingTimeError.outOfSpan(paris("2025-12-31T10:00"), years: 2026...2026)) {
            try short.workingSeconds(from: paris("2025-12-31T10:00"), to: paris("2026-01-05T10:00"))
        }
        #expect(throws: WorkingTimeError.deadlineBeyondSpan(years: 2026...2026)) {
            try short.deadline(from: paris("2026-12-30T10:00"), adding: .workingDays(10))
        }
        #expect(try short.deadline(from: paris("2026-12-31T16:00"), addingWorkingSeconds: 1800).inParis()
            == "2026-12-31T16:30:00+01:00")
        #expect(short.spanStart == paris("2026-01-01T00:00") && short.spanEnd == paris("2027-01-01T00:00"))
    }

    @Test func anEstablishmentAddsItsOwnClosures() throws {
        // act
        let establishment = calendar.adding(closures: [closurePeriod("Inventaire", "2026-06-10", "2026-06-11")])
        // check
        #expect(try deadline("2026-06-09T16:00", plus: 4 * oneHour, on: establishment) == "2026-06-12T10:30:00+02:00")
        #expect(establishment.closures.count == 1)
    }
}
