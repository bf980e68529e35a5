import Foundation

// Where a ticket stands against its service levels — on track, at risk, breached, paused — and
// the instants stored on it so that queues filter and sort by that in SQL and the watcher finds
// the tickets to warn about without reading every history.

/// When a running clock counts as "at risk": its remaining clock time is at most `percent` % of the
/// allowed time, or at most `floorSeconds`, whichever is larger (never more than the whole target).
/// The default, 25 % or 1 hour: the last hour of a ½ journée ouvrée (4 h), the last 2 h of a
/// journée ouvrée, the last 12 h of "deux jours".
public struct ServiceLevelRisk: Hashable, Sendable {
    public var percent: Int
    public var floorSeconds: Int

    public init(percent: Int, floorSeconds: Int) {
        self.percent = percent
        self.floorSeconds = floorSeconds
    }

    public static let standard = ServiceLevelRisk(percent: 25, floorSeconds: 3600)

    /// The remaining time at and under which a clock of `targetSeconds` is at risk.
    public func threshold(targetSeconds: Int) -> Int {
        min(targetSeconds, max(targetSeconds * percent / 100, floorSeconds))
    }
}

/// A ticket's or a clock's standing, as queues show and filter it.
public enum ServiceLevelStanding: String, CaseIterable, Sendable {
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case breached
    case paused
    case met
    case noTarget = "no-target"

    /// The standings a queue can be narrowed to (`sla=`): those of open tickets with something pending.
    public static let filterable: [ServiceLevelStanding] = [.breached, .atRisk, .paused, .onTrack]

    /// A ticket's standing from its stored instants (`ServiceLevelDue`), at `now`: what a queue row
    /// says without reading the ticket's history. Nil for a ticket no longer open.
    public static func of(status: TicketStatus, due: Instant?, warning: Instant?, now: Instant) -> ServiceLevelStanding? {
        guard status.isOpen else { return nil }
        if status.isWaiting { return .paused }
        guard let due else { return .noTarget }
        if now > due { return .breached }
        if let warning, now >= warning { return .atRisk }
        return .onTrack
    }
}

extension ServiceLevelClock {
    /// The clock's standing at the moment it was read: a running clock is at risk once its
    /// remaining time is within `risk`'s threshold.
    public func standing(risk: ServiceLevelRisk = .standard) -> ServiceLevelStanding {
        switch state {
        case .paused: return .paused
        case .met: return .met
        case .breached: return .breached
        case .noTarget: return .noTarget
        case .running:
            guard let target, let remainingSeconds else { return .noTarget }
            return remainingSeconds <= risk.threshold(targetSeconds: target.seconds) ? .atRisk : .onTrack
        }
    }
}

/// The next instants at which a ticket's pending commitments fall due, kept on the ticket.
///
/// Only clocks that run now have one: a clock without a figure ("au plus tôt"), a stopped one, and
/// every clock of a waiting ticket (its deadline moves as long as the wait lasts) have none; once the
/// wait ends the instants are computed again, the wait excluded. The data-restoration clock is left
/// out: no move of the workflow stops it ("lorsque cela est nécessaire"), so it is shown on the
/// ticket but neither stored nor watched.
public struct ServiceLevelDue: Hashable, Sendable {
    public struct Clock: Hashable, Sendable {
        public var kind: ServiceLevelClock.Kind
        public var deadline: Instant
        /// When the clock becomes at risk (`ServiceLevelRisk`); at or before `deadline`.
        public var warning: Instant
    }

    /// The running clocks with a target, in `Kind` order.
    public var clocks: [Clock]

    public init(clocks: [Clock] = []) { self.clocks = clocks }

    public static let none = ServiceLevelDue()

    public func deadline(of kind: ServiceLevelClock.Kind) -> Instant? {
        clocks.first { $0.kind == kind }?.deadline
    }

    /// The soonest deadline: what `sort=due` orders by; past it the ticket is breached.
    public var next: Instant? { clocks.map(\.deadline).min() }
    /// The soonest warning: from it the ticket is at risk (or breached).
    public var nextWarning: Instant? { clocks.map(\.warning).min() }
}

extension WorkingCalendar {
    /// The clocks the watcher and the queues follow: pick-up and restoration.
    public static let watchedClocks: [ServiceLevelClock.Kind] = [.pickup, .restoration]

    /// The due instants of a ticket under `commitment` (nil: the party commits to nothing at this
    /// criticality). They depend on the timeline only, not on the time it is now.
    public func due(for commitment: ServiceLevelCommitment?, timeline: TicketTimeline, isOpen: Bool,
                    risk: ServiceLevelRisk = .standard) throws(WorkingTimeError) -> ServiceLevelDue {
        guard let commitment, isOpen, timeline.pausedSince == nil else { return .none }
        var clocks: [ServiceLevelDue.Clock] = []
        for kind in Self.watchedClocks where timeline.stop(of: kind) == nil {
            guard let duration = commitment.duration(of: kind),
                  let target = target(for: duration, from: timeline.openedAt) else { continue }
            let deadline = try deadline(from: timeline.openedAt, target: target, pauses: timeline.pauses)
            let early = ClockTarget(measure: target.measure,
                                    seconds: target.seconds - risk.threshold(targetSeconds: target.seconds))
            let warning = try self.deadline(from: timeline.openedAt, target: early, pauses: timeline.pauses)
            clocks.append(ServiceLevelDue.Clock(kind: kind, deadline: deadline, warning: warning))
        }
        return ServiceLevelDue(clocks: clocks)
    }
}

/// The days a queue is narrowed to by opening (`opened_from`, `opened_to`, both included), read as
/// days of a time zone (Europe/Paris): tickets opened at or after `start` and before `end`.
public struct OpeningPeriod: Hashable, Sendable {
    public enum Bound: String, Sendable {
        case from = "opened_from"
        case to = "opened_to"
    }

    public enum Problem: Error, Equatable, Sendable {
        /// Not a `YYYY-MM-DD` day of the calendar.
        case notADay(Bound, String)
        /// The first day is after the last one.
        case reversed
    }

    public var start: Instant?
    public var end: Instant?

    public init(start: Instant?, end: Instant?) {
        self.start = start
        self.end = end
    }

    /// Empty or missing texts leave that side open. Every bad bound is reported.
    public static func parse(from: String?, to: String?, in timeZone: TimeZone = .europeParis) -> Result<OpeningPeriod, ProblemList> {
        var problems: [Problem] = []
        func day(_ text: String?, _ bound: Bound) -> CalendarDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let date = CalendarDate(iso: text), (1900...9999).contains(date.year) else {
                problems.append(.notADay(bound, text))
                return nil
            }
            return date
        }
        let first = day(from, .from), last = day(to, .to)
        if let first, let last, last < first { problems.append(.reversed) }
        guard problems.isEmpty else { return .failure(ProblemList(problems: problems)) }
        func midnight(_ date: CalendarDate) -> Instant { timeZone.resolve(LocalDateTime(date: date, secondOfDay: 0)).lenient }
        return .success(OpeningPeriod(start: first.map(midnight), end: last.map { midnight($0.adding(days: 1)) }))
    }

    public struct ProblemList: Error, Equatable, Sendable {
        public var problems: [Problem]
    }
}
