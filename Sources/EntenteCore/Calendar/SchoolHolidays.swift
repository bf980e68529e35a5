import Foundation

/// The ministry's school calendar (open data "Calendrier scolaire", data.education.gouv.fr,
/// `fr-en-calendrier-scolaire`) read into closure periods.
public enum SchoolHolidays {
    /// Whom the dates are for: in summer, teachers come back a day or two before pupils.
    public enum Population: Sendable {
        case pupils, teachers

        fileprivate var columnPrefix: String {
            switch self {
            case .pupils: "Élèves"
            case .teachers: "Enseignants"
            }
        }
    }

    /// Reads the CSV (`;`-separated, UTF-8, with or without BOM) and keeps the periods of `area`: an
    /// académie (`Rennes`, column `location`) or a zone (`Zone B`, column `zones`).
    ///
    /// The file gives UTC instants of local midnights: the start is the first day off, the end the day
    /// classes resume. Skipped: rows for the other population or for a part of an overseas territory,
    /// rows without duration (a start announced before its end closes nothing yet), and rows repeated
    /// by each académie of a zone.
    public static func closurePeriods(csv text: String, area: String, population: Population = .pupils,
                                      countsAsWorkingTime: Bool = false,
                                      timeZone: TimeZone = .europeParis) throws(WorkingTimeError) -> [ClosurePeriod] {
        var lines = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).makeIterator()
        guard let header = lines.next() else { throw .invalidSchoolCalendar(line: 1, reason: "the file is empty") }
        let columns = header.trimmingPrefix("\u{FEFF}")
            .split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        let required = ["description", "population", "start_date", "end_date", "location", "zones"]
        var position: [String: Int] = [:]
        for name in required {
            guard let index = columns.firstIndex(of: name) else {
                throw .invalidSchoolCalendar(line: 1, reason: "missing column '\(name)'")
            }
            position[name] = index
        }
        var periods: [ClosurePeriod] = []
        var seen: Set<ClosurePeriod> = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns.count else {
                throw .invalidSchoolCalendar(line: lineNumber,
                                             reason: "expected \(columns.count) fields, found \(fields.count)")
            }
            func field(_ name: String) -> String { fields[position[name]!].trimmingCharacters(in: .whitespaces) }
            let rowPopulation = field("population")
            guard field("location") == area || field("zones") == area,
                  rowPopulation == "-" || rowPopulation.hasPrefix(population.columnPrefix)
            else { continue }
            let start: Instant, end: Instant
            do {
                start = try Instant.parse(iso: field("start_date"), in: timeZone)
                end = try Instant.parse(iso: field("end_date"), in: timeZone)
            } catch {
                throw .invalidSchoolCalendar(line: lineNumber, reason: error.description)
            }
            guard start < end else { continue }
            let period = try ClosurePeriod(
                name: field("description"), kind: .schoolHolidays,
                firstDay: timeZone.localDateTime(at: start).date,
                lastDay: timeZone.localDateTime(at: end).date.adding(days: -1),
                countsAsWorkingTime: countsAsWorkingTime)
            if seen.insert(period).inserted { periods.append(period) }
        }
        return periods.sorted { ($0.firstDay, $0.lastDay) < ($1.firstDay, $1.lastDay) }
    }
}
