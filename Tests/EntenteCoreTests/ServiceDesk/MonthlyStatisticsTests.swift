import Foundation
import Testing
@testable import EntenteCore

@Suite struct StatisticsMonthTests {
    @Test func parsesExactlyYearDashMonth() throws {
        let month = try StatisticsMonth(iso: "2026-09")
        #expect(month.year == 2026 && month.month == 9)
        #expect(month.description == "2026-09")
        #expect(try StatisticsMonth(iso: " 2026-01 ").description == "2026-01")
        for text in ["", "2026-9", "2026/09", "26-09", "2026-09-01", "septembre", "2026-0a", "-2026-09"] {
            #expect(throws: StatisticsMonthError.malformed(text)) { try StatisticsMonth(iso: text) }
        }
        #expect(throws: StatisticsMonthError.noSuchMonth(13)) { try StatisticsMonth(iso: "2026-13") }
        #expect(throws: StatisticsMonthError.noSuchMonth(0)) { try StatisticsMonth(iso: "2026-00") }
        #expect(throws: StatisticsMonthError.yearOutOfRange(1999)) { try StatisticsMonth(iso: "1999-12") }
        #expect(throws: StatisticsMonthError.yearOutOfRange(2101)) { try StatisticsMonth(year: 2101, month: 1) }
        #expect(StatisticsMonthError.malformed("x").description.contains("YYYY-MM"))
    }

    @Test func boundariesAreParisMidnights() throws {
        // September: summer time, UTC+2.
        let september = try StatisticsMonth(iso: "2026-09")
        #expect(september.start() == Instant(secondsSinceEpoch: 1_788_213_600))  // 2026-08-31T22:00Z
        #expect(september.start().inParis() == "2026-09-01T00:00:00+02:00")
        #expect(september.end().inParis() == "2026-10-01T00:00:00+02:00")
        // October ends in winter time: 31 days and one hour.
        let october = september.next
        #expect(october.end().inParis() == "2026-11-01T00:00:00+01:00")
        #expect(october.end().secondsSinceEpoch - october.start().secondsSinceEpoch == 31 * 86_400 + 3600)
        // March loses the hour.
        let march = try StatisticsMonth(iso: "2026-03")
        #expect(march.end().secondsSinceEpoch - march.start().secondsSinceEpoch == 31 * 86_400 - 3600)
        #expect(september.contains(september.start()))
        #expect(!september.contains(september.end()))
        #expect(!september.contains(september.start().adding(seconds: -1)))
    }

    @Test func theMonthOfAnInstantIsReadInParis() {
        // 22:30 UTC on 30 September is already 1 October in Paris.
        let instant = paris("2026-09-30T22:30:00Z")
        #expect(StatisticsMonth(containing: instant).description == "2026-10")
        #expect(StatisticsMonth(containing: instant, in: TimeZone(identifier: "UTC")!).description == "2026-09")
    }

    @Test func neighboursDaysAndLabels() throws {
        let december = try StatisticsMonth(iso: "2026-12")
        #expect(december.next.description == "2027-01")
        #expect(december.next.previous == december)
        #expect(try StatisticsMonth(iso: "2026-01").previous.description == "2025-12")
        #expect(try StatisticsMonth(iso: "2028-02").dayCount == 29)
        #expect(try StatisticsMonth(iso: "2026-02").days.map(\.description).last == "2026-02-28")
        #expect(try StatisticsMonth(iso: "2026-01") < december)
    }
}

@Suite struct NearestRankTests {
    typealias Distribution = MonthlyStatistics.Distribution

