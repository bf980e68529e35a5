import EntenteCore
import Foundation
import Testing

@Suite struct FrenchPublicHolidaysTests {
    /// Western Easter 2000–2050 as published in python-dateutil's test suite
    /// (dateutil/dateutil, `tests/test_easter.py`, list `western_easter_dates`).
    static let publishedEaster: [(year: Int, month: Int, day: Int)] = [
        (2000, 4, 23), (2001, 4, 15), (2002, 3, 31), (2003, 4, 20), (2004, 4, 11), (2005, 3, 27), (2006, 4, 16),
        (2007, 4, 8), (2008, 3, 23), (2009, 4, 12), (2010, 4, 4), (2011, 4, 24), (2012, 4, 8), (2013, 3, 31),
        (2014, 4, 20), (2015, 4, 5), (2016, 3, 27), (2017, 4, 16), (2018, 4, 1), (2019, 4, 21), (2020, 4, 12),
        (2021, 4, 4), (2022, 4, 17), (2023, 4, 9), (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28),
        (2028, 4, 16), (2029, 4, 1), (2030, 4, 21), (2031, 4, 13), (2032, 3, 28), (2033, 4, 17), (2034, 4, 9),
        (2035, 3, 25), (2036, 4, 13), (2037, 4, 5), (2038, 4, 25), (2039, 4, 10), (2040, 4, 1), (2041, 4, 21),
        (2042, 4, 6), (2043, 3, 29), (2044, 4, 17), (2045, 4, 9), (2046, 3, 25), (2047, 4, 14), (2048, 4, 5),
        (2049, 4, 18), (2050, 4, 10),
    ]

    /// Easter by Gauss's formula with Lichtenberg's corrections (H. Lichtenberg, "Zur Interpretation der
    /// Gaußschen Osterformel und ihrer Ausnahmeregeln", Historia Mathematica 24, 1997): a different
    /// derivation from the anonymous Gregorian algorithm the core uses.
    static func gaussEaster(year: Int) -> CalendarDate {
        let century = year / 100
        let lunarShift = 15 + (3 * century + 3) / 4 - (8 * century + 13) / 25
        let solarShift = 2 - (3 * century + 3) / 4
        let golden = year % 19
        let moonSeed = (19 * golden + lunarShift) % 30
        let correction = (moonSeed + golden / 11) / 29
        let paschalFullMoon = 21 + moonSeed - correction
        let firstSundayOfMarch = 7 - (year + year / 4 + solarShift) % 7
        let sundayOffset = 7 - (paschalFullMoon - firstSundayOfMarch) % 7
        let marchDay = paschalFullMoon + sundayOffset
        return marchDay > 31
            ? CalendarDate(year: year, month: 4, day: marchDay - 31)!
            : CalendarDate(year: year, month: 3, day: marchDay)!
    }

    /// The law's list (Code du travail, art. L3133-1; Alsace-Moselle art. L3134-13), written out
    /// independently of the core.
    static func expectedHolidays(year: Int, alsaceMoselle: Bool) -> Set<PublicHoliday> {
        let easter = gaussEaster(year: year)
        var holidays: [(CalendarDate, String)] = [
            (CalendarDate(year: year, month: 1, day: 1)!, "Jour de l'an"),
            (easter.adding(days: 1), "Lundi de Pâques"),
            (CalendarDate(year: year, month: 5, day: 1)!, "Fête du Travail"),
            (CalendarDate(year: year, month: 5, day: 8)!, "Victoire 1945"),
            (easter.adding(days: 39), "Ascension"),
            (easter.adding(days: 50), "Lundi de Pentecôte"),
            (CalendarDate(year: year, month: 7, day: 14)!, "Fête nationale"),
            (CalendarDate(year: year, month: 8, day: 15)!, "Assomption"),
            (CalendarDate(year: year, month: 11, day: 1)!, "Toussaint"),
            (CalendarDate(year: year, month: 11, day: 11)!, "Armistice 1918"),
            (CalendarDate(year: year, month: 12, day: 25)!, "Noël"),
        ]
        if alsaceMoselle {
            holidays += [(easter.adding(days: -2), "Vendredi saint"),
                         (CalendarDate(year: year, month: 12, day: 26)!, "Saint-Étienne")]
        }
        return Set(holidays.map { PublicHoliday(date: $0.0, name: $0.1) })
    }

    static let metropolitanCodes = (1...95).filter { $0 != 20 }.map { $0 < 10 ? "0\($0)" : "\($0)" } + ["2A", "2B"]

