import Foundation

/// One commitment of a convention running on a ticket: take it in charge, restore the service,
/// restore the data, within a duration counted from the ticket's opening, stopped while it waits.
public struct ServiceLevelClock: Hashable, Sendable {
    /// The commitments of "4. Niveaux de services" (seed 002, Ille-et-Vilaine).
    public enum Kind: String, CaseIterable, Sendable {
        case pickup
        case restoration
        case dataRestoration = "data-restoration"

        public var frenchName: String {
            switch self {
            case .pickup: "Prise en charge et diagnostic"
            case .restoration: "Rétablissement du service"
            case .dataRestoration: "Restauration des données"
            }
        }
    }

    public enum State: String, CaseIterable, Sendable {
        /// Counting, deadline ahead.
        case running
        /// Stopped while the ticket waits; the deadline moves as long as the wait lasts.
        case paused
        /// Stopped at or before the deadline.
        case met
        /// Past the deadline, stopped or not.
        case breached
        /// "Au plus tôt": a commitment without a figure, so nothing to meet or breach.
        case noTarget = "no-target"
    }

    public let kind: Kind
    /// As the convention states it (`0.5wd`, `2d`, `asap`).
    public let duration: ServiceDuration
    /// `nil` for "au plus tôt".
    public let target: ClockTarget?
    public let state: State
    public let startedAt: Instant
    /// When the commitment was fulfilled, if it was.
    public let stoppedAt: Instant?
    /// Provisional while paused (as if the ticket resumed now); `nil` without a target.
    public let deadline: Instant?
    /// Clock time counted so far, pauses excluded: working time for working days and "au plus tôt",
    /// elapsed time for calendar durations.
    public let elapsedSeconds: Int
    /// Target minus elapsed, negative once breached; `nil` without a target.
    public let remainingSeconds: Int?
    /// One line in French (see `WorkingCalendar.explanation`).
    public let explanation: String
}

extension ServiceLevelCommitment {
    /// The duration the convention states for `kind`, if any.
    public func duration(of kind: ServiceLevelClock.Kind) -> ServiceDuration? {
        switch kind {
        case .pickup: pickup
        case .restoration: restoration
        case .dataRestoration: dataRestoration
        }
    }
}

/// The moments of a ticket that drive its clocks.
public struct TicketTimeline: Hashable, Sendable {
    public var openedAt: Instant
    /// Finished waits.
    public var pauses: [ClockPause]
    /// The wait in progress, if any.
    public var pausedSince: Instant?
    public var pickedUpAt: Instant?
    public var restoredAt: Instant?
    public var dataRestoredAt: Instant?

    public init(openedAt: Instant, pauses: [ClockPause] = [], pausedSince: Instant? = nil,
                pickedUpAt: Instant? = nil, restoredAt: Instant? = nil, dataRestoredAt: Instant? = nil) {
        (self.openedAt, self.pauses, self.pausedSince) = (openedAt, pauses, pausedSince)
        (self.pickedUpAt, self.restoredAt, self.dataRestoredAt) = (pickedUpAt, restoredAt, dataRestoredAt)
    }

    public func stop(of kind: ServiceLevelClock.Kind) -> Instant? {
        switch kind {
        case .pickup: pickedUpAt
        case .restoration: restoredAt
        case .dataRestoration: dataRestoredAt
        }
    }
}

extension WorkingCalendar {
    /// The clocks a ticket runs under `commitment` (the responsible party's, for the ticket's
    /// criticality): one per duration the convention states, in `Kind` order.
    public func clocks(for commitment: ServiceLevelCommitment, timeline: TicketTimeline,
                       now: Instant) throws(WorkingTimeError) -> [ServiceLevelClock] {
        var clocks: [ServiceLevelClock] = []
        for kind in ServiceLevelClock.Kind.allCases {
            guard let duration = commitment.duration(of: kind) else { continue }
            clocks.append(try clock(kind, duration: duration, timeline: timeline, now: now))
        }
        return clocks
    }

    /// One clock at `now`. A clock is read up to its stop, or up to now while it runs; the wait in
    /// progress counts as a pause ending now.
    public func clock(_ kind: ServiceLevelClock.Kind, duration: ServiceDuration, timeline: TicketTimeline,
                      now: Instant) throws(WorkingTimeError) -> ServiceLevelClock {
        let start = timeline.openedAt
        let stoppedAt = timeline.stop(of: kind)
        let end = max(stoppedAt ?? now, start)
        var pauses = timeline.pauses
        // A stopped clock no longer cares about the wait in progress.
        var pausedSince: Instant?
        if stoppedAt == nil, let since = timeline.pausedSince, since <= end {
            pausedSince = since
            pauses.append(try ClockPause(start: since, end: end))
        }

        let target = target(for: duration, from: start)
        let elapsed = try elapsed(from: start, to: end, measure: target?.measure ?? .workingTime, pauses: pauses)
        var deadline: Instant?
        if let target { deadline = try self.deadline(from: start, target: target, pauses: pauses) }

        let state: ServiceLevelClock.State
        switch (deadline, stoppedAt) {
        case (nil, _): state = .noTarget
        case (let deadline?, let stop?): state = stop <= deadline ? .met : .breached
        case (let deadline?, nil) where now > deadline: state = .breached
        case (_, nil): state = pausedSince == nil ? .running : .paused
        }
        return ServiceLevelClock(
            kind: kind, duration: duration, target: target, state: state, startedAt: start, stoppedAt: stoppedAt,
            deadline: deadline, elapsedSeconds: elapsed, remainingSeconds: target.map { $0.seconds - elapsed },
            explanation: explanation(deadline: deadline, from: start, duration: duration,
                                     pauses: timeline.pauses, pausedSince: pausedSince))
    }
}