    @Test func percentilesAreAlwaysOneOfTheValues() {
        #expect(Distribution.nearestRank(50, in: []) == nil)
        #expect(Distribution.nearestRank(50, in: [7]) == 7)
        #expect(Distribution.nearestRank(90, in: [7]) == 7)
        // Even count: the lower middle value.
        #expect(Distribution.nearestRank(50, in: [1, 2, 3, 4]) == 2)
        #expect(Distribution.nearestRank(50, in: [1, 2, 3, 4, 5]) == 3)
        // ⌈0.9 × 10⌉ = 9, ⌈0.9 × 11⌉ = 10, ⌈0.9 × 20⌉ = 18.
        #expect(Distribution.nearestRank(90, in: Array(1...10)) == 9)
        #expect(Distribution.nearestRank(90, in: Array(1...11)) == 10)
        #expect(Distribution.nearestRank(90, in: Array(1...20)) == 18)
        #expect(Distribution.nearestRank(100, in: Array(1...20)) == 20)
        #expect(Distribution.nearestRank(1, in: Array(1...20)) == 1)
    }

    @Test func distributionSortsItsInput() {
        let distribution = Distribution(seconds: [600, 60, 3600, 120, 7200])
        #expect(distribution.count == 5)
        #expect(distribution.median == 600)
        #expect(distribution.percentile90 == 7200)
        #expect(Distribution(seconds: []) == Distribution(seconds: []))
        #expect(Distribution(seconds: []).median == nil)
    }
}

@Suite struct MonthlyStatisticsTests {
    let september = try! StatisticsMonth(iso: "2026-09")

    /// A Wi-Fi incident of the reference collège, in the Département's queue.
    func ticket(_ opened: String, pickedUp: String? = nil, resolved: String? = nil, status: TicketStatus = .new,
                criticality: Criticality = .nonCritical, party: String = "CD", partner: String? = "CD35",
                component: String = "bornes-wifi", componentName: String = "Bornes Wi-Fi", uai: String = "0352958A",
                pickupOutcome: ServiceLevelClock.State? = nil, restorationOutcome: ServiceLevelClock.State? = nil,
                rating: (Int, String)? = nil) -> MonthlyStatistics.Ticket {
        MonthlyStatistics.Ticket(
            conventionID: "ille-et-vilaine-2025", openedAt: paris(opened), pickedUpAt: pickedUp.map(paris),
            resolvedAt: resolved.map(paris), status: status, criticality: criticality, partyCode: party,
            partnerCode: partner, componentID: component, componentName: componentName, establishmentUAI: uai,
            pickupOutcome: pickupOutcome, restorationOutcome: restorationOutcome,
            rating: rating.map { MonthlyStatistics.Rating(score: $0.0, at: paris($0.1)) })
    }

    @Test func volumesAndBacklogFollowTheDefinitions() {
        // setup
        let tickets = [
            // opened in August, still open: backlog at both ends
            ticket("2026-08-20T10:00", pickedUp: "2026-08-20T11:00", status: .inProgress),
            // opened in August, resolved in September
            ticket("2026-08-25T10:00", pickedUp: "2026-08-25T10:30", resolved: "2026-09-02T09:00", status: .closed),
            // opened in August, resolved in August: not concerned
            ticket("2026-08-03T10:00", pickedUp: "2026-08-03T10:30", resolved: "2026-08-04T09:00", status: .resolved),
            // opened and resolved in September
            ticket("2026-09-07T10:00", pickedUp: "2026-09-07T10:20", resolved: "2026-09-08T10:00", status: .resolved,
                   criticality: .critical),
            // opened in September, resolved in October: backlog at the end
            ticket("2026-09-28T10:00", pickedUp: "2026-09-28T10:05", resolved: "2026-10-02T10:00", status: .closed),
            // opened in September, new
            ticket("2026-09-30T23:59"),
            // opened in October: not concerned
            ticket("2026-10-01T00:00"),
            // resolved in September and reopened since: open, not resolved
            ticket("2026-09-10T10:00", pickedUp: "2026-09-10T10:30", resolved: "2026-09-11T10:00", status: .inProgress),
        ]
        // act
        let statistics = MonthlyStatistics(month: september, tickets: tickets)
        // check
        #expect(statistics.volumes.opened == 4)
        #expect(statistics.volumes.openedCritical == 1)
        #expect(statistics.volumes.resolved == 2)
        #expect(statistics.volumes.backlogAtStart == 2)
        #expect(statistics.volumes.backlogAtEnd == 4)
        let volumes = statistics.volumes
        #expect(volumes.backlogAtEnd == volumes.backlogAtStart + volumes.opened - volumes.resolved)
    }

