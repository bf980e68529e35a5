import Testing
@testable import EntenteCore

/// Calendar time for legal deadlines: hours day and night, months by Regulation 1182/71.
@Suite struct CalendarPeriodTests {
    @Test func hoursRunThroughWeekendsAndBankHolidays() {
        // Friday 22 May 2026, 19:00, before Whit Monday (25 May): nothing stops a legal clock.
        let aware = paris("2026-05-22T19:00")
        #expect(CalendarHours(24)!.deadline(after: aware).inParis() == "2026-05-23T19:00:00+02:00")
        #expect(CalendarHours(48)!.deadline(after: aware).inParis() == "2026-05-24T19:00:00+02:00")
        #expect(CalendarHours(72)!.deadline(after: aware).inParis() == "2026-05-25T19:00:00+02:00")
    }

    @Test func hoursAreElapsedAcrossTheChangeOfSummerTime() {
        // 25 October 2026 at 03:00 the clocks go back to 02:00: 72 hours later reads one hour earlier.
        let aware = paris("2026-10-23T10:00")
        #expect(CalendarHours(72)!.deadline(after: aware).inParis() == "2026-10-26T09:00:00+01:00")
        #expect(CalendarHours(72)!.deadline(after: aware).secondsSinceEpoch - aware.secondsSinceEpoch == 72 * oneHour)
        // And in March one hour later: 29 March 2026 at 02:00 becomes 03:00.
        #expect(CalendarHours(24)!.deadline(after: paris("2026-03-28T12:00")).inParis() == "2026-03-29T13:00:00+02:00")
    }

    @Test func conventionDurationsBecomeHoursOnlyWhenTheyAreCalendarHours() {
        #expect(CalendarHours(ServiceDuration("PT48H")!) == CalendarHours(48))
        #expect(CalendarHours(ServiceDuration("2d")!) == CalendarHours(48))
        #expect(CalendarHours(ServiceDuration("P1DT12H")!) == CalendarHours(36))
        #expect(CalendarHours(ServiceDuration("0.5wd")!) == nil)
        #expect(CalendarHours(ServiceDuration("4wh")!) == nil)
        #expect(CalendarHours(ServiceDuration("asap")!) == nil)
        #expect(CalendarHours(ServiceDuration("P1M")!) == nil)
        #expect(CalendarHours(ServiceDuration("1.5d")!) == nil)
        #expect(CalendarHours(0) == nil)
    }

    @Test func monthsEndOnTheSameDateOrTheMonthsLastDay() {
        let month = CalendarMonths(1)!
        #expect(month.lastDay(countingFrom: isoDay("2026-03-15")) == isoDay("2026-04-15"))
        #expect(month.lastDay(countingFrom: isoDay("2026-01-31")) == isoDay("2026-02-28"))
        #expect(month.lastDay(countingFrom: isoDay("2028-01-31")) == isoDay("2028-02-29"))
        #expect(month.lastDay(countingFrom: isoDay("2026-03-31")) == isoDay("2026-04-30"))
        #expect(month.lastDay(countingFrom: isoDay("2026-12-31")) == isoDay("2027-01-31"))
        #expect(CalendarMonths(3)!.lastDay(countingFrom: isoDay("2026-11-30")) == isoDay("2027-02-28"))
        #expect(CalendarMonths(ServiceDuration("P1M")!) == month)
        #expect(CalendarMonths(ServiceDuration("P1Y")!) == CalendarMonths(12))
        #expect(CalendarMonths(ServiceDuration("PT24H")!) == nil)
        #expect(CalendarMonths(ServiceDuration("30d")!) == nil)
    }

    @Test func theWorkingDayAfterADayOffSkipsWeekendsAndHolidays() {
        let holidays = Set(FrenchPublicHolidays.holidays(year: 2026).map(\.date))
        #expect(CalendarMonths.workingDay(onOrAfter: isoDay("2026-02-28"), holidays: holidays) == isoDay("2026-03-02"))
        // Friday 1 May 2026 (Fête du Travail), then the weekend.
        #expect(CalendarMonths.workingDay(onOrAfter: isoDay("2026-05-01"), holidays: holidays) == isoDay("2026-05-04"))
        #expect(CalendarMonths.workingDay(onOrAfter: isoDay("2026-04-15"), holidays: holidays) == isoDay("2026-04-15"))
    }
}
