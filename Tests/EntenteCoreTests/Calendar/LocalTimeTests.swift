import EntenteCore
import Foundation
import Testing

@Suite struct LocalTimeTests {
    @Test func dayNumbersAndWeekdaysAgreeWithFoundation() {
        // setup: Foundation's Gregorian calendar as the independent reference
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(secondsFromGMT: 0)!
        for dayNumber in stride(from: -25_567, through: 47_482, by: 7) {  // 1900-01-01 ... 2100-01-01
            // act
            let date = CalendarDate(dayNumber: dayNumber)
            // check
            let midnight = Date(timeIntervalSince1970: TimeInterval(dayNumber * 86_400))
            let reference = gregorian.dateComponents([.year, .month, .day, .weekday], from: midnight)
            #expect((date.year, date.month, date.day) == (reference.year!, reference.month!, reference.day!))
            #expect(date.dayNumber == dayNumber)
            #expect(date.weekday.rawValue == (reference.weekday! + 5) % 7 + 1)  // Foundation: Sunday is 1
        }
    }

    @Test func addingMonthsKeepsTheDayOrTakesTheMonthsLast() {
        // check
        #expect(isoDay("2026-01-31").adding(months: 1) == isoDay("2026-02-28"))
        #expect(isoDay("2028-01-31").adding(months: 1) == isoDay("2028-02-29"))
        #expect(isoDay("2026-11-15").adding(months: 3) == isoDay("2027-02-15"))
        #expect(isoDay("2026-03-31").adding(months: -1) == isoDay("2026-02-28"))
    }

    @Test func isoTextWithoutOffsetIsParisWallClock() throws {
        // check: summer (+02:00), winter (+01:00), explicit offsets, a bare date
        #expect(paris("2026-05-13T16:00") == Instant(secondsSinceEpoch: 1_778_680_800))
        #expect(paris("2026-05-13T16:00:00+02:00") == paris("2026-05-13T16:00"))
        #expect(paris("2026-05-13T14:00Z") == paris("2026-05-13T16:00"))
        #expect(paris("2026-05-13T09:00-0500") == paris("2026-05-13T16:00"))
        #expect(paris("2026-05-13 16:00") == paris("2026-05-13T16:00"))
        #expect(paris("2026-01-15") == paris("2026-01-14T23:00Z"))
        #expect(paris("2026-05-13T16:00").inParis() == "2026-05-13T16:00:00+02:00")
        #expect(paris("2026-01-15T10:00").inParis() == "2026-01-15T10:00:00+01:00")
    }

    @Test func aTimeSkippedWhenClocksGoForwardIsRejected() {
        // check: on 29 March 2026 Paris goes from 02:00 to 03:00
        #expect(throws: WorkingTimeError.nonexistentLocalTime("2026-03-29T02:30", timeZone: "Europe/Paris")) {
            try Instant.parse(iso: "2026-03-29T02:30", in: .europeParis)
        }
        #expect(paris("2026-03-29T03:00") == paris("2026-03-29T01:00Z"))
        #expect(paris("2026-03-29T01:59") == paris("2026-03-29T00:59Z"))
    }

    @Test func aTimeRepeatedWhenClocksGoBackMeansTheFirstOne() {
        // setup: on 25 October 2026 Paris shows 02:00–03:00 twice
        let local = LocalDateTime(date: isoDay("2026-10-25"), secondOfDay: 2 * oneHour + 1800)
        // act
        let resolution = TimeZone.europeParis.resolve(local)
        // check
        #expect(resolution == .repeated(earlier: paris("2026-10-25T00:30Z"), later: paris("2026-10-25T01:30Z")))
        #expect(paris("2026-10-25T02:30") == paris("2026-10-25T02:30+02:00"))
    }

    @Test(arguments: ["2026-13-01", "2026-02-29T10:00", "2026-05-13T24:00", "2026-05-13T16", "2026-05-13T16:60",
                      "13/05/2026", "2026-05-13T16:00+2", "2026-05-13T16:00+25:00", "yesterday", ""])
    func malformedDateTimesAreRejected(text: String) {
        // check
        #expect(throws: WorkingTimeError.invalidDateTime(text)) { try Instant.parse(iso: text, in: .europeParis) }
    }

    @Test func businessHoursParseRangesAndRejectOverlaps() throws {
        // act
        let hours = try BusinessHours(parsing: "08:00-12:00,13:30-17:30")
        let touching = try BusinessHours(parsing: "12:00-14:00,08:00-12:00", on: [.saturday])
        // check
        #expect(hours == .standard)
        #expect(hours.ranges(on: .monday).map(\.description) == ["08:00-12:00", "13:30-17:30"])
        #expect(hours.ranges(on: .saturday).isEmpty)
        #expect(touching.ranges(on: .saturday).map(\.description) == ["08:00-12:00", "12:00-14:00"])
        #expect(try BusinessHours(parsing: "00:00-24:00").seconds(on: .friday) == 86_400)
        #expect(throws: WorkingTimeError.overlappingRanges("08:00-12:00", "11:00-14:00")) {
            try BusinessHours(parsing: "08:00-12:00,11:00-14:00")
        }
        for text in ["8:00-12:00", "12:00-08:00", "08:00-08:00", "08:00-24:30", "24:00-24:00", "08:00",
                     "08:00-12:00-13:00", ""] {
            #expect(throws: WorkingTimeError.invalidTimeRange(text)) { try BusinessHours(parsing: text) }
        }
        #expect(throws: WorkingTimeError.noBusinessHours) { try BusinessHours([:]) }
    }

    @Test func aStandardWorkingDayIsTheUsualDayNotTheAverage() throws {
        // setup: collège hours, Wednesday afternoon off
        let fullDay = try BusinessHours.DailyRange(parsing: "08:00-12:00")
        let afternoon = try BusinessHours.DailyRange(parsing: "13:30-17:30")
        let college = try BusinessHours([.monday: [fullDay, afternoon], .tuesday: [fullDay, afternoon],
                                         .wednesday: [fullDay],
                                         .thursday: [fullDay, afternoon], .friday: [fullDay, afternoon]])
        let tie = try BusinessHours([.monday: [fullDay, afternoon], .tuesday: [fullDay]])
        // check
        #expect(BusinessHours.standard.standardWorkingDay == 8 * oneHour)
        #expect(college.standardWorkingDay == 8 * oneHour)
        #expect(tie.standardWorkingDay == 8 * oneHour)
    }
}