    @Test func aBacklogCountedElsewhereIsCarriedThroughTheMonth() {
        let tickets = [
            ticket("2026-09-07T10:00", pickedUp: "2026-09-07T10:20", resolved: "2026-09-08T10:00", status: .resolved),
            ticket("2026-09-28T10:00"),
            ticket("2026-08-20T10:00", status: .inProgress),  // ignored: the count says how many were open
        ]
        let volumes = MonthlyStatistics(month: september, tickets: tickets, backlogAtStart: 10).volumes
        #expect(volumes.backlogAtStart == 10)
        #expect(volumes.opened == 2)
        #expect(volumes.resolved == 1)
        #expect(volumes.backlogAtEnd == 11)
    }

    @Test func backlogBoundariesAreExclusiveOfTheirInstant() {
        let start = september.start()
        var atMidnight = ticket("2026-09-01T00:00")
        #expect(atMidnight.openedAt == start)
        #expect(!atMidnight.isOpen(at: start))
        #expect(atMidnight.isOpen(at: start.adding(seconds: 1)))
        atMidnight.status = .resolved
        atMidnight.resolvedAt = start.adding(seconds: 60)
        // Resolved at the instant itself: still open then, as the resolution counts in the period it starts.
        #expect(atMidnight.isOpen(at: start.adding(seconds: 60)))
        #expect(!atMidnight.isOpen(at: start.adding(seconds: 61)))
        // A resolved status without its instant is treated as never resolved.
        atMidnight.resolvedAt = nil
        #expect(atMidnight.isOpen(at: september.end()))
    }

    @Test func daysAreParisDays() {
        let tickets = [
            ticket("2026-09-01T00:00"),  // 22:00 UTC the day before
            ticket("2026-08-31T23:59:59"),
            ticket("2026-09-01T23:59:59"),
            ticket("2026-09-02T00:00", pickedUp: "2026-09-02T00:00", resolved: "2026-09-30T23:59:59", status: .closed),
            ticket("2026-09-30T12:00"),
        ]
        let days = MonthlyStatistics(month: september, tickets: tickets).days
        #expect(days.count == 30)
        #expect(days.first?.date.description == "2026-09-01")
        #expect(days[0].opened == 2)
        #expect(days[1].opened == 1)
        #expect(days[29].opened == 1)
        #expect(days[29].resolved == 1)
        #expect(days.reduce(0) { $0 + $1.opened } == 4)
    }

    @Test func componentsAndEstablishmentsAreRankedWithTheRestSummedUp() {
        let tickets = [
            ticket("2026-09-02T10:00", component: "ent", componentName: "ENT", uai: "0350001A"),
            ticket("2026-09-03T10:00", component: "ent", componentName: "ENT", uai: "0350001A"),
            ticket("2026-09-04T10:00", uai: "0350002B"),
            ticket("2026-09-05T10:00", uai: "0350003C"),
            ticket("2026-09-06T10:00", component: "postes", componentName: "Postes de travail", uai: "0350003C"),
            ticket("2026-09-07T10:00", component: "ent", componentName: "ENT", uai: "0350004D"),
            ticket("2026-08-07T10:00", status: .inProgress, component: "postes", componentName: "Postes de travail",
                   uai: "0350009Z"),
        ]
        let statistics = MonthlyStatistics(month: september, tickets: tickets)
        #expect(statistics.byComponent.entries.map(\.key) == ["ent", "bornes-wifi", "postes"])
        #expect(statistics.byComponent.entries.map(\.count) == [3, 2, 1])
        #expect(statistics.byComponent.entries[1].label == "Bornes Wi-Fi")
        #expect(statistics.byComponent.total == 6)
        // equal counts: by label, then key
        #expect(statistics.byEstablishment.entries.map(\.key) == ["0350001A", "0350003C", "0350002B", "0350004D"])
        let top = statistics.byEstablishment.top(2)
        #expect(top.entries.map(\.key) == ["0350001A", "0350003C"])
        #expect(top.otherKeys == 2)
        #expect(top.otherTickets == 2)
        #expect(statistics.byEstablishment.top(10).otherKeys == 0)
        #expect(statistics.byEstablishment.top(0).otherTickets == 6)
    }

