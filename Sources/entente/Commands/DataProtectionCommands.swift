import ArgumentParser
import EntenteCore
import EntenteWeb
import Foundation

extension Language: ExpressibleByArgument {}

/// `entente breach deadlines`: the clocks a personal-data breach starts, from the convention and the GDPR.
struct BreachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breach",
        abstract: "Personal-data breaches: the deadlines they start.",
        subcommands: [Deadlines.self])

    struct Deadlines: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one line per obligation: the deadline (ISO-8601 with offset), what is due, by whom and to whom.",
            discussion: """
                Deadlines are calendar time (day and night, weekends and holidays included), in elapsed hours from the \
                time of awareness: across a change of summer time the wall clock shows one hour more or less. Updates \
                and the crisis cell count from the notice to the other parties, taken here as sent at its deadline \
                (the latest they can fall). Obligations without a figure ("without undue delay": the persons when the risk \
                is high, a notice "dès connaissance") are written to standard error, starting with "none". Without \
                --origin, every party a breach can start from is listed in turn.
                """)

        @Option(help: "The convention (bundled id or file).") var convention: String
        @Option(help: "When the party became aware of the breach, ISO-8601; without an offset, the convention's local time.")
        var aware: String
        @Option(help: "The party the breach comes from (its staff or tools): its code in the convention (CD) or its partner's (CD35).")
        var origin: String?
        @Option(help: "fr or en.") var language: Language = .fr

        func run() throws {
            let convention = try ConventionSource.resolve(self.convention)
            let timeZone = try convention.calendar?.department.map { code throws(WorkingTimeError) in
                try FrenchDepartment(code: code).timeZone
            } ?? .europeParis
            let awareness = try Instant.parse(iso: aware, in: timeZone)
            // A party's code in the convention (CD, ACA) or its partner's code (CD35, AC-RENNES).
            let origins = origin.map { given in [convention.parties.first { $0.partnerCode == given }?.code ?? given] }
                ?? BreachObligations.origins(in: convention)
            guard !origins.isEmpty else {
                throw CommandFailure("\(convention.id) has no data-breach chain: give --origin, the party the breach comes from")
            }
            for origin in origins {
                let obligations: [BreachObligation]
                do { obligations = try BreachObligations.of(convention: convention, origin: origin) } catch {
                    guard case .unknownParty(let code, let known) = error else { throw error }
                    throw CommandFailure("--origin \(code) is not a party of \(convention.id); its parties: \(known.joined(separator: ", "))")
                }
                if origins.count > 1 { FileHandleOutput.standardError("origin \(origin)") }
                let standing = BreachClock.standing(of: obligations, progress: BreachProgress(awareness: awareness), at: awareness)
                // Standard output keeps the obligations with a deadline, each line starting with its instant;
                // those "without undue delay" go to standard error.
                for deadline in standing.filter({ $0.due != nil }).sorted(by: { $0.due! < $1.due! }) {
                    print(BreachWording.line(deadline, in: timeZone, language: language))
                }
                for deadline in standing where deadline.due == nil {
                    FileHandleOutput.standardError(BreachWording.line(deadline, in: timeZone, language: language))
                }
            }
        }
    }
}

/// `entente rights-request deadline`: the last day to answer a data subject.
struct RightsRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rights-request",
        abstract: "Rights requests of the persons concerned (GDPR arts. 15 to 22).",
        subcommands: [Deadline.self])

    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the last day to answer (ISO date), then the rule applied.",
            discussion: """
                One month from receipt, or three with --extended (extended by two further months, GDPR art. 12(3)), \
                counted by Regulation (EEC, Euratom) No 1182/71 art. 3: the same date in the last month, or that month's \
                last day when it has no such date. When that day is a Saturday, Sunday or public holiday, a note gives \
                the working day art. 3(4) would carry it to; the first line keeps the earlier day.
                """)

        @Option(help: "The day the request was received, YYYY-MM-DD.") var received: String
        @Flag(help: "The period extended by two further months.") var extended = false
        @Option(help: "Département code for its public holidays (Alsace-Moselle, overseas).") var department: String?
        @Option(help: "fr or en.") var language: Language = .fr

        func run() throws {
            guard let receivedDay = CalendarDate(iso: received) else {
                throw CommandFailure("--received '\(received)' is not a date: write YYYY-MM-DD, e.g. 2026-01-31")
            }
            let lastDay = RightsRequestDeadline.lastDay(received: receivedDay, extended: extended)
            let department = try department.map { code throws(WorkingTimeError) in try FrenchDepartment(code: code) }
            let holidays = Set((lastDay.year...lastDay.year + 1).flatMap {
                FrenchPublicHolidays.holidays(year: $0, department: department).map(\.date)
            })
            print(lastDay)
            print(RightsRequestWording.rule(received: receivedDay, extended: extended, lastDay: lastDay, language: language))
            let carried = CalendarMonths.workingDay(onOrAfter: lastDay, holidays: holidays)
            if let note = RightsRequestWording.carriedNote(lastDay: lastDay, carried: carried, language: language) { print(note) }
        }
    }
}
