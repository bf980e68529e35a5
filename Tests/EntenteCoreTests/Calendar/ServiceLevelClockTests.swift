import EntenteCore
import Foundation
import Testing

@Suite struct ServiceLevelClockTests {
    let calendar = rennesCalendar()

    /// Seed 002 ("4. Niveaux de services"): for critical outages the académie takes charge within half a
    /// working day, restores within one working day, restores shared data within two days; the
    /// Département acts as soon as possible.
    static let source = SourceReference(file: "002_0bfe129f4fa93de7.txt", section: "4. Niveaux de services")
    let academie = ServiceLevelCommitment(criticality: .critical, partyCode: "ACA", pickup: .workingDays(0.5),
                                          restoration: .workingDays(1), dataRestoration: .calendarDays(2),
                                          source: source)
    let departement = ServiceLevelCommitment(criticality: .critical, partyCode: "CD", pickup: .asSoonAsPossible,
                                             restoration: .asSoonAsPossible, source: source)
    let opened = paris("2026-05-13T16:00")

    func pause(_ start: String, _ end: String) -> ClockPause { try! ClockPause(start: paris(start), end: paris(end)) }

    @Test func theAcademiesClocksOnATicketOpenedBeforeAscension() throws {
        // setup: taken in charge on Friday at 09:00, service still down at noon
        let timeline = TicketTimeline(openedAt: opened, pickedUpAt: paris("2026-05-15T09:00"))
        // act
        let clocks = try calendar.clocks(for: academie, timeline: timeline, now: paris("2026-05-15T12:00"))
        // check
        #expect(clocks.map(\.kind) == [.pickup, .restoration, .dataRestoration])
        #expect(clocks.map(\.state) == [.met, .running, .running])
        #expect(clocks.map { $0.deadline?.inParis() } == ["2026-05-15T10:30:00+02:00", "2026-05-15T16:00:00+02:00",
                                                         "2026-05-15T16:00:00+02:00"])
        #expect(clocks.map(\.elapsedSeconds) == [2 * oneHour + 1800, 5 * oneHour + 1800, 44 * oneHour])
        #expect(clocks.map(\.remainingSeconds) == [1 * oneHour + 1800, 2 * oneHour + 1800, 4 * oneHour])
        #expect(clocks[0].explanation == "Échéance : vendredi 15 mai 2026 à 10:30 — ½ journée ouvrée "
            + "à partir du mercredi 13 mai 16:00 ; jeudi 14 mai férié (Ascension)")
        #expect(clocks[2].explanation == "Échéance : vendredi 15 mai 2026 à 16:00 — 2 jours "
            + "à partir du mercredi 13 mai 16:00")
    }

    @Test func aClockPastItsDeadlineIsBreachedStoppedOrNot() throws {
        // setup
        let late = TicketTimeline(openedAt: opened, pickedUpAt: paris("2026-05-15T10:31"))
        // act
        let clocks = try calendar.clocks(for: academie, timeline: late, now: paris("2026-05-18T09:00"))
        // check
        #expect(clocks.map(\.state) == [.breached, .breached, .breached])
        #expect(clocks[0].remainingSeconds == -60)
        #expect(clocks[1].remainingSeconds == -(2 * oneHour + 1800))
    }

    @Test func aWaitingTicketPausesItsClocksAndMovesTheDeadline() throws {
        // setup: waiting for the school since Friday 11:00
        let waiting = TicketTimeline(openedAt: opened, pausedSince: paris("2026-05-15T11:00"),
                                     pickedUpAt: paris("2026-05-15T09:00"))
        // act
        let restoration = try calendar.clock(.restoration, duration: .workingDays(1), timeline: waiting,
                                             now: paris("2026-05-15T14:00"))
        // check: 4 h 30 counted before the wait, 3 h 30 left from now
        #expect(restoration.state == .paused)
        #expect(restoration.elapsedSeconds == 4 * oneHour + 1800)
        #expect(restoration.deadline?.inParis() == "2026-05-15T17:30:00+02:00")
        #expect(restoration.explanation
            == "Échéance provisoire : vendredi 15 mai 2026 à 17:30 — 1 journée ouvrée "
            + "à partir du mercredi 13 mai 16:00 ; jeudi 14 mai férié (Ascension) ; "
            + "en attente depuis le vendredi 15 mai 11:00")
    }

    @Test func finishedWaitsAreDiscountedAndExplained() throws {
        // setup: waited for a third party on Friday from 09:00 to 11:00
        let timeline = TicketTimeline(openedAt: opened, pauses: [pause("2026-05-15T09:00", "2026-05-15T11:00")],
                                      pickedUpAt: paris("2026-05-15T13:45"))
        // act
        let pickup = try calendar.clock(.pickup, duration: .workingDays(0.5), timeline: timeline,
                                        now: paris("2026-05-15T15:00"))
        // check: 1 h 30 Wednesday, 1 h before the wait, 1 h after, 30 min after lunch
        #expect(pickup.deadline?.inParis() == "2026-05-15T14:00:00+02:00")
        #expect(pickup.state == .met)
        #expect(pickup.explanation.hasSuffix("; en attente du vendredi 15 mai 09:00 au vendredi 15 mai 11:00"))
    }

    @Test func asSoonAsPossibleHasNoTarget() throws {
        // act
        let clocks = try calendar.clocks(for: departement, timeline: TicketTimeline(openedAt: opened),
                                         now: paris("2026-05-15T09:00"))
        // check
        #expect(clocks.map(\.kind) == [.pickup, .restoration])
        #expect(clocks.allSatisfy { $0.state == .noTarget && $0.deadline == nil && $0.remainingSeconds == nil })
        #expect(clocks[0].elapsedSeconds == 2 * oneHour + 1800)
        #expect(clocks[0].explanation
            == "Au plus tôt : pas d'échéance chiffrée — à partir du mercredi 13 mai 2026 16:00")
    }

    @Test func asSoonAsPossibleSaysItWaits() throws {
        // act
        let clocks = try calendar.clocks(for: departement, timeline: TicketTimeline(openedAt: opened,
                                                                                     pausedSince: paris("2026-05-14T10:00")),
                                         now: paris("2026-05-15T09:00"))
        // check
        #expect(clocks[0].state == .noTarget)
        #expect(clocks[0].explanation == "Au plus tôt : pas d'échéance chiffrée — à partir du mercredi 13 mai 2026 16:00"
            + " ; en attente depuis le jeudi 14 mai 2026 10:00")
    }

    @Test func overlappingPausesCountOnce() throws {
        // setup
        let pauses = [pause("2026-06-09T09:00", "2026-06-09T11:00"), pause("2026-06-09T10:00", "2026-06-09T14:00"),
                      pause("2026-06-09T16:00", "2026-06-09T16:30")]
        // act
        let elapsed = try calendar.elapsed(from: paris("2026-06-09T08:00"), to: paris("2026-06-09T17:30"),
                                           measure: .workingTime, pauses: pauses)
        // check: 08:00–09:00, 14:00–16:00, 16:30–17:30
        #expect(elapsed == 4 * oneHour)
    }

    @Test func aPauseSpanningTheStartDelaysTheWholeClock() throws {
        // act
        let result = try calendar.deadline(from: paris("2026-06-09T10:00"), adding: .workingDays(0.5),
                                           pauses: [pause("2026-06-09T09:00", "2026-06-10T08:00")])
        // check
        #expect(result?.inParis() == "2026-06-10T12:00:00+02:00")
    }

    @Test func pausesParseAndRejectBackwardIntervals() throws {
        // check
        #expect(try ClockPause(parsing: "2026-06-09T09:00/2026-06-09T11:00", in: .europeParis)
            == pause("2026-06-09T09:00", "2026-06-09T11:00"))
        #expect(throws: WorkingTimeError.invalidPause("2026-06-09T11:00/2026-06-09T09:00")) {
            try ClockPause(parsing: "2026-06-09T11:00/2026-06-09T09:00", in: .europeParis)
        }
        #expect(throws: WorkingTimeError.invalidPause("2026-06-09T11:00")) {
            try ClockPause(parsing: "2026-06-09T11:00", in: .europeParis)
        }
    }

    @Test func explanationsShowTheYearOnlyWhenItDiffersAndSayFirst() throws {
        // setup
        let start = paris("2026-12-31T16:00")
        // act
        let result = try calendar.deadline(from: start, adding: .workingDays(0.5))
        // check
        #expect(calendar.explanation(deadline: result, from: start, duration: .workingDays(0.5))
            == "Échéance : lundi 4 janvier 2027 à 10:30 — ½ journée ouvrée "
            + "à partir du jeudi 31 décembre 2026 16:00 ; vendredi 1er janvier férié (Jour de l'an)")
    }

    @Test func explanationsReadToTheMinute() throws {
        // setup: a ticket filed at 16:03:11 (tickets are stamped to the second)
        let start = Instant(secondsSinceEpoch: paris("2026-12-31T16:03").secondsSinceEpoch + 11)
        // act
        let result = try calendar.deadline(from: start, adding: .workingDays(0.5))
        let line = calendar.explanation(deadline: result, from: start, duration: .workingDays(0.5))
        // check: the deadline keeps its seconds, the sentence does not
        #expect(try #require(result).secondsSinceEpoch % 60 == 11)
        #expect(line.hasPrefix("Échéance : lundi 4 janvier 2027 à 10:33 — ½ journée ouvrée à partir du jeudi 31 décembre 2026 16:03 ;"))
    }

    @Test func longExplanationsStayOnOneLine() throws {
        // setup
        let start = paris("2026-01-05T08:00")
        // act
        let result = try calendar.deadline(from: start, adding: .workingDays(100))
        let line = calendar.explanation(deadline: result, from: start, duration: .workingDays(100))
        // check: Easter Monday, 1 and 8 May, Ascension, Pentecost Monday fall on weekdays before the deadline
        #expect(result?.inParis() == "2026-05-29T17:30:00+02:00")
        #expect(line == "Échéance : vendredi 29 mai 2026 à 17:30 — 100 journées ouvrées "
            + "à partir du lundi 5 janvier 08:00 ; lundi 6 avril férié (Lundi de Pâques) ; "
            + "vendredi 1er mai férié (Fête du Travail) ; "
            + "vendredi 8 mai férié (Victoire 1945) ; et 2 autres jours fériés ou fermetures")
        #expect(!line.contains("\n"))
    }
}
