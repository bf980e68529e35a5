import Foundation

/// The service desk's figures for one month: seed 002's monthly maintenance statistics (volumes,
/// components and establishments, commitments met, times, backlog) and issue 4's satisfaction.
///
/// Computed from plain facts about tickets, so that each definition below is pinned by unit tests
/// and storage only has to fetch a superset of the tickets concerned (tickets that the month does
/// not concern are ignored). Times are measured in seconds between stored instants; instants are
/// placed in days and months on the wall clock of `timeZone` (Europe/Paris by default).
///
/// Definitions (M is the month, from midnight of its first day included to midnight of the next
/// month's first day excluded):
/// - **opened**: tickets whose `openedAt` is in M; **opened critical**: those of them that are critical.
/// - **resolved**: tickets whose resolution stands (status resolved or closed) and whose latest
///   resolution (`resolvedAt`) is in M. A ticket reopened since no longer counts as resolved.
/// - **backlog** at an instant E: tickets opened before E whose standing resolution, if any, is not
///   before E. So a ticket counts as open from its opening until its latest resolution, or until now
///   if it is open now: exact for tickets never reopened; for a reopened one, the history of
///   reopenings is not replayed. With these definitions
///   `backlogAtEnd == backlogAtStart + opened − resolved` always holds, so the backlog at the end is
///   computed that way, and the backlog at the start can be counted by storage (`backlogAtStart`)
///   rather than by reading every open ticket.
/// - **by component, by establishment, per day**: tickets opened in M (and, per day, resolved in M).
/// - **pick-up compliance**: tickets whose pick-up clock stopped in M (`pickedUpAt` in M), by their
///   stored outcome: met, breached, no target ("au plus tôt"), or unmeasured (no commitment applies).
///   The percentage met is taken among those with a target (met + breached).
/// - **restoration compliance**: the same over the tickets resolved in M, by restoration outcome.
/// - **time to pick-up**: `pickedUpAt − openedAt` over the tickets picked up in M; **time to
///   resolution**: `resolvedAt − openedAt` over the tickets resolved in M. Elapsed wall-clock seconds,
///   waiting periods included; working seconds too when a `workingSeconds` measure is given (the
///   convention's calendar: nights, weekends, holidays and closures excluded; waiting still included).
///   Medians and 90th percentiles are taken by nearest rank (see `Distribution.nearestRank`).
/// - **satisfaction**: ratings given in M (scores 1 to 5), whatever the ticket's dates: count, mean
///   and distribution, overall, per party and per establishment.
/// - **party**: the partner behind the responsible party ("CD35"), else the convention's party code
///   ("EPLE" when the establishment itself is responsible).
public struct MonthlyStatistics: Hashable, Sendable {
    public var month: StatisticsMonth
    public var volumes: Volumes
    public var days: [DayVolume]
    public var byComponent: Ranking
    public var byEstablishment: Ranking
    public var pickup: Compliance
    public var restoration: Compliance
    /// The two clocks per party, parties in code order.
    public var complianceByParty: [PartyCompliance]
    public var timeToPickup: Durations
    public var timeToResolution: Durations
    public var satisfaction: Satisfaction

    /// - Parameters:
    ///   - tickets: at least every ticket opened, picked up, resolved or rated in the month; and, unless
    ///     `backlogAtStart` is given, every ticket open at its start.
    ///   - backlogAtStart: the tickets open at the month's start (`Ticket.isOpen(at:)`), when counted
    ///     elsewhere; nil to count them among `tickets`.
    ///   - workingSeconds: the working time between two instants of a ticket, or nil where it cannot
    ///     be measured (no calendar for its convention, instants outside the calendar's span).
    public init(month: StatisticsMonth, tickets: some Sequence<Ticket>, backlogAtStart: Int? = nil,
                timeZone: TimeZone = .europeParis,
                workingSeconds: ((_ ticket: Ticket, _ from: Instant, _ to: Instant) -> Int?)? = nil) {
        let start = month.start(in: timeZone)
        let end = month.end(in: timeZone)
        let dates = month.days
        let dayStarts = dates.map { timeZone.resolve(LocalDateTime(date: $0, secondOfDay: 0)).lenient }
        func inMonth(_ instant: Instant?) -> Bool { instant.map { start <= $0 && $0 < end } ?? false }
        func dayIndex(_ instant: Instant) -> Int {
            // The last day whose midnight is not after the instant; the instant is known to be in the month.
            var low = 0, high = dayStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if dayStarts[middle] <= instant { low = middle } else { high = middle - 1 }
            }
            return low
        }

