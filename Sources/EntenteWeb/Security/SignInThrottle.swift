import Foundation

/// Slows down password guessing: after `limit` failures within `window` for one account
/// or one address, further attempts are refused until the oldest failure ages out.
actor SignInThrottle {
    let limit: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    func isBlocked(_ keys: [String], at now: Date) -> Bool {
        keys.contains { key in recent(key, now).count >= limit }
    }

    func recordFailure(_ keys: [String], at now: Date) {
        for key in keys { failures[key] = recent(key, now) + [now] }
    }

    func reset(_ key: String) {
        failures[key] = nil
    }

    private func recent(_ key: String, _ now: Date) -> [Date] {
        (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
    }
}
