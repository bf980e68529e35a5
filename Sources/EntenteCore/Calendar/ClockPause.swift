import Foundation

/// A time during which the clocks of a ticket stop: it waits for the requester or a third party.
public struct ClockPause: Hashable, Sendable {
    public let start: Instant
    public let end: Instant

    public init(start: Instant, end: Instant) throws(WorkingTimeError) {
        guard start <= end else { throw .invalidPause("\(start)/\(end)") }
        (self.start, self.end) = (start, end)
    }

    /// Parses `START/END`, each as `Instant.parse(iso:in:)` reads it.
    public init(parsing text: String, in timeZone: TimeZone) throws(WorkingTimeError) {
        let bounds = text.split(separator: "/", omittingEmptySubsequences: false)
        guard bounds.count == 2 else { throw .invalidPause(text) }
        let start = try Instant.parse(iso: String(bounds[0]), in: timeZone)
        let end = try Instant.parse(iso: String(bounds[1]), in: timeZone)
        guard start <= end else { throw .invalidPause(text) }
        (self.start, self.end) = (start, end)
    }

    /// Sorted, overlapping or touching pauses joined, so that no time is discounted twice.
    static func merged(_ pauses: [ClockPause]) -> [(start: Int, end: Int)] {
        var merged: [(start: Int, end: Int)] = []
        for pause in pauses.sorted(by: { $0.start < $1.start }) {
            let (start, end) = (pause.start.secondsSinceEpoch, pause.end.secondsSinceEpoch)
            if let last = merged.last, start <= last.end {
                merged[merged.count - 1].end = max(last.end, end)
            } else {
                merged.append((start, end))
            }
        }
        return merged
    }
}

extension WorkingCalendar {
    /// Clock time from `start` to `end` as `measure` counts it, without the pauses.
    public func elapsed(from start: Instant, to end: Instant, measure: ClockTarget.Measure,
                        pauses: [ClockPause] = []) throws(WorkingTimeError) -> Int {
        let (from, to) = (start.secondsSinceEpoch, end.secondsSinceEpoch)
        var total = try span(from, to, measure)
        for pause in ClockPause.merged(pauses) where pause.start < to && from < pause.end {
            total -= try span(max(pause.start, from), min(pause.end, to), measure)
        }
        return total
    }

    /// The instant at which the clock started at `start` has counted `target`, stopped during `pauses`.
    public func deadline(from start: Instant, target: ClockTarget,
                         pauses: [ClockPause] = []) throws(WorkingTimeError) -> Instant {
        var position = start.secondsSinceEpoch, remaining = target.seconds
        for pause in ClockPause.merged(pauses) where pause.end > position {
            let reached = try advance(position, by: remaining, target.measure)
            if reached <= pause.start { return Instant(secondsSinceEpoch: reached) }
            if pause.start > position { remaining -= try span(position, pause.start, target.measure) }
            position = pause.end
        }
        return Instant(secondsSinceEpoch: try advance(position, by: remaining, target.measure))
    }

    private func span(_ from: Int, _ to: Int, _ measure: ClockTarget.Measure) throws(WorkingTimeError) -> Int {
        switch measure {
        case .workingTime:
            try workingSeconds(from: Instant(secondsSinceEpoch: from), to: Instant(secondsSinceEpoch: to))
        case .elapsedTime:
            to - from
        }
    }

    private func advance(_ from: Int, by seconds: Int, _ measure: ClockTarget.Measure) throws(WorkingTimeError) -> Int {
        switch measure {
        case .workingTime:
            try deadline(from: Instant(secondsSinceEpoch: from), addingWorkingSeconds: seconds).secondsSinceEpoch
        case .elapsedTime:
            from + seconds
        }
    }
}
