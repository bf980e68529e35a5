import EntenteCore
import Foundation
import Testing

@Suite struct ServiceLevelDueTests {
    let calendar = rennesCalendar()
    let academie = ServiceLevelCommitment(criticality: .critical, partyCode: "ACA", pickup: .workingDays(0.5),
                                          restoration: .workingDays(1), dataRestoration: .calendarDays(2),
                                          source: ServiceLevelClockTests.source)
    let departement = ServiceLevelCommitment(criticality: .critical, partyCode: "CD", pickup: .asSoonAsPossible,
                                             restoration: .asSoonAsPossible, source: ServiceLevelClockTests.source)
    let opened = paris("2026-05-13T16:00")

    @Test func aNewTicketIsDueAfterTheHolidayAndWarnedInTheLastShareOfItsTime() throws {
        // act: Wednesday 16:00, Thursday is Ascension
        let due = try calendar.due(for: academie, timeline: TicketTimeline(openedAt: opened), isOpen: true)
        // check: the data-restoration clock is not stored
        #expect(due.clocks.map(\.kind) == [.pickup, .restoration])
        #expect(due.deadline(of: .pickup)?.inParis() == "2026-05-15T10:30:00+02:00")
        #expect(due.deadline(of: .restoration)?.inParis() == "2026-05-15T16:00:00+02:00")
        // ½ day: the last hour (25 % of 4 h = 1 h); 1 day: the last 2 hours (25 % of 8 h)
        #expect(due.clocks.map { $0.warning.inParis() } == ["2026-05-15T09:30:00+02:00", "2026-05-15T14:00:00+02:00"])
        #expect(due.next?.inParis() == "2026-05-15T10:30:00+02:00")
        #expect(due.nextWarning?.inParis() == "2026-05-15T09:30:00+02:00")
    }

    @Test func armisticeDayIsSkippedToo() throws {
        // act: Tuesday 10 November 2026 16:00, Wednesday is 11 November
        let due = try calendar.due(for: academie, timeline: TicketTimeline(openedAt: paris("2026-11-10T16:00")), isOpen: true)
        // check: 1 h 30 on Tuesday, 2 h 30 on Thursday
        #expect(due.deadline(of: .pickup)?.inParis() == "2026-11-12T10:30:00+01:00")
    }

    @Test func aStoppedClockHasNoDueInstant() throws {
        // setup
        let pickedUp = TicketTimeline(openedAt: opened, pickedUpAt: paris("2026-05-15T09:00"))
        let restored = TicketTimeline(openedAt: opened, pickedUpAt: paris("2026-05-15T09:00"), restoredAt: paris("2026-05-15T11:00"))
        // act
        let afterPickup = try calendar.due(for: academie, timeline: pickedUp, isOpen: true)
        let afterRestoration = try calendar.due(for: academie, timeline: restored, isOpen: false)
        // check
        #expect(afterPickup.clocks.map(\.kind) == [.restoration])
        #expect(afterRestoration == .none)
    }

    @Test func aWaitingTicketHasNoneAndResumingExcludesTheWait() throws {
        // setup: waiting from Friday 09:00 to Monday 09:00
        let waiting = TicketTimeline(openedAt: opened, pausedSince: paris("2026-05-15T09:00"))
        let resumed = TicketTimeline(openedAt: opened, pauses: [try ClockPause(start: paris("2026-05-15T09:00"),
                                                                               end: paris("2026-05-18T09:00"))])
        // act
        let paused = try calendar.due(for: academie, timeline: waiting, isOpen: true)
        let after = try calendar.due(for: academie, timeline: resumed, isOpen: true)
        // check: 2 h 30 counted before the wait (1 h 30 Wednesday, 1 h Friday), 1 h 30 left on Monday
        #expect(paused == .none)
        #expect(after.deadline(of: .pickup)?.inParis() == "2026-05-18T10:30:00+02:00")
        #expect(after.clocks[0].warning.inParis() == "2026-05-18T09:30:00+02:00")
    }