        var volumes = Volumes()
        var opened = Array(repeating: 0, count: dayStarts.count)
        var resolved = opened
        var components: [String: (label: String, count: Int)] = [:]
        var establishments: [String: Int] = [:]
        var pickup = Compliance(), restoration = Compliance()
        var byParty: [String: PartyCompliance] = [:]
        var pickupSeconds: [Int] = [], resolutionSeconds: [Int] = []
        var pickupWorking: [Int] = [], resolutionWorking: [Int] = []
        var satisfaction = Satisfaction()
        var partySatisfaction: [String: RatingSummary] = [:]
        var establishmentSatisfaction: [String: RatingSummary] = [:]

        var openAtStart = 0
        for ticket in tickets {
            if backlogAtStart == nil, ticket.isOpen(at: start) { openAtStart += 1 }
            if inMonth(ticket.openedAt) {
                volumes.opened += 1
                if ticket.criticality == .critical { volumes.openedCritical += 1 }
                opened[dayIndex(ticket.openedAt)] += 1
                components[ticket.componentID, default: (ticket.componentName, 0)].count += 1
                establishments[ticket.establishmentUAI, default: 0] += 1
            }
            if let pickedUpAt = ticket.pickedUpAt, inMonth(pickedUpAt) {
                pickup.count(ticket.pickupOutcome)
                byParty[ticket.party, default: PartyCompliance(party: ticket.party)].pickup.count(ticket.pickupOutcome)
                pickupSeconds.append(max(0, pickedUpAt.secondsSinceEpoch - ticket.openedAt.secondsSinceEpoch))
                if let working = workingSeconds?(ticket, ticket.openedAt, pickedUpAt) { pickupWorking.append(max(0, working)) }
            }
            if let resolvedAt = ticket.standingResolution, inMonth(resolvedAt) {
                volumes.resolved += 1
                resolved[dayIndex(resolvedAt)] += 1
                restoration.count(ticket.restorationOutcome)
                byParty[ticket.party, default: PartyCompliance(party: ticket.party)].restoration
                    .count(ticket.restorationOutcome)
                resolutionSeconds.append(max(0, resolvedAt.secondsSinceEpoch - ticket.openedAt.secondsSinceEpoch))
                if let working = workingSeconds?(ticket, ticket.openedAt, resolvedAt) {
                    resolutionWorking.append(max(0, working))
                }
            }
            if let rating = ticket.rating, inMonth(rating.at), RatingSummary.scores.contains(rating.score) {
                satisfaction.overall.add(rating.score)
                partySatisfaction[ticket.party, default: RatingSummary()].add(rating.score)
                establishmentSatisfaction[ticket.establishmentUAI, default: RatingSummary()].add(rating.score)
            }
        }

        volumes.backlogAtStart = backlogAtStart ?? openAtStart
        volumes.backlogAtEnd = volumes.backlogAtStart + volumes.opened - volumes.resolved
        self.month = month
        self.volumes = volumes
        days = dates.indices.map { DayVolume(date: dates[$0], opened: opened[$0], resolved: resolved[$0]) }
        byComponent = Ranking(components.map { Ranking.Entry(key: $0.key, label: $0.value.label, count: $0.value.count) })
        byEstablishment = Ranking(establishments.map { Ranking.Entry(key: $0.key, label: $0.key, count: $0.value) })
        self.pickup = pickup
        self.restoration = restoration
        complianceByParty = byParty.values.sorted { $0.party < $1.party }
        let measured = workingSeconds != nil
        timeToPickup = Durations(elapsed: Distribution(seconds: pickupSeconds),
                                 working: measured ? Distribution(seconds: pickupWorking) : nil)
        timeToResolution = Durations(elapsed: Distribution(seconds: resolutionSeconds),
                                     working: measured ? Distribution(seconds: resolutionWorking) : nil)
        satisfaction.byParty = partySatisfaction.map { Satisfaction.Group(key: $0.key, summary: $0.value) }
            .sorted { $0.key < $1.key }
        satisfaction.byEstablishment = establishmentSatisfaction.map { Satisfaction.Group(key: $0.key, summary: $0.value) }
            .sorted { ($1.summary.count, $0.key) < ($0.summary.count, $1.key) }
        self.satisfaction = satisfaction
    }
}

