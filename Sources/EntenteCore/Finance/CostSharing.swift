/// An envelope of shared costs divided among the partners that take part in it (seed 000, SolSTISS
/// annex: each envelope divided among the participating Régions; a Région joining later pays from its
/// date of entry to the end of the market; penalties paid back by the final key).
///
/// The key is each participant's days of participation within the period, both ends included: equal
/// shares when everyone takes part throughout, and an entrant's share in proportion to the days left when
/// it joins. The shares are apportioned to the cent (`Apportionment`): they always sum to the envelope, and
/// the few cents the rounding down leaves go one each to the largest remainders, ties to the earlier listed.
public struct CostSharingPlan: Codable, Hashable, Sendable, Identifiable {
    public struct Envelope: Codable, Hashable, Sendable, Identifiable {
        public var id: String
        public var name: String
        public var total: Money
        public init(id: String, name: String, total: Money) {
            self.id = id
            self.name = name
            self.total = total
        }
    }

    /// A number of participants the annex states shares for (standard 13 Régions, maximal 11).
    public struct Hypothesis: Codable, Hashable, Sendable, Identifiable {
        public var id: String
        public var name: String
        public var participants: Int
        public init(id: String, name: String, participants: Int) {
            self.id = id
            self.name = name
            self.participants = participants
        }
    }

    public struct Participant: Codable, Hashable, Sendable {
        public var code: String
        public var name: String
        /// The first day it takes part, when after the period's start.
        public var entry: CalendarDate?
        /// The last day it takes part, when before the period's end.
        public var exit: CalendarDate?
        public init(code: String, name: String, entry: CalendarDate? = nil, exit: CalendarDate? = nil) {
            self.code = code
            self.name = name
            self.entry = entry
            self.exit = exit
        }
    }

    public var id: String
    public var name: String
    public var year: Int
    public var start: CalendarDate
    public var end: CalendarDate
    public var envelopes: [Envelope]
    public var hypotheses: [Hypothesis]
    public var participants: [Participant]
    public var source: SourceReference

    public init(id: String, name: String, year: Int, start: CalendarDate, end: CalendarDate, envelopes: [Envelope],
                hypotheses: [Hypothesis], participants: [Participant], source: SourceReference) {
        self.id = id
        self.name = name
        self.year = year
        self.start = start
        self.end = end
        self.envelopes = envelopes
        self.hypotheses = hypotheses
        self.participants = participants
        self.source = source
    }
}

/// A participant's share of an envelope, with what it was computed from.
public struct CostShare: Hashable, Sendable {
    public var participant: CostSharingPlan.Participant
    /// Days of participation within the period, out of `periodDays`.
    public var days: Int
    public var periodDays: Int
    public var exactCents: ExactFraction
    public var amount: Money
    public var receivedRemainderCent: Bool
}

public enum CostSharing {
    public enum Problem: Error, Hashable, Sendable {
        case noParticipants
        case endBeforeStart(start: CalendarDate, end: CalendarDate)
        case notPositive(Money)
        case participationOutsidePeriod(code: String, start: CalendarDate, end: CalendarDate)
        case exitBeforeEntry(code: String)
        /// Days of the period no participant takes part in: nobody would pay for them.
        case periodNotCovered(from: CalendarDate, to: CalendarDate)
    }

    /// Each participant's share of `total` over the period, by days of participation.
    public static func shares(of total: Money, start: CalendarDate, end: CalendarDate,
                              participants: [CostSharingPlan.Participant]) throws(Problem) -> [CostShare] {
        guard !participants.isEmpty else { throw .noParticipants }
        guard start <= end else { throw .endBeforeStart(start: start, end: end) }
        guard total.cents > 0 else { throw .notPositive(total) }
        var spans: [(first: Int, last: Int)] = []
        for participant in participants {
            let first = participant.entry ?? start, last = participant.exit ?? end
            guard first >= start, last <= end, first <= end, last >= start else { throw .participationOutsidePeriod(code: participant.code, start: start, end: end) }
            guard first <= last else { throw .exitBeforeEntry(code: participant.code) }
            spans.append((first.dayNumber, last.dayNumber))
        }
        var coveredUntil = start.dayNumber - 1
        for span in spans.sorted(by: { $0.first < $1.first }) {
            if span.first > coveredUntil + 1 {
                throw .periodNotCovered(from: CalendarDate(dayNumber: coveredUntil + 1), to: CalendarDate(dayNumber: span.first - 1))
            }
            coveredUntil = max(coveredUntil, span.last)
        }
        if coveredUntil < end.dayNumber {
            throw .periodNotCovered(from: CalendarDate(dayNumber: coveredUntil + 1), to: end)
        }
        let days = spans.map { $0.last - $0.first + 1 }
        let parts: [Apportionment.Part]
        do { parts = try Apportionment.divide(total, weights: days.map(Int64.init)) } catch { throw .noParticipants }
        let periodDays = end.dayNumber - start.dayNumber + 1
        return participants.indices.map {
            CostShare(participant: participants[$0], days: days[$0], periodDays: periodDays, exactCents: parts[$0].exactCents,
                      amount: parts[$0].amount, receivedRemainderCent: parts[$0].receivedRemainderCent)
        }
    }

    /// Equal shares of `total` among `count` participants, to the cent (a hypothesis of the annex, or
    /// penalties paid back by the final key: the number of participants at the end).
    public static func equalShares(of total: Money, among count: Int) throws(Problem) -> [Apportionment.Part] {
        guard count > 0 else { throw .noParticipants }
        guard total.cents > 0 else { throw .notPositive(total) }
        do { return try Apportionment.divide(total, weights: Array(repeating: 1, count: count)) } catch { throw .noParticipants }
    }
}