    @Test func noFigureNoCommitmentOrAClosedTicketHaveNone() throws {
        // act
        let asap = try calendar.due(for: departement, timeline: TicketTimeline(openedAt: opened), isOpen: true)
        let nothing = try calendar.due(for: nil, timeline: TicketTimeline(openedAt: opened), isOpen: true)
        let closed = try calendar.due(for: academie, timeline: TicketTimeline(openedAt: opened), isOpen: false)
        // check
        #expect(asap == .none && nothing == .none && closed == .none)
        #expect(asap.next == nil && asap.nextWarning == nil)
    }

    @Test func calendarDayClocksWarnInElapsedTime() throws {
        // setup: a commitment of two calendar days
        let twoDays = ServiceLevelCommitment(criticality: .critical, partyCode: "X", restoration: .calendarDays(2),
                                             source: ServiceLevelClockTests.source)
        // act
        let due = try calendar.due(for: twoDays, timeline: TicketTimeline(openedAt: opened), isOpen: true)
        // check: 25 % of 48 h = 12 h, night and holiday included
        #expect(due.deadline(of: .restoration)?.inParis() == "2026-05-15T16:00:00+02:00")
        #expect(due.clocks[0].warning.inParis() == "2026-05-15T04:00:00+02:00")
    }

    /// The standing a queue reads from the stored instants is the standing of the worst clock the
    /// calendar computes from the history, at every moment.
    @Test func storedInstantsAgreeWithTheClocksAtEveryMoment() throws {
        // setup
        var random = SplitMix64(seed: 2026)
        let start = paris("2026-01-05T00:00").secondsSinceEpoch
        for _ in 0..<200 {
            let openedAt = Instant(secondsSinceEpoch: start + Int(random.next() % UInt64(300 * 86_400)))
            var timeline = TicketTimeline(openedAt: openedAt)
            if random.next() % 2 == 0 {
                let pauseStart = openedAt.adding(seconds: Int(random.next() % 86_400))
                timeline.pauses = [try ClockPause(start: pauseStart, end: pauseStart.adding(seconds: Int(random.next() % 200_000)))]
            }
            let due = try calendar.due(for: academie, timeline: timeline, isOpen: true)
            let resumedAt = timeline.pauses.first?.end ?? openedAt
            for step in 0..<40 {
                let now = resumedAt.adding(seconds: step * 5 * 3600 / 4)
                // act
                let stored = ServiceLevelStanding.of(status: .new, due: due.next, warning: due.nextWarning, now: now)
                let clocks = try calendar.clocks(for: academie, timeline: timeline, now: now)
                    .filter { WorkingCalendar.watchedClocks.contains($0.kind) }.map { $0.standing() }
                let worst = [ServiceLevelStanding.breached, .atRisk, .onTrack].first { clocks.contains($0) }
                // check
                #expect(stored == worst, "opened \(openedAt.inParis()), now \(now.inParis())")
            }
        }
    }
}

@Suite struct ServiceLevelStandingTests {
    let calendar = rennesCalendar()
    let opened = paris("2026-05-13T16:00")

    @Test func theThresholdIsAShareOrAnHourButNeverTheWholeTarget() {
        let risk = ServiceLevelRisk.standard
        #expect(risk.threshold(targetSeconds: 4 * oneHour) == oneHour)
        #expect(risk.threshold(targetSeconds: 8 * oneHour) == 2 * oneHour)
        #expect(risk.threshold(targetSeconds: 2 * oneHour) == oneHour)
        #expect(risk.threshold(targetSeconds: 1800) == 1800)
        #expect(ServiceLevelRisk(percent: 50, floorSeconds: 0).threshold(targetSeconds: 4 * oneHour) == 2 * oneHour)
    }

    @Test func aClockIsOnTrackThenAtRiskThenBreached() throws {
        // setup: due Friday 10:30, at risk from 09:30
        let timeline = TicketTimeline(openedAt: opened)
        func standing(_ now: String) throws -> ServiceLevelStanding {
            try calendar.clock(.pickup, duration: .workingDays(0.5), timeline: timeline, now: paris(now)).standing()
        }
        // act / check
        #expect(try standing("2026-05-14T12:00") == .onTrack)
        #expect(try standing("2026-05-15T09:29") == .onTrack)
        #expect(try standing("2026-05-15T09:30") == .atRisk)
        #expect(try standing("2026-05-15T10:30") == .atRisk)
        #expect(try standing("2026-05-15T10:31") == .breached)
    }