extension MonthlyStatistics {
    /// What the statistics need to know about one ticket.
    public struct Ticket: Hashable, Sendable {
        /// Whose calendar measures the ticket's working time.
        public var conventionID: String
        public var openedAt: Instant
        /// When the pick-up clock stopped: first taken in charge, diagnosed, or resolved straight away.
        public var pickedUpAt: Instant?
        /// The latest resolution; it stands only while the status is resolved or closed.
        public var resolvedAt: Instant?
        public var status: TicketStatus
        public var criticality: Criticality
        /// The convention's code of the responsible party ("CD") and the partner behind it ("CD35").
        public var partyCode: String
        public var partnerCode: String?
        public var componentID: String
        public var componentName: String
        public var establishmentUAI: String
        /// The stored outcome of each clock once stopped: met, breached or no target; nil when no
        /// commitment applies (or the clock still runs).
        public var pickupOutcome: ServiceLevelClock.State?
        public var restorationOutcome: ServiceLevelClock.State?
        public var rating: Rating?

        public init(conventionID: String = "", openedAt: Instant, pickedUpAt: Instant? = nil, resolvedAt: Instant? = nil,
                    status: TicketStatus, criticality: Criticality = .nonCritical, partyCode: String,
                    partnerCode: String? = nil, componentID: String, componentName: String, establishmentUAI: String,
                    pickupOutcome: ServiceLevelClock.State? = nil, restorationOutcome: ServiceLevelClock.State? = nil,
                    rating: Rating? = nil) {
            self.conventionID = conventionID
            self.openedAt = openedAt
            self.pickedUpAt = pickedUpAt
            self.resolvedAt = resolvedAt
            self.status = status
            self.criticality = criticality
            self.partyCode = partyCode
            self.partnerCode = partnerCode
            self.componentID = componentID
            self.componentName = componentName
            self.establishmentUAI = establishmentUAI
            self.pickupOutcome = pickupOutcome
            self.restorationOutcome = restorationOutcome
            self.rating = rating
        }

        /// The partner ("CD35"), else the party code ("EPLE").
        public var party: String { partnerCode ?? partyCode }

        /// The resolution that still holds: none while the ticket is open (again).
        public var standingResolution: Instant? { status.isOpen ? nil : resolvedAt }

        /// Whether the ticket counts in the backlog at `instant` (see the type's definitions).
        public func isOpen(at instant: Instant) -> Bool {
            guard openedAt < instant else { return false }
            return standingResolution.map { $0 >= instant } ?? true
        }
    }

    /// The requester's score (1 to 5) and when it was given.
    public struct Rating: Hashable, Sendable {
        public var score: Int
        public var at: Instant

        public init(score: Int, at: Instant) {
            self.score = score
            self.at = at
        }
    }

    public struct Volumes: Hashable, Sendable {
        public var opened = 0
        public var openedCritical = 0
        public var resolved = 0
        /// Open at midnight of the month's first day.
        public var backlogAtStart = 0
        /// Open at midnight of the next month's first day.
        public var backlogAtEnd = 0

        public init() {}
    }

    public struct DayVolume: Hashable, Sendable {
        public var date: CalendarDate
        public var opened: Int
        public var resolved: Int
    }

    /// Tickets counted by a key (component, establishment), most first, then by label and key.
    public struct Ranking: Hashable, Sendable {
        public struct Entry: Hashable, Sendable {
            public var key: String
            public var label: String
            public var count: Int
        }

        /// Every key, most tickets first.
        public var entries: [Entry]

        public init(_ entries: [Entry]) {
            self.entries = entries.sorted { ($1.count, $0.label, $0.key) < ($0.count, $1.label, $1.key) }
        }

        public var total: Int { entries.reduce(0) { $0 + $1.count } }

        /// The first `count` entries, and what the others add up to.
        public func top(_ count: Int) -> (entries: [Entry], otherKeys: Int, otherTickets: Int) {
            let shown = Array(entries.prefix(max(0, count)))
            let rest = entries.dropFirst(shown.count)
            return (shown, rest.count, rest.reduce(0) { $0 + $1.count })
        }
    }