    @Test func easterMatchesThePublishedDates() {
        for published in Self.publishedEaster {
            // act
            let easter = FrenchPublicHolidays.easterSunday(year: published.year)
            // check
            #expect(easter == CalendarDate(year: published.year, month: published.month, day: published.day)!)
        }
    }

    @Test func easterAgreesWithGaussFormulaFrom1583To2500() {
        for year in 1583...2500 {
            // act
            let easter = FrenchPublicHolidays.easterSunday(year: year)
            // check
            #expect(easter == Self.gaussEaster(year: year), "\(year)")
            #expect(easter.weekday == .sunday)
        }
    }

    @Test func everyHolidayFrom2000To2100MatchesTheLaw() throws {
        // setup
        let rennes = try FrenchDepartment(code: "35")
        for year in 2000...2100 {
            // act
            let national = FrenchPublicHolidays.holidays(year: year)
            let inRennes = FrenchPublicHolidays.holidays(year: year, department: rennes)
            // check
            #expect(national.count == 11)
            #expect(Set(national) == Self.expectedHolidays(year: year, alsaceMoselle: false), "\(year)")
            #expect(inRennes == national)
            #expect(national == national.sorted())
        }
    }

    @Test func alsaceMoselleDaysApplyOnlyInMoselleAndAlsace() throws {
        for code in Self.metropolitanCodes {
            // setup
            let department = try FrenchDepartment(code: code)
            let isAlsaceMoselle = ["57", "67", "68"].contains(code)
            for year in [2000, 2026, 2100] {
                // act
                let holidays = FrenchPublicHolidays.holidays(year: year, department: department)
                // check
                #expect(Set(holidays) == Self.expectedHolidays(year: year, alsaceMoselle: isAlsaceMoselle),
                        "\(code) \(year)")
                #expect(holidays.count == (isAlsaceMoselle ? 13 : 11))
            }
        }
    }

    /// The 2026 list as published for civil servants by FO Fonctionnaires ("Calendrier congés fériés",
    /// fo-fonctionnaires.fr, 1 January 2026), plus Alsace-Moselle's two days (art. L3134-13).
    @Test func holidaysOf2026InStrasbourg() throws {
        // act
        let holidays = FrenchPublicHolidays.holidays(year: 2026, department: try FrenchDepartment(code: "67"))
        // check
        #expect(holidays.map { "\($0.date) \($0.name)" } == [
            "2026-01-01 Jour de l'an", "2026-04-03 Vendredi saint", "2026-04-06 Lundi de Pâques",
            "2026-05-01 Fête du Travail", "2026-05-08 Victoire 1945", "2026-05-14 Ascension",
            "2026-05-25 Lundi de Pentecôte", "2026-07-14 Fête nationale", "2026-08-15 Assomption",
            "2026-11-01 Toussaint", "2026-11-11 Armistice 1918", "2026-12-25 Noël", "2026-12-26 Saint-Étienne",
        ])
    }

    @Test func twoHolidaysCanShareADay() {
        // act: Easter 2008 was 23 March, so Ascension fell on 1 May
        let firstOfMay = FrenchPublicHolidays.holidays(year: 2008).filter { $0.date == isoDay("2008-05-01") }
        // check
        #expect(firstOfMay.map(\.name) == ["Ascension", "Fête du Travail"])
    }

    @Test func overseasDepartmentsCommemorateTheAbolitionOfSlavery() throws {
        // setup
        let expected = ["971": "2026-05-27", "972": "2026-05-22", "973": "2026-06-10", "974": "2026-12-20",
                        "976": "2026-04-27"]
        for (code, day) in expected {
            // act
            let department = try FrenchDepartment(code: code)
            let holidays = FrenchPublicHolidays.holidays(year: 2026, department: department)
            // check
            #expect(holidays.count == 12)
            #expect(holidays.contains(PublicHoliday(date: isoDay(day), name: "Abolition de l'esclavage")))
            #expect(department.timeZone.identifier != "Europe/Paris")
        }
    }

    @Test func departmentCodesAreNormalisedOrRejected() throws {
        // check
        #expect(try FrenchDepartment(code: "035").code == "35")
        #expect(try FrenchDepartment(code: " 2a ").code == "2A")
        #expect(try FrenchDepartment(code: "67").isAlsaceMoselle)
        #expect(try FrenchDepartment(code: "2B").timeZone.identifier == "Europe/Paris")
        for code in ["", "0", "20", "96", "975", "977", "2C", "3A", "ab", "1234"] {
            #expect(throws: WorkingTimeError.unknownDepartment(code)) { try FrenchDepartment(code: code) }
        }
    }
}