    @Test func complianceCountsTheClocksStoppedInTheMonth() {
        let tickets = [
            // picked up in September (met), resolved in September (breached)
            ticket("2026-09-01T09:00", pickedUp: "2026-09-01T09:30", resolved: "2026-09-03T09:00", status: .closed,
                   pickupOutcome: .met, restorationOutcome: .breached),
            // picked up in September (breached), still open
            ticket("2026-09-01T09:00", pickedUp: "2026-09-04T09:00", status: .inProgress, pickupOutcome: .breached),
            // picked up in August, resolved in September (met)
            ticket("2026-08-31T09:00", pickedUp: "2026-08-31T09:30", resolved: "2026-09-01T10:00", status: .resolved,
                   pickupOutcome: .met, restorationOutcome: .met),
            // the académie, "au plus tôt"
            ticket("2026-09-10T09:00", pickedUp: "2026-09-10T09:30", resolved: "2026-09-10T10:00", status: .resolved,
                   party: "ACA", partner: "AC-RENNES", pickupOutcome: .noTarget, restorationOutcome: .noTarget),
            // the establishment itself, no commitment
            ticket("2026-09-10T09:00", pickedUp: "2026-09-10T09:30", resolved: "2026-09-10T10:00", status: .resolved,
                   party: "EPLE", partner: nil),
            // not picked up yet
            ticket("2026-09-20T09:00"),
        ]
        let statistics = MonthlyStatistics(month: september, tickets: tickets)
        #expect(statistics.pickup == .init(met: 1, breached: 1, noTarget: 1, unmeasured: 1))
        #expect(statistics.pickup.metPercent == 50)
        #expect(statistics.restoration == .init(met: 1, breached: 1, noTarget: 1, unmeasured: 1))
        #expect(statistics.restoration.withTarget == 2)
        #expect(statistics.restoration.total == 4)
        #expect(statistics.complianceByParty.map(\.party) == ["AC-RENNES", "CD35", "EPLE"])
        let departement = statistics.complianceByParty[1]
        #expect(departement.pickup == .init(met: 1, breached: 1))
        #expect(departement.restoration == .init(met: 1, breached: 1))
        #expect(statistics.complianceByParty[0].pickup.metPercent == nil)
        #expect(MonthlyStatistics.Compliance(met: 2, breached: 1, noTarget: 5).metPercent.map { ($0 * 10).rounded() } == 667)
    }

    @Test func timesAreElapsedSecondsAndOptionallyWorkingSeconds() {
        let tickets = [
            // Friday 17:00 → Monday 09:00: 64 h elapsed, 1 h 30 of working time in Rennes
            ticket("2026-09-11T17:00", pickedUp: "2026-09-14T09:00", resolved: "2026-09-14T09:00", status: .resolved),
            ticket("2026-09-15T09:00", pickedUp: "2026-09-15T09:10", resolved: "2026-09-15T11:00", status: .closed),
            ticket("2026-09-15T09:00", pickedUp: "2026-09-15T09:20", status: .inProgress),
            // picked up in August: not among September's pick-ups
            ticket("2026-08-15T09:00", pickedUp: "2026-08-20T09:00", status: .inProgress),
        ]
        // act
        let wallClock = MonthlyStatistics(month: september, tickets: tickets)
        let calendar = rennesCalendar()
        let working = MonthlyStatistics(month: september, tickets: tickets) { ticket, from, to in
            #expect(ticket.conventionID == "ille-et-vilaine-2025")
            return try? calendar.workingSeconds(from: from, to: to)
        }
        // check
        #expect(wallClock.timeToPickup.elapsed == MonthlyStatistics.Distribution(seconds: [64 * 3600, 600, 1200]))
        #expect(wallClock.timeToPickup.elapsed.median == 1200)
        #expect(wallClock.timeToPickup.elapsed.percentile90 == 64 * 3600)
        #expect(wallClock.timeToPickup.working == nil)
        #expect(wallClock.timeToResolution.elapsed.count == 2)
        #expect(wallClock.timeToResolution.elapsed.median == 2 * 3600)
        #expect(working.timeToPickup.working?.median == 1200)
        #expect(working.timeToPickup.working?.percentile90 == 5400)
        #expect(working.timeToResolution.working == MonthlyStatistics.Distribution(seconds: [5400, 7200]))
    }

