import Foundation

/// Times work run again and again in the process, in milliseconds, and reads the runs' median and p95.
/// One untimed run comes first: the first reads fill the database's caches, a cost a server pays once.
enum BenchmarkTiming {
    static func milliseconds(_ runs: Int, _ work: () async throws -> Void) async rethrows -> [Double] {
        try await work()
        var times: [Double] = []
        for _ in 0..<runs {
            let started = DispatchTime.now().uptimeNanoseconds
            try await work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        }
        return times.sorted()
    }

    /// One run, timed, with nothing run before it: what a first reading costs.
    static func once(_ work: () async throws -> Void) async rethrows -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        try await work()
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
    }

    static func median(_ sorted: [Double]) -> Double { sorted[sorted.count / 2] }

    static func p95(_ sorted: [Double]) -> Double { sorted[min(sorted.count - 1, sorted.count * 95 / 100)] }
}
