import Foundation

/// When work happens in a week: for each weekday, zero or more ranges of wall-clock time
/// (e.g. 08:00–12:00 and 13:30–17:30, the midday break excluded).
public struct BusinessHours: Hashable, Sendable {
    /// A range of wall-clock time in a day: start included, end excluded; `24:00` ends at midnight.
    public struct DailyRange: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// Seconds since midnight.
        public let start: Int
        public let end: Int

        public init(start: Int, end: Int) throws(WorkingTimeError) {
            guard 0 <= start, start < end, end <= 86_400 else {
                throw .invalidTimeRange("\(Self.text(start))-\(Self.text(end))")
            }
            (self.start, self.end) = (start, end)
        }

        /// Parses `08:00-12:00`.
        public init(parsing text: some StringProtocol) throws(WorkingTimeError) {
            let bounds = text.trimmingCharacters(in: .whitespaces)
                .split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count == 2, let start = Self.seconds(bounds[0]), let end = Self.seconds(bounds[1]),
                  start < 86_400
            else { throw .invalidTimeRange(String(text)) }
            try self.init(start: start, end: end)
        }

        public var seconds: Int { end - start }

        public var description: String { "\(Self.text(start))-\(Self.text(end))" }

        public static func < (lhs: DailyRange, rhs: DailyRange) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }

        /// `HH:MM`, `24:00` allowed.
        private static func seconds(_ text: Substring) -> Int? {
            let fields = text.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 2, fields[0].count == 2, fields[1].count == 2,
                  fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let hours = Int(fields[0]), let minutes = Int(fields[1]),
                  hours <= 23 && minutes <= 59 || hours == 24 && minutes == 0
            else { return nil }
            return hours * 3600 + minutes * 60
        }

        private static func text(_ seconds: Int) -> String {
            "\((seconds / 3600).zeroPadded(2)):\((seconds % 3600 / 60).zeroPadded(2))"
        }
    }

    /// Ranges of each weekday, sorted, indexed by `Weekday.rawValue - 1`.
    private let rangesByWeekday: [[DailyRange]]

    /// Ranges may touch (12:00-14:00 after 08:00-12:00) but not overlap; at least one range overall.
    public init(_ ranges: [Weekday: [DailyRange]]) throws(WorkingTimeError) {
        var byWeekday: [[DailyRange]] = Array(repeating: [], count: 7)
        for (weekday, dayRanges) in ranges {
            let sorted = dayRanges.sorted()
            for (previous, next) in zip(sorted, sorted.dropFirst()) where next.start < previous.end {
                throw .overlappingRanges(previous.description, next.description)
            }
            byWeekday[weekday.rawValue - 1] = sorted
        }
        guard byWeekday.contains(where: { !$0.isEmpty }) else { throw .noBusinessHours }
        rangesByWeekday = byWeekday
    }

    /// Parses `08:00-12:00,13:30-17:30`, the same ranges on each of `weekdays` (Monday to Friday by default).
    public init(parsing text: String, on weekdays: [Weekday] = Weekday.mondayToFriday) throws(WorkingTimeError) {
        var ranges: [DailyRange] = []
        for rangeText in text.split(separator: ",", omittingEmptySubsequences: false) {
            ranges.append(try DailyRange(parsing: rangeText))
        }
        try self.init(Dictionary(uniqueKeysWithValues: weekdays.map { ($0, ranges) }))
    }

    /// 08:00–12:00 and 13:30–17:30, Monday to Friday: the office hours of most conventions.
    public static let standard = try! BusinessHours(parsing: "08:00-12:00,13:30-17:30")

    public func ranges(on weekday: Weekday) -> [DailyRange] { rangesByWeekday[weekday.rawValue - 1] }

    public func seconds(on weekday: Weekday) -> Int { ranges(on: weekday).reduce(0) { $0 + $1.seconds } }

    public var workingWeekdays: [Weekday] { Weekday.allCases.filter { !ranges(on: $0).isEmpty } }

    /// The length of a "journée ouvrée": the most common daily total among the weekdays that have
    /// hours, the longer one on a tie. With Wednesday afternoons off (08:00–12:00 on Wednesdays,
    /// 8 hours the other days) a working day stays 8 hours, and half of it one morning, as people say;
    /// an average (7 h 12) would match no real day. See docs/WORKING-TIME.md.
    public var standardWorkingDay: Int {
        let totals = workingWeekdays.map { seconds(on: $0) }
        let counts = Dictionary(totals.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key
    }
}