    @Test func unmeasurableWorkingTimeLeavesTheTicketOutOfThatFigureOnly() {
        let tickets = [
            ticket("2026-09-15T09:00", pickedUp: "2026-09-15T10:00", status: .inProgress),
            ticket("2026-09-15T09:00", pickedUp: "2026-09-15T11:00", status: .inProgress),
        ]
        var calls = 0
        let statistics = MonthlyStatistics(month: september, tickets: tickets) { _, from, to in
            calls += 1
            return calls == 1 ? nil : to.secondsSinceEpoch - from.secondsSinceEpoch
        }
        #expect(statistics.timeToPickup.elapsed.count == 2)
        #expect(statistics.timeToPickup.working?.count == 1)
        #expect(statistics.timeToPickup.working?.median == 7200)
    }

    @Test func satisfactionIsTheRatingsGivenInTheMonth() {
        let tickets = [
            ticket("2026-08-01T09:00", resolved: "2026-08-02T09:00", status: .closed, rating: (5, "2026-09-01T08:00")),
            ticket("2026-09-01T09:00", resolved: "2026-09-02T09:00", status: .closed, rating: (4, "2026-09-03T08:00")),
            ticket("2026-09-01T09:00", resolved: "2026-09-02T09:00", status: .closed, uai: "0350002B",
                   rating: (1, "2026-09-03T08:00")),
            ticket("2026-09-01T09:00", resolved: "2026-09-02T09:00", status: .closed, party: "ACA", partner: "AC-RENNES",
                   uai: "0350002B", rating: (3, "2026-09-04T08:00")),
            // given in October
            ticket("2026-09-01T09:00", resolved: "2026-09-02T09:00", status: .closed, rating: (2, "2026-10-01T08:00")),
            // out of range: ignored
            ticket("2026-09-01T09:00", resolved: "2026-09-02T09:00", status: .closed, rating: (9, "2026-09-05T08:00")),
        ]
        let satisfaction = MonthlyStatistics(month: september, tickets: tickets).satisfaction
        #expect(satisfaction.overall.count == 4)
        #expect(satisfaction.overall.sum == 13)
        #expect(satisfaction.overall.mean == 3.25)
        #expect(satisfaction.overall.distribution == [1, 0, 1, 1, 1])
        #expect(satisfaction.overall.count(ofScore: 5) == 1)
        #expect(satisfaction.overall.count(ofScore: 0) == 0)
        #expect(satisfaction.byParty.map(\.key) == ["AC-RENNES", "CD35"])
        #expect(satisfaction.byParty[1].summary == MonthlyStatistics.RatingSummary(scores: [5, 4, 1]))
        #expect(satisfaction.byParty[1].summary.mean.map { ($0 * 3).rounded() } == 10)
        #expect(satisfaction.byEstablishment.map(\.key) == ["0350002B", "0352958A"])
        #expect(satisfaction.byEstablishment[0].summary.distribution == [1, 0, 1, 0, 0])
        #expect(MonthlyStatistics.RatingSummary().mean == nil)
        let merged = satisfaction.byEstablishment[0].summary.merged(with: satisfaction.byEstablishment[1].summary)
        #expect(merged == satisfaction.overall)
    }

