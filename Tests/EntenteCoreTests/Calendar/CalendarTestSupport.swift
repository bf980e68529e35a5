import EntenteCore
import Foundation

/// A wall-clock reading in Paris (`2026-05-13T16:00`), or an instant with its offset.
func paris(_ text: String) -> Instant {
    try! Instant.parse(iso: text, in: .europeParis)
}

func isoDay(_ text: String) -> CalendarDate {
    CalendarDate(iso: text)!
}

/// Ille-et-Vilaine's calendar: 08:00–12:00 and 13:30–17:30 Monday to Friday, national holidays.
func rennesCalendar(years: ClosedRange<Int> = 2024...2028, closures: [ClosurePeriod] = []) -> WorkingCalendar {
    WorkingCalendar(hours: .standard, department: try! FrenchDepartment(code: "35"), closures: closures, years: years)
}

func closurePeriod(_ name: String, _ first: String, _ last: String,
                   countsAsWorkingTime: Bool = false) -> ClosurePeriod {
    try! ClosurePeriod(name: name, kind: .establishmentClosure, firstDay: isoDay(first), lastDay: isoDay(last),
                       countsAsWorkingTime: countsAsWorkingTime)
}

extension Instant {
    func inParis() -> String { iso8601(in: .europeParis) }
}

let oneHour = 3600