    /// How the stopped clocks of one kind fared.
    public struct Compliance: Hashable, Sendable {
        public var met = 0
        public var breached = 0
        /// "Au plus tôt": a commitment without a figure.
        public var noTarget = 0
        /// Stopped with no commitment applying (no service level for this party and criticality).
        public var unmeasured = 0

        public init(met: Int = 0, breached: Int = 0, noTarget: Int = 0, unmeasured: Int = 0) {
            self.met = met
            self.breached = breached
            self.noTarget = noTarget
            self.unmeasured = unmeasured
        }

        public var withTarget: Int { met + breached }
        public var total: Int { met + breached + noTarget + unmeasured }

        /// Met among those with a target, 0 to 100; nil when none had a target.
        public var metPercent: Double? { withTarget == 0 ? nil : Double(met) * 100 / Double(withTarget) }

        mutating func count(_ outcome: ServiceLevelClock.State?) {
            switch outcome {
            case .met: met += 1
            case .breached: breached += 1
            case .noTarget: noTarget += 1
            case .running, .paused, nil: unmeasured += 1
            }
        }
    }

    public struct PartyCompliance: Hashable, Sendable {
        public var party: String
        public var pickup = Compliance()
        public var restoration = Compliance()

        public init(party: String, pickup: Compliance = Compliance(), restoration: Compliance = Compliance()) {
            self.party = party
            self.pickup = pickup
            self.restoration = restoration
        }
    }

    /// A time measured two ways: elapsed on the wall clock, and in working time when a calendar is given.
    public struct Durations: Hashable, Sendable {
        public var elapsed: Distribution
        public var working: Distribution?
    }

    /// Count, median and 90th percentile of durations in seconds.
    public struct Distribution: Hashable, Sendable {
        public var count: Int
        public var median: Int?
        public var percentile90: Int?

        public init(seconds: [Int]) {
            let sorted = seconds.sorted()
            count = sorted.count
            median = Self.nearestRank(50, in: sorted)
            percentile90 = Self.nearestRank(90, in: sorted)
        }

        /// The nearest-rank percentile: the value at rank ⌈p × n / 100⌉ (counting from 1) of the n values
        /// sorted in ascending order; nil without values. Always one of the values, never interpolated:
        /// the median of an even count is the lower middle value, the 90th percentile of 10 values is
        /// the 9th, of 11 values the 10th.
        public static func nearestRank(_ percent: Int, in sorted: [Int]) -> Int? {
            precondition((1...100).contains(percent), "a percentile is within 1...100")
            guard !sorted.isEmpty else { return nil }
            let rank = (percent * sorted.count + 99) / 100
            return sorted[rank - 1]
        }
    }

    /// Scores of 1 (very dissatisfied) to 5 (very satisfied).
    public struct RatingSummary: Hashable, Sendable {
        public static let scores = 1...5

        /// How many ratings gave each score, index 0 for score 1.
        public private(set) var distribution = [0, 0, 0, 0, 0]
        public private(set) var sum = 0

        public init() {}

        public init(scores: [Int]) {
            for score in scores where Self.scores.contains(score) { add(score) }
        }

        public var count: Int { distribution.reduce(0, +) }
        public var mean: Double? { count == 0 ? nil : Double(sum) / Double(count) }
        public func count(ofScore score: Int) -> Int { Self.scores.contains(score) ? distribution[score - 1] : 0 }

        mutating func add(_ score: Int) {
            distribution[score - 1] += 1
            sum += score
        }

        /// The ratings of both summaries together ("the other establishments").
        public func merged(with other: RatingSummary) -> RatingSummary {
            var merged = self
            merged.distribution = zip(distribution, other.distribution).map(+)
            merged.sum += other.sum
            return merged
        }
    }

    public struct Satisfaction: Hashable, Sendable {
        public struct Group: Hashable, Sendable {
            public var key: String
            public var summary: RatingSummary
        }

        public var overall = RatingSummary()
        /// Parties in code order.
        public var byParty: [Group] = []
        /// Establishments with the most ratings first, then by UAI.
        public var byEstablishment: [Group] = []
    }
}