    @Test func anEmptyMonthHasZerosAndNoPercentages() {
        let statistics = MonthlyStatistics(month: september, tickets: [])
        #expect(statistics.volumes == MonthlyStatistics.Volumes())
        #expect(statistics.days.count == 30)
        #expect(statistics.byComponent.entries.isEmpty)
        #expect(statistics.pickup.metPercent == nil)
        #expect(statistics.timeToResolution.elapsed.median == nil)
        #expect(statistics.satisfaction.overall.count == 0)
        #expect(statistics.complianceByParty.isEmpty)
    }

    /// Whatever the tickets, the month's figures add up.
    @Test func figuresAddUpOnRandomTickets() {
        var random = SplitMix64(seed: 2026_09)
        let outcomes: [ServiceLevelClock.State?] = [.met, .breached, .noTarget, nil]
        let base = september.start().secondsSinceEpoch - 40 * 86_400
        for _ in 0..<50 {
            let tickets = (0..<200).map { index -> MonthlyStatistics.Ticket in
                let opened = base + Int.random(in: 0..<(100 * 86_400), using: &random)
                let pickedUp = Bool.random(using: &random) ? opened + Int.random(in: 0..<(5 * 86_400), using: &random) : nil
                let resolved = pickedUp.flatMap { Bool.random(using: &random) ? $0 + Int.random(in: 0..<(20 * 86_400), using: &random) : nil }
                let status: TicketStatus = resolved == nil ? (pickedUp == nil ? .new : .inProgress)
                    : [.resolved, .closed, .inProgress].randomElement(using: &random)!
                return MonthlyStatistics.Ticket(
                    openedAt: Instant(secondsSinceEpoch: opened), pickedUpAt: pickedUp.map(Instant.init(secondsSinceEpoch:)),
                    resolvedAt: resolved.map(Instant.init(secondsSinceEpoch:)), status: status,
                    partyCode: ["CD", "ACA", "EPLE"][index % 3], componentID: "c\(index % 7)", componentName: "C\(index % 7)",
                    establishmentUAI: "U\(index % 11)", pickupOutcome: outcomes.randomElement(using: &random)!)
            }
            let statistics = MonthlyStatistics(month: september, tickets: tickets)
            let volumes = statistics.volumes
            // the backlog at the end, derived, is the one counted ticket by ticket
            #expect(volumes.backlogAtStart == tickets.filter { $0.isOpen(at: september.start()) }.count)
            #expect(volumes.backlogAtEnd == tickets.filter { $0.isOpen(at: september.end()) }.count)
            // and storage may count the start alone, handing over only the month's activity
            let active = tickets.filter { ticket in
                [ticket.openedAt, ticket.pickedUpAt, ticket.resolvedAt].contains { $0.map { september.contains($0) } ?? false }
            }
            #expect(MonthlyStatistics(month: september, tickets: active, backlogAtStart: volumes.backlogAtStart) == statistics)
            #expect(statistics.days.reduce(0) { $0 + $1.opened } == volumes.opened)
            #expect(statistics.days.reduce(0) { $0 + $1.resolved } == volumes.resolved)
            #expect(statistics.byComponent.total == volumes.opened)
            #expect(statistics.byEstablishment.total == volumes.opened)
            #expect(statistics.restoration.total == volumes.resolved)
            #expect(statistics.timeToResolution.elapsed.count == volumes.resolved)
            #expect(statistics.timeToPickup.elapsed.count == statistics.pickup.total)
            #expect(statistics.complianceByParty.reduce(0) { $0 + $1.pickup.total } == statistics.pickup.total)
            let durations = statistics.timeToPickup.elapsed
            if let median = durations.median, let p90 = durations.percentile90 { #expect(median <= p90) }
        }
    }
}
