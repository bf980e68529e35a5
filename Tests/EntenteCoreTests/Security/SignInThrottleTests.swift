import Foundation
import Testing
@testable import EntenteCore

@Suite struct SignInThrottleTests {
    let throttle = SignInThrottle.standard
    let start = Date(timeIntervalSince1970: 1_789_369_200)

    func counter(_ failures: Int, secondsAgo: TimeInterval = 0, from now: Date) -> SignInThrottle.Counter {
        SignInThrottle.Counter(failures: failures, lastFailure: now.addingTimeInterval(-secondsAgo))
    }

    @Test func theFirstFailuresCostNothingThenTheDelayDoubles() {
        #expect(throttle.delay(after: counter(4, from: start), on: .account) == 0)
        #expect(throttle.delay(after: counter(5, from: start), on: .account) == 1)
        #expect(throttle.delay(after: counter(6, from: start), on: .account) == 2)
        #expect(throttle.delay(after: counter(9, from: start), on: .accountFromAddress) == 16)
    }

    @Test func eachKeyStopsAtItsCap() {
        #expect(throttle.delay(after: counter(1_000, from: start), on: .account) == 60, "the owner waits a minute at most")
        #expect(throttle.delay(after: counter(1_000, from: start), on: .address) == 60)
        #expect(throttle.delay(after: counter(Int.max, from: start), on: .accountFromAddress) == 15 * 60)
    }

    @Test func aSharedAddressIsSlowedOnlyAfterManyFailures() {
        #expect(throttle.delay(after: counter(29, from: start), on: .address) == 0)
        #expect(throttle.delay(after: counter(30, from: start), on: .address) == 1)
    }

    @Test func theWaitIsTheLongestOfTheKeysLeft() {
        let counters: [SignInThrottle.Key: SignInThrottle.Counter] = [
            .account: counter(7, secondsAgo: 1, from: start),             // 4 s delay, 3 s left
            .accountFromAddress: counter(5, secondsAgo: 0, from: start),  // 1 s delay, 1 s left
        ]
        #expect(throttle.wait(counters, at: start) == 3)
        #expect(throttle.wait(counters, at: start.addingTimeInterval(3)) == 0)
        #expect(throttle.wait([:], at: start) == 0)
    }

    @Test func aQuietKeyIsForgotten() {
        let old = counter(500, secondsAgo: throttle.memory + 1, from: start)
        #expect(throttle.wait([.accountFromAddress: old], at: start) == 0)
        #expect(throttle.failing(old, at: start) == SignInThrottle.Counter(failures: 1, lastFailure: start))
        #expect(throttle.failing(counter(3, secondsAgo: 10, from: start), at: start).failures == 4)
        #expect(throttle.failing(nil, at: start).failures == 1)
    }
}
