import ArgumentParser
import EntenteCore
import EntenteWeb
import Foundation

/// `entente contribution compute`: one year's contribution from the convention's schedule, every step shown.
struct ContributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contribution",
        abstract: "Contributions a party pays another under a convention's financial annex.",
        subcommands: [Compute.self])

    struct Compute: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the year's amount in euros on the first line, then the steps of the calculation.",
            discussion: """
                P = P0 × (a + b × I / I0), the coefficient rounded to the convention's decimals; amount = quantity × P × \
                months / 12, rounded once by the convention's rule (seed 002: up to the euro). The first line is the amount \
                alone: whole euros when the rule rounds to the euro (18411), euros and cents otherwise (18411.57).
                """)

        @Option(help: "The convention (bundled id or file).") var convention: String
        @Option(help: "The calendar year.") var year: Int
        @Option(help: "The contribution's id, when the convention has several.") var schedule: String?
        @Option(help: "The quantity (pupils) to use instead of the schedule's for that year.") var pupils: Int?
        @Option(help: "The index value to use instead of the schedule's for that year (313,3 or 313.3).") var index: String?

        func run() throws {
            let convention = try ConventionSource.resolve(self.convention)
            guard !convention.contributions.isEmpty else { throw CommandFailure("\(convention.id) sets out no contribution") }
            let schedules = convention.contributions
            guard let schedule = self.schedule.map({ id in schedules.first { $0.id == id } }) ?? (schedules.count == 1 ? schedules.first : nil) else {
                throw CommandFailure("give --schedule, one of: \(schedules.map(\.id).joined(separator: ", "))")
            }
            let index = try self.index.map { text in
                guard let figure = DecimalFigure(text) else { throw CommandFailure("--index \(text) is not a number: write 313,3 or 313.3") }
                return figure
            }
            let calculation: ContributionCalculation
            do { calculation = try ContributionCalculation.compute(schedule, year: year, quantity: pupils, index: index) } catch {
                throw CommandFailure(Self.explain(error, schedule: schedule))
            }
            for line in Self.lines(calculation, schedule: schedule) { print(line) }
        }

        static func explain(_ problem: ContributionCalculation.Problem, schedule: ContributionSchedule) -> String {
            switch problem {
            case .yearNotScheduled(let year, let scheduled):
                "\(schedule.id) counts no months in \(year): the convention schedules \(scheduled.map(String.init).joined(separator: ", "))"
            case .quantityMissing(let year): "\(schedule.id) has no quantity for \(year): give --pupils"
            case .indexValueMissing(let year, let index): "no \(index) value for \(year) in \(schedule.id): give --index"
            case .notAPositiveQuantity(let count): "--pupils \(count): give a positive number"
            case .notAPositiveIndex: "the index values must be positive"
            case .percentagesNotWhole(let what, let total): "the \(what) of \(schedule.id) make \(total) %, not 100 %"
            case .negativePercentage(let what): "the \(what) of \(schedule.id) have a negative percentage"
            }
        }

        static func lines(_ calculation: ContributionCalculation, schedule: ContributionSchedule) -> [String] {
            [calculation.amount.text(in: calculation.rounding.unit)]
                + FinanceSteps.lines(calculation, schedule: schedule, language: .en).map { "\($0.0): \($0.1)" }
        }
    }
}

/// `entente cost-share`: an envelope divided among participants, to the cent.
struct CostShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost-share",
        abstract: "Print each participant's share of an envelope, one per line (euros and cents).",
        discussion: """
            Equal shares, or, with --entry, --start and --end, shares by days of participation within the period (both ends \
            included): the last participant joins on --entry, the others take part from --start. Each share is its exact \
            value rounded down to the cent; the cents left over go one each to the largest remainders, ties to the \
            earlier participant, so the shares always sum to the total. The arithmetic goes to standard error.
            """)

    @Option(help: "The envelope in euros (1221000 or \"1 221 000,00\").") var total: String
    @Option(help: "The number of participants.") var participants: Int
    @Option(help: "The day the last participant joins (YYYY-MM-DD).") var entry: String?
    @Option(help: "The first day of the period (YYYY-MM-DD).") var start: String?
    @Option(help: "The last day of the period (YYYY-MM-DD).") var end: String?

    func run() throws {
        let total: Money
        do { total = try Money(parsing: self.total) } catch {
            throw CommandFailure("--total \(self.total) is not an amount: write euros with at most two decimals")
        }
        guard participants > 0 else { throw CommandFailure("--participants \(participants): give at least one participant") }
        let dates = try [entry, start, end].map { text in
            try text.map { text in
                guard let date = CalendarDate(iso: text) else { throw CommandFailure("'\(text)' is not a date: write YYYY-MM-DD") }
                return date
            }
        }
        let amounts: [Money]
        do {
            switch (dates[0], dates[1], dates[2]) {
            case (nil, nil, nil):
                let parts = try CostSharing.equalShares(of: total, among: participants)
                let exact = ExactFraction(total.cents, Int64(participants) * 100)
                FileHandleOutput.standardError("\(total) € / \(participants) = \(exact.approximateText(decimals: 4, minimum: 2)) € each; "
                    + "\(parts.count(where: \.receivedRemainderCent)) cent(s) left over go to the first participant(s)")
                amounts = parts.map(\.amount)
            case (let entry?, let start?, let end?):
                let members = (1..<participants).map { CostSharingPlan.Participant(code: "P\($0)", name: "participant \($0)") }
                    + [.init(code: "P\(participants)", name: "entrant", entry: entry)]
                let shares = try CostSharing.shares(of: total, start: start, end: end, participants: members)
                let weight = shares.map(\.days).reduce(0, +)
                for share in shares {
                    FileHandleOutput.standardError("\(share.participant.name): \(total) € × \(share.days) / \(weight) days = "
                        + "\((share.exactCents / ExactFraction(100)).approximateText(decimals: 4, minimum: 2)) €"
                        + (share.receivedRemainderCent ? " (+ a remainder cent)" : ""))
                }
                amounts = shares.map(\.amount)
            default:
                throw CommandFailure("give --entry, --start and --end together, or none of them for equal shares")
            }
        } catch let problem as CostSharing.Problem {
            throw CommandFailure(Self.explain(problem))
        }
        for amount in amounts { print(amount) }
    }

    static func explain(_ problem: CostSharing.Problem) -> String {
        switch problem {
        case .noParticipants: "no participant to share among"
        case .endBeforeStart(let start, let end): "--end \(end) is before --start \(start)"
        case .notPositive(let total): "--total \(total): give a positive amount"
        case .participationOutsidePeriod(_, let start, let end): "--entry must fall between --start \(start) and --end \(end)"
        case .exitBeforeEntry(let code): "\(code) leaves before it joins"
        case .periodNotCovered(let from, let to): "nobody takes part from \(from) to \(to): the participants do not cover the period"
        }
    }
}
