// entente-bench: throughput of the working calendar (issue 3), one core.
// swift build -c release --product entente-bench && .build/release/entente-bench
import EntenteCore
import Foundation

let operations = 1_000_000
let workingDay = 8 * 3600

/// Ille-et-Vilaine's hours and holidays, a summer and a Christmas closure each year.
let closures = try (2024...2036).flatMap { year in
    func closure(_ name: String, from first: (Int, Int), to last: (Int, Int)) throws -> ClosurePeriod {
        try ClosurePeriod(name: name, kind: .establishmentClosure,
                          firstDay: CalendarDate(year: year, month: first.0, day: first.1)!,
                          lastDay: CalendarDate(year: year, month: last.0, day: last.1)!)
    }
    return [try closure("Fermeture estivale", from: (7, 20), to: (8, 20)),
            try closure("Fermeture de Noël", from: (12, 24), to: (12, 31))]
}
let buildStart = ContinuousClock.now
let calendar = WorkingCalendar(hours: .standard, department: try FrenchDepartment(code: "35"), closures: closures,
                               years: 2024...2036)
let buildTime = ContinuousClock.now - buildStart

var generator = SplitMix64(seed: 2026)
let first = try Instant.parse(iso: "2024-01-01T00:00", in: .europeParis).secondsSinceEpoch
let last = try Instant.parse(iso: "2030-12-31T23:59:59", in: .europeParis).secondsSinceEpoch
let starts = (0..<operations).map { _ in Instant(secondsSinceEpoch: Int.random(in: first...last, using: &generator)) }

func nanoseconds(_ duration: Duration) -> Int {
    Int(duration.components.seconds) * 1_000_000_000 + Int(duration.components.attoseconds / 1_000_000_000)
}

/// Runs `body` (all the operations) once and prints the rate; the checksum keeps the work from being optimised away.
func measure(_ label: String, _ body: () throws -> Int) rethrows {
    let start = ContinuousClock.now
    let checksum = try body()
    let nanoseconds = nanoseconds(ContinuousClock.now - start)
    let perSecond = operations * 1_000_000_000 / max(nanoseconds, 1)
    let padded = label.padding(toLength: 32, withPad: " ", startingAt: 0)
    print("\(padded) \(perSecond.formatted()) ops/s  "
        + "(\(operations.formatted()) in \(nanoseconds / 1_000_000) ms, checksum \(checksum % 1000))")
}

/// Up to one working day, then up to five years of working time.
for (label, longest) in [("1-day", workingDay), ("5-year", 5 * 225 * workingDay)] {
    let durations = (0..<operations).map { _ in Int.random(in: 1...longest, using: &generator) }
    try measure("deadline, \(label) durations") {
        var sum = 0
        for index in 0..<operations {
            sum &+= try calendar.deadline(from: starts[index], addingWorkingSeconds: durations[index]).secondsSinceEpoch
        }
        return sum
    }
}

/// Ends up to one day, then up to five years after the start.
for (label, longest) in [("1-day", 86_400), ("5-year", 5 * 365 * 86_400)] {
    let ends = (0..<operations).map { starts[$0].adding(seconds: Int.random(in: 0...longest, using: &generator)) }
    try measure("elapsed, \(label) spans") {
        var sum = 0
        for index in 0..<operations {
            sum &+= try calendar.workingSeconds(from: starts[index], to: ends[index])
        }
        return sum
    }
}

let peak = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8))?
    .split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    .map { $0.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces) } ?? "unknown"
print("calendar 2024–2036 built in \(nanoseconds(buildTime) / 1_000_000) ms; peak memory (VmHWM) \(peak)")
