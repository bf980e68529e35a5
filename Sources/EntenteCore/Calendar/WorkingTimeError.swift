import Foundation

/// What can go wrong when reading calendar inputs or computing working time.
/// Descriptions are English (logs, command line); interfaces translate the cases.
public enum WorkingTimeError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidDateTime(String)
    case nonexistentLocalTime(String, timeZone: String)
    case invalidTimeRange(String)
    case overlappingRanges(String, String)
    case noBusinessHours
    case unknownDepartment(String)
    case invalidClosure(line: Int?, reason: String)
    case invalidSchoolCalendar(line: Int, reason: String)
    case invalidPause(String)
    case negativeDuration(Int)
    case outOfSpan(Instant, years: ClosedRange<Int>)
    case deadlineBeyondSpan(years: ClosedRange<Int>)

    public var description: String {
        switch self {
        case .invalidDateTime(let text):
            "'\(text)' is not an ISO-8601 date-time (expected e.g. 2026-05-13T16:00 or 2026-05-13T16:00+02:00)"
        case .nonexistentLocalTime(let text, let zone):
            "'\(text)' does not exist in \(zone): the clocks go forward over this time"
        case .invalidTimeRange(let text):
            "'\(text)' is not a time range (expected e.g. 08:00-12:00, start before end)"
        case .overlappingRanges(let first, let second):
            "the time ranges \(first) and \(second) overlap"
        case .noBusinessHours:
            "business hours must have at least one time range"
        case .unknownDepartment(let code):
            "'\(code)' is not a French département code (01–95, 2A, 2B, 971–974, 976)"
        case .invalidClosure(let line?, let reason):
            "closures, line \(line): \(reason)"
        case .invalidClosure(nil, let reason):
            "closure: \(reason)"
        case .invalidSchoolCalendar(let line, let reason):
            "school calendar, line \(line): \(reason)"
        case .invalidPause(let text):
            "'\(text)' is not a pause (expected START/END, both ISO-8601, END not before START)"
        case .negativeDuration(let seconds):
            "a duration cannot be negative (\(seconds) s)"
        case .outOfSpan(let instant, let years):
            "\(instant) is outside the working calendar's years \(years.lowerBound)–\(years.upperBound)"
        case .deadlineBeyondSpan(let years):
            "the deadline falls after the working calendar's last year, \(years.upperBound)"
        }
    }
}
