import Foundation
import Testing
@testable import EntenteCore

@Suite struct WorkingTimeNotationTests {
    @Test(arguments: [(0, "0wm"), (45 * 60, "45wm"), (4 * oneHour, "4wh"), (4 * oneHour + 1800, "4wh30wm"),
                      (oneHour + 20, "1wh0wm20ws"), (20, "20ws"), (62 * oneHour, "62wh")])
    func workingTimeIsWrittenInWorkingUnits(seconds: Int, notation: String) {
        #expect(WorkingDuration(seconds: seconds).notation == notation)
        #expect(WorkingDuration(notation: notation) == WorkingDuration(seconds: seconds))
    }

    @Test(arguments: ["", "wh", "4h", "PT4H", "4wh4wh", "30wm4wh", "-4wh", "4.5wh", "4 wh", "4wh30", "1234567890wh"])
    func anythingElseIsNotWorkingTime(text: String) {
        #expect(WorkingDuration(notation: text) == nil, "\(text)")
    }

    @Test func theDurationReadsWorkingHoursAsWorkingTimeAndISOAsClockTime() throws {
        let calendar = rennesCalendar()
        let start = paris("2026-05-13T16:00")
        #expect(ServiceDuration("4wh") == .workingTime(WorkingDuration(seconds: 4 * oneHour)))
        #expect(ServiceDuration("0wm") == nil, "a commitment of nothing is not a duration")
        // Wednesday 16:00 + 4 working hours: 1h30 on Wednesday, then Thursday 14 May is Ascension (a holiday),
        // Friday 08:00–10:30 → Friday 10:30; 4 hours of clock time is Wednesday 20:00.
        #expect(try calendar.deadline(from: start, adding: ServiceDuration("4wh")!)?.inParis() == "2026-05-15T10:30:00+02:00")
        #expect(try calendar.deadline(from: start, adding: ServiceDuration("PT4H")!)?.inParis() == "2026-05-13T20:00:00+02:00")
        #expect(try calendar.deadline(from: start, adding: ServiceDuration("0.5wd")!)
                == calendar.deadline(from: start, adding: ServiceDuration("4wh")!))
    }

    /// What `sla elapsed` prints, `sla deadline --duration` reads with the same meaning: from any start,
    /// adding the working time elapsed up to an instant inside working hours comes back to that instant.
    @Test func deadlineUndoesElapsedForAnyInstantInsideWorkingHours() throws {
        let calendar = rennesCalendar()
        var generator = SplitMix64(seed: 0x0A11_CE55)
        let first = paris("2025-01-01T00:00").secondsSinceEpoch, last = paris("2027-12-31T00:00").secondsSinceEpoch
        var checked = 0
        while checked < 2_000 {
            let a = Int.random(in: first...last, using: &generator), b = Int.random(in: first...last, using: &generator)
            let start = Instant(secondsSinceEpoch: min(a, b)), end = Instant(secondsSinceEpoch: max(a, b))
            // Inside: working at the instant and the second before (at an interval's very start the same count
            // is first reached at the end of the interval before).
            guard calendar.isWorking(at: end), calendar.isWorking(at: Instant(secondsSinceEpoch: end.secondsSinceEpoch - 1)),
                  start < end else { continue }
            let elapsed = try calendar.elapsed(from: start, to: end, measure: .workingTime)
            let text = WorkingDuration(seconds: elapsed).notation
            let duration = try #require(ServiceDuration(text), "\(text)")
            #expect(try calendar.deadline(from: start, adding: duration) == end, "\(start.inParis()) + \(text)")
            checked += 1
        }
    }
}
