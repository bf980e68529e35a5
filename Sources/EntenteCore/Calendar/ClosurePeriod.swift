import Foundation

/// Whole days when an establishment is closed: the school holidays of its zone, or a closure of its own.
public struct ClosurePeriod: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case schoolHolidays
        case establishmentClosure
    }

    /// As people call it ("Vacances de la Toussaint", "Fermeture estivale").
    public let name: String
    public let kind: Kind
    public let firstDay: CalendarDate
    /// Included.
    public let lastDay: CalendarDate
    /// Whether the convention counts these days as working time: the académie's teams work during
    /// school holidays, so a convention may keep its clocks running while the school is closed.
    public let countsAsWorkingTime: Bool

    public init(name: String, kind: Kind, firstDay: CalendarDate, lastDay: CalendarDate,
                countsAsWorkingTime: Bool = false) throws(WorkingTimeError) {
        guard firstDay <= lastDay else {
            throw .invalidClosure(line: nil, reason: "'\(name)' ends (\(lastDay)) before it starts (\(firstDay))")
        }
        (self.name, self.kind, self.firstDay, self.lastDay) = (name, kind, firstDay, lastDay)
        self.countsAsWorkingTime = countsAsWorkingTime
    }

    public func contains(_ date: CalendarDate) -> Bool { firstDay <= date && date <= lastDay }

    /// Reads closures written one per line, a day or an inclusive range of days, then the name:
    ///
    ///     2026-05-15 Pont de l'Ascension
    ///     2026-07-14..2026-08-16 Fermeture estivale
    ///
    /// Blank lines and lines starting with `#` are ignored.
    public static func parseList(_ text: String, kind: Kind = .establishmentClosure,
                                 countsAsWorkingTime: Bool = false) throws(WorkingTimeError) -> [ClosurePeriod] {
        var closures: [ClosurePeriod] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: " ", maxSplits: 1)
            let days = fields[0].components(separatedBy: "..")
            let name = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespaces) : ""
            guard (1...2).contains(days.count), let first = CalendarDate(iso: days[0]),
                  let last = CalendarDate(iso: days[days.count - 1])
            else {
                let expected = "expected 'YYYY-MM-DD name' or 'YYYY-MM-DD..YYYY-MM-DD name'"
                throw .invalidClosure(line: index + 1, reason: "\(expected), got '\(line)'")
            }
            guard !name.isEmpty else { throw .invalidClosure(line: index + 1, reason: "the closure needs a name") }
            guard first <= last else {
                throw .invalidClosure(line: index + 1, reason: "'\(name)' ends (\(last)) before it starts (\(first))")
            }
            closures.append(try ClosurePeriod(name: name, kind: kind, firstDay: first, lastDay: last,
                                              countsAsWorkingTime: countsAsWorkingTime))
        }
        return closures
    }
}
