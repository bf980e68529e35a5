import NIOCore
import Vapor

/// Work the server repeats while it runs (the service-level watch, housekeeping): a plain async
/// function, which tests call directly, run every `interval`; a failed pass is logged and tried
/// again at the next tick.
final class PeriodicJob: LifecycleHandler, @unchecked Sendable {
    let name: String
    let interval: TimeAmount
    let work: @Sendable (Application) async throws -> Void
    private let lock = NSLock()
    private var task: RepeatedTask?

    init(_ name: String, every seconds: Int, work: @escaping @Sendable (Application) async throws -> Void) {
        self.name = name
        self.interval = .seconds(Int64(seconds))
        self.work = work
    }

    func didBoot(_ application: Application) throws {
        let eventLoop = application.eventLoopGroup.next()
        let task = eventLoop.scheduleRepeatedAsyncTask(initialDelay: interval, delay: interval) { [name, work] _ in
            eventLoop.makeFutureWithTask {
                do { try await work(application) } catch { application.logger.error("\(name) failed: \(error)") }
            }
        }
        lock.withLock { self.task = task }
    }

    func shutdown(_ application: Application) {
        lock.withLock { task?.cancel() }
    }
}
