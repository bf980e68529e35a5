import ArgumentParser
import EntenteCore
import Foundation

/// `entente calendar holidays`: the public holidays working calendars skip.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Working calendars: French public holidays.",
        subcommands: [Holidays.self])

    struct Holidays: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a year's French public holidays, one per line: ISO date and name.")

        @Option(help: "The year (1583 or later).")
        var year: Int

        @Option(help: "Département code: 57, 67 and 68 add Alsace-Moselle's days, 971–976 the abolition of slavery.")
        var department: String?

        func run() throws {
            guard year > 1582 else { throw CommandFailure("--year must be 1583 or later (Gregorian calendar)") }
            let department = try department.map { code throws(WorkingTimeError) in try FrenchDepartment(code: code) }
            for holiday in FrenchPublicHolidays.holidays(year: year, department: department) {
                print("\(holiday.date) \(holiday.name)")
            }
        }
    }
}

/// `entente sla deadline|elapsed`: working-time arithmetic of the service levels, from the command line.
struct SLACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla",
        abstract: "Service-level deadlines and elapsed working time.",
        subcommands: [Deadline.self, Elapsed.self])

    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the deadline (ISO-8601 local time with offset), then its explanation in French.",
            discussion: """
                DURATION is asap; WORKING time, counted in business hours only: working days (0.5wd is \
                a half working day: half the standard working day of the business hours) or working hours, \
                minutes and seconds (4wh, 1wh30wm, 45wm — what `sla elapsed` prints); or CLOCK time, \
                counted day and night: calendar days (2d: same time two days later) or an ISO-8601 \
                duration (PT4H, P1M). For asap the first line is "none".
                """)

        @Option(help: "Start, ISO-8601; without an offset, local time (Europe/Paris unless an overseas --department).")
        var from: String

        @Option(help: "asap, working time (0.5wd, 4wh, 1wh30wm) or clock time (2d, PT4H); or give --convention, --criticality and --clock.")
        var duration: String?

        @OptionGroup var calendar: WorkingCalendarOptions

        @Option(help: "Take the duration and the calendar from this convention (id or file).")
        var convention: String?

        @Option(help: "With --convention: critical or non-critical.")
        var criticality: Criticality?

        @Option(help: "With --convention: pickup, restoration or data-restoration.")
        var clock: ServiceLevelClock.Kind?

        @Option(help: "With --convention: the committed party, when several state a figure.")
        var party: String?

        func run() throws {
            let (duration, conventionCalendar) = try resolvedDuration()
            let timeZone = try calendar.timeZone()
            let start = try Instant.parse(iso: from, in: timeZone)
            let firstYear = timeZone.localDateTime(at: start).date.year
            let years = firstYear...firstYear + Self.yearsAhead(of: duration)
            let workingCalendar = try calendar.workingCalendar(years: years, default: conventionCalendar)
            let deadline = try workingCalendar.deadline(from: start, adding: duration)
            print(deadline?.iso8601(in: timeZone) ?? "none")
            print(workingCalendar.explanation(deadline: deadline, from: start, duration: duration))
        }

        /// The duration given, or the one the convention commits to, with the convention's calendar.
        private func resolvedDuration() throws -> (ServiceDuration, Convention.CalendarChoice?) {
            guard let reference = convention else {
                guard let text = duration else {
                    throw CommandFailure("give --duration, or --convention with --criticality and --clock")
                }
                guard let parsed = ServiceDuration(text) else {
                    throw CommandFailure("'\(text)' is not a duration (asap; working time 0.5wd, 4wh, 1wh30wm; clock time 2d, PT4H)")
                }
                return (parsed, nil)
            }
            guard duration == nil else { throw CommandFailure("give either --duration or --convention, not both") }
            guard let criticality, let clock else {
                throw CommandFailure("--convention needs --criticality (critical, non-critical) and --clock (pickup, restoration, data-restoration)")
            }
            let convention = try ConventionSource.resolve(reference)
            do {
                let commitment = try convention.serviceLevel(criticality: criticality, clock: clock, party: party)
                return (commitment.duration(of: clock)!, convention.calendar)
            } catch {
                throw CommandFailure(error.description)
            }
        }

        /// Enough years for the deadline, counting no more than 150 working days a year (school holidays closed).
        private static func yearsAhead(of duration: ServiceDuration) -> Int {
            switch duration {
            case .asSoonAsPossible: 0
            case .workingDays(let days), .calendarDays(let days): NSDecimalNumber(decimal: days).intValue / 150 + 1
            case .workingTime(let duration): duration.seconds / (150 * 8 * 3600) + 1
            case .iso(let iso): iso.years + iso.months / 12 + (iso.weeks * 7 + iso.days + iso.hours / 24) / 150 + 1
            }
        }
    }

    struct Elapsed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the working time between two instants (4wh30wm: working hours and minutes, pauses excluded), which `sla deadline --duration` reads with the same meaning.")

        @Option(help: "Start, ISO-8601; without an offset, local time (Europe/Paris unless an overseas --department).")
        var from: String

        @Option(help: "End, ISO-8601, not before --from.")
        var to: String

        @Option(parsing: .upToNextOption, help: "A wait that stops the clock, START/END in ISO-8601 (repeatable).")
        var pause: [String] = []

        @OptionGroup var calendar: WorkingCalendarOptions

        func run() throws {
            let timeZone = try calendar.timeZone()
            let start = try Instant.parse(iso: from, in: timeZone)
            let end = try Instant.parse(iso: to, in: timeZone)
            guard start <= end else { throw CommandFailure("--to (\(to)) is before --from (\(from))") }
            let pauses = try pause.map { text throws(WorkingTimeError) in try ClockPause(parsing: text, in: timeZone) }
            let years = timeZone.localDateTime(at: start).date.year...timeZone.localDateTime(at: end).date.year
            let seconds = try calendar.workingCalendar(years: years)
                .elapsed(from: start, to: end, measure: .workingTime, pauses: pauses)
            print(WorkingDuration(seconds: seconds).notation)
        }
    }
}

