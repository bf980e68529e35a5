import Foundation

/// How sign-in slows a password guesser without locking the owner out. Failures are counted on
/// three keys — the account from one address, the account from anywhere, the address for any
/// account — and each key allows some failures free, then makes the next attempt wait a delay
/// that doubles with every further failure up to its cap. The account's own cap is short (a
/// minute): its owner, from another address, always gets in after at most that. The guesser's
/// own pair waits up to a quarter of an hour, and a school's shared address (NAT, proxy) is only
/// slowed once it has failed far more often than its users do.
public struct SignInThrottle: Sendable {
    public enum Key: String, CaseIterable, Sendable {
        case accountFromAddress = "pair"
        case account
        case address
    }

    public struct Rule: Sendable {
        /// Failures before the first delay (of `baseDelay`, after the last of them).
        public var freeFailures: Int
        public var cap: TimeInterval
    }

    /// Failures so far on one key, and when the last one happened.
    public struct Counter: Equatable, Sendable {
        public var failures: Int
        public var lastFailure: Date

        public init(failures: Int, lastFailure: Date) {
            self.failures = failures
            self.lastFailure = lastFailure
        }
    }

    public var rules: [Key: Rule]
    /// The first delay, doubled at each further failure.
    public var baseDelay: TimeInterval = 1
    /// A key quiet for this long starts again from zero.
    public var memory: TimeInterval = 3600

    public static let standard = SignInThrottle(rules: [
        .accountFromAddress: Rule(freeFailures: 5, cap: 15 * 60),
        .account: Rule(freeFailures: 5, cap: 60),
        .address: Rule(freeFailures: 30, cap: 60),
    ])

    public init(rules: [Key: Rule]) {
        self.rules = rules
    }

    /// How long after its last failure a key makes the next attempt wait.
    public func delay(after counter: Counter, on key: Key) -> TimeInterval {
        guard let rule = rules[key], counter.failures >= rule.freeFailures else { return 0 }
        // 2^n overflows nothing here: the exponent is capped long before the delay is.
        let doublings = min(counter.failures - rule.freeFailures, 30)
        return min(rule.cap, baseDelay * Double(1 << doublings))
    }

    /// Seconds until an attempt is accepted (0: now), from the counters of the keys that have any.
    public func wait(_ counters: [Key: Counter], at now: Date) -> TimeInterval {
        counters.map { key, counter -> TimeInterval in
            guard now.timeIntervalSince(counter.lastFailure) < memory else { return 0 }
            return max(0, counter.lastFailure.addingTimeInterval(delay(after: counter, on: key)).timeIntervalSince(now))
        }.max() ?? 0
    }

    /// The counter after one more failure at `now` (a counter quiet for `memory` restarts).
    public func failing(_ counter: Counter?, at now: Date) -> Counter {
        guard let counter, now.timeIntervalSince(counter.lastFailure) < memory else { return Counter(failures: 1, lastFailure: now) }
        return Counter(failures: counter.failures + 1, lastFailure: now)
    }
}
