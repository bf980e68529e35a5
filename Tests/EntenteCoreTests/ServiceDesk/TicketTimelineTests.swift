import Testing
@testable import EntenteCore

@Suite struct TicketTimelineTests {
    static func at(_ hours: Int) -> Instant { Instant(secondsSinceEpoch: 1_800_000_000 + hours * 3600) }

    @Test func pickupRestorationAndWaitsComeFromTheStatusChanges() throws {
        // act
        let timeline = TicketTimeline(openedAt: Self.at(0), changes: [
            StatusChange(status: .takenInCharge, at: Self.at(1)),
            StatusChange(status: .waitingForRequester, at: Self.at(2)),
            StatusChange(status: .inProgress, at: Self.at(5)),
            StatusChange(status: .waitingForThirdParty, at: Self.at(6)),
            StatusChange(status: .waitingForRequester, at: Self.at(7)),
            StatusChange(status: .inProgress, at: Self.at(8)),
            StatusChange(status: .resolved, at: Self.at(9)),
        ])
        // check
        #expect(timeline.pickedUpAt == Self.at(1))
        #expect(timeline.restoredAt == Self.at(9))
        #expect(timeline.pauses == [try ClockPause(start: Self.at(2), end: Self.at(5)),
                                    try ClockPause(start: Self.at(6), end: Self.at(8))])
        #expect(timeline.pausedSince == nil)
    }

    @Test func waitInProgressIsOpen() {
        let timeline = TicketTimeline(openedAt: Self.at(0), changes: [StatusChange(status: .waitingForRequester, at: Self.at(3))])
        #expect(timeline.pausedSince == Self.at(3))
        #expect(timeline.pickedUpAt == Self.at(3))
    }

    @Test func reopeningRestartsTheRestorationClock() {
        let timeline = TicketTimeline(openedAt: Self.at(0), changes: [
            StatusChange(status: .resolved, at: Self.at(4)),
            StatusChange(status: .closed, at: Self.at(5)),
            StatusChange(status: .inProgress, at: Self.at(6)),
        ])
        #expect(timeline.pickedUpAt == Self.at(4))
        #expect(timeline.restoredAt == nil)
    }
}