/// The calendar options `sla` subcommands share.
struct WorkingCalendarOptions: ParsableArguments {
    @Option(help: "Business hours, Monday to Friday (default 08:00-12:00,13:30-17:30).")
    var hours: String?

    @Option(help: "Département code: its public holidays (57, 67, 68: Alsace-Moselle) and, overseas, its time zone.")
    var department: String?

    @Option(help: "File of closures, one per line: 'YYYY-MM-DD name' or 'YYYY-MM-DD..YYYY-MM-DD name'.")
    var closures: String?

    func frenchDepartment() throws -> FrenchDepartment? {
        try department.map { code throws(WorkingTimeError) in try FrenchDepartment(code: code) }
    }

    func timeZone() throws -> TimeZone {
        try frenchDepartment()?.timeZone ?? .europeParis
    }

    /// The calendar of the options; what they leave out comes from `fallback` (a convention's choice).
    func workingCalendar(years: ClosedRange<Int>, default fallback: Convention.CalendarChoice? = nil) throws -> WorkingCalendar {
        let businessHours = try (hours ?? fallback?.hours).map { text throws(WorkingTimeError) in try BusinessHours(parsing: text) }
        let department = try (department ?? fallback?.department).map { code throws(WorkingTimeError) in
            try FrenchDepartment(code: code)
        }
        var closurePeriods: [ClosurePeriod] = []
        if let closures {
            guard let text = try? String(contentsOfFile: closures, encoding: .utf8) else {
                throw CommandFailure("cannot read the closures file '\(closures)'")
            }
            closurePeriods = try ClosurePeriod.parseList(text)
        }
        return WorkingCalendar(hours: businessHours ?? .standard, department: department, closures: closurePeriods,
                               years: years)
    }
}

extension Criticality: ExpressibleByArgument {}
extension ServiceLevelClock.Kind: ExpressibleByArgument {}
