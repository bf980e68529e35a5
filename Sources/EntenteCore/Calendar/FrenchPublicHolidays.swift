import Foundation

/// A day off by law, whatever the business hours.
public struct PublicHoliday: Hashable, Comparable, Sendable {
    public let date: CalendarDate
    /// The usual French name ("Lundi de Pentecôte").
    public let name: String

    public init(date: CalendarDate, name: String) { (self.date, self.name) = (date, name) }

    public static func < (lhs: PublicHoliday, rhs: PublicHoliday) -> Bool {
        (lhs.date, lhs.name) < (rhs.date, rhs.name)
    }
}

/// French public holidays (jours fériés) as the law lists them today, for any Gregorian year:
/// the eleven of the Code du travail (art. L3133-1), Good Friday and 26 December in Alsace-Moselle
/// (art. L3134-13; Good Friday is applied throughout the three départements, as employers and
/// administrations do), and the abolition of slavery overseas. Earlier history (8 May was not a
/// holiday from 1959 to 1981) is out of scope: Entente computes deadlines from 2000 on.
public enum FrenchPublicHolidays {
    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus, *Astronomical Algorithms*, ch. 8,
    /// after Jones and Butcher, 1876). Letters are the published algorithm's.
    public static func easterSunday(year: Int) -> CalendarDate {
        precondition(year > 1582, "the Gregorian computus starts in 1583")
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let monthAndDay = h + l - 7 * m + 114
        return CalendarDate(year: year, month: monthAndDay / 31, day: monthAndDay % 31 + 1)!
    }

    /// The year's holidays in date order; two holidays can share a day (Ascension fell on 1 May in 2008).
    public static func holidays(year: Int, department: FrenchDepartment? = nil) -> [PublicHoliday] {
        let easter = easterSunday(year: year)
        func fixed(_ month: Int, _ day: Int, _ name: String) -> PublicHoliday {
            PublicHoliday(date: CalendarDate(year: year, month: month, day: day)!, name: name)
        }
        func afterEaster(_ days: Int, _ name: String) -> PublicHoliday {
            PublicHoliday(date: easter.adding(days: days), name: name)
        }
        var holidays = [
            fixed(1, 1, "Jour de l'an"),
            afterEaster(1, "Lundi de Pâques"),
            fixed(5, 1, "Fête du Travail"),
            fixed(5, 8, "Victoire 1945"),
            afterEaster(39, "Ascension"),
            afterEaster(50, "Lundi de Pentecôte"),
            fixed(7, 14, "Fête nationale"),
            fixed(8, 15, "Assomption"),
            fixed(11, 1, "Toussaint"),
            fixed(11, 11, "Armistice 1918"),
            fixed(12, 25, "Noël"),
        ]
        if department?.isAlsaceMoselle == true {
            holidays += [afterEaster(-2, "Vendredi saint"), fixed(12, 26, "Saint-Étienne")]
        }
        if let abolition = department?.abolitionOfSlavery {
            holidays.append(fixed(abolition.month, abolition.day, "Abolition de l'esclavage"))
        }
        return holidays.sorted()
    }
}