    @Test func stoppedPausedAndAsapClocksKeepTheirState() throws {
        // setup
        let met = TicketTimeline(openedAt: opened, pickedUpAt: paris("2026-05-15T10:00"))
        let late = TicketTimeline(openedAt: opened, pickedUpAt: paris("2026-05-15T11:00"))
        let waiting = TicketTimeline(openedAt: opened, pausedSince: paris("2026-05-15T10:00"))
        let now = paris("2026-05-18T09:00")
        // act
        let standings = try [met, late, waiting].map {
            try calendar.clock(.pickup, duration: .workingDays(0.5), timeline: $0, now: now).standing()
        } + [try calendar.clock(.pickup, duration: .asSoonAsPossible, timeline: met, now: now).standing()]
        // check
        #expect(standings == [.met, .breached, .paused, .noTarget])
    }

    @Test func aQueueRowReadsItsStandingFromTheStoredInstants() {
        // setup
        let due = paris("2026-05-15T10:30"), warning = paris("2026-05-15T09:30")
        func standing(_ status: TicketStatus, _ now: String, due: Instant? = due) -> ServiceLevelStanding? {
            ServiceLevelStanding.of(status: status, due: due, warning: due == nil ? nil : warning, now: paris(now))
        }
        // act / check
        #expect(standing(.new, "2026-05-15T09:00") == .onTrack)
        #expect(standing(.takenInCharge, "2026-05-15T09:30") == .atRisk)
        #expect(standing(.inProgress, "2026-05-15T10:30") == .atRisk)
        #expect(standing(.diagnosed, "2026-05-15T10:31") == .breached)
        #expect(standing(.waitingForRequester, "2026-05-15T10:31", due: nil) == .paused)
        #expect(standing(.new, "2026-05-15T10:31", due: nil) == .noTarget)
        #expect(standing(.resolved, "2026-05-15T10:31") == nil)
        #expect(ServiceLevelStanding.filterable.map(\.rawValue) == ["breached", "at-risk", "paused", "on-track"])
    }
}

@Suite struct OpeningPeriodTests {
    @Test func daysAreParisDaysWithTheLastOneIncluded() throws {
        // act
        let winter = try OpeningPeriod.parse(from: "2026-11-02", to: "2026-11-23").get()
        let summer = try OpeningPeriod.parse(from: "2026-07-14", to: "2026-07-14").get()
        // check
        #expect(winter.start?.inParis() == "2026-11-02T00:00:00+01:00")
        #expect(winter.end?.inParis() == "2026-11-24T00:00:00+01:00")
        #expect(summer.start?.description == "2026-07-13T22:00:00+00:00")
        #expect(summer.end?.description == "2026-07-14T22:00:00+00:00")
    }

    @Test func aMissingOrEmptyBoundLeavesThatSideOpen() throws {
        #expect(try OpeningPeriod.parse(from: nil, to: "").get() == OpeningPeriod(start: nil, end: nil))
        #expect(try OpeningPeriod.parse(from: " 2026-03-29 ", to: nil).get().start?.inParis() == "2026-03-29T00:00:00+01:00")
    }

    @Test func badDaysAndReversedPeriodsAreRefusedWithEveryProblem() {
        // act
        func problems(_ from: String?, _ to: String?) -> [OpeningPeriod.Problem] {
            guard case .failure(let list) = OpeningPeriod.parse(from: from, to: to) else { return [] }
            return list.problems
        }
        // check
        #expect(problems("2026-02-30", "23/11/2026") == [.notADay(.from, "2026-02-30"), .notADay(.to, "23/11/2026")])
        #expect(problems("2026-11-23T10:00", nil) == [.notADay(.from, "2026-11-23T10:00")])
        #expect(problems("0001-01-01", nil) == [.notADay(.from, "0001-01-01")])
        #expect(problems("2026-11-23", "2026-11-01") == [.reversed])
        #expect(problems("2026-11-23", "2026-11-23").isEmpty)
    }
}
