import EntenteCore
import EntenteStorage
import Fluent
import Foundation
import NIOCore
import Vapor

/// Warns before a breach and records breaches: finds the open tickets whose next look is due
/// (`sla_watch_at`, indexed), reads their clocks from their history, and records each warning and
/// breach once per ticket × clock × kind, with a history line and an audit entry; the handling
/// party's agents are told by e-mail once that is committed. Running twice records nothing new.
struct ServiceLevelWatch {
    let environment: EntenteApp.Environment
    let database: any Database
    let logger: Logger
    /// Tickets read per query; a pass goes on until none is left.
    var batchSize = 200

    init(_ app: Application) {
        self.init(environment: EntenteApp.environment(app), database: app.db, logger: app.logger)
    }

    init(environment: EntenteApp.Environment, database: any Database, logger: Logger) {
        self.environment = environment
        self.database = database
        self.logger = logger
    }

    struct Recorded: Sendable, Equatable {
        var reference: String
        var clock: ServiceLevelClock.Kind
        var kind: ServiceLevelAlert.Kind
    }

    /// One pass at `date`: what it recorded.
    @discardableResult
    func pass(at date: Date) async throws -> [Recorded] {
        let store = TicketStore(database: database)
        var recorded: [Recorded] = []
        var seen: Set<UUID> = []
        while true {
            let batch = try await store.dueForWatch(at: date, limit: batchSize).filter { !seen.contains($0.id) }
            for ticket in batch {
                seen.insert(ticket.id)
                recorded += try await look(at: ticket, at: date, store: store)
            }
            if batch.count < batchSize { return recorded }
        }
    }

    private func look(at ticket: Ticket, at date: Date, store: TicketStore) async throws -> [Recorded] {
        let ticketID = ticket.id
        let now = Instant(date)
        let changes = try await store.statusChanges(of: ticketID)
        let due = ServiceDesk.serviceLevelDue(of: ticket, changes: changes, in: environment)
        let done = Set(try await store.serviceLevelAlerts(of: ticketID).map { "\($0.clock)/\($0.kind)" })
        var alerts: [ServiceLevelAlert] = []
        var nextLook: Instant?
        for clock in due.clocks {
            let breached = now > clock.deadline
            let kind: ServiceLevelAlert.Kind? = breached ? .breach : now >= clock.warning ? .warning : nil
            if let kind, !done.contains("\(clock.kind.rawValue)/\(kind.rawValue)") {
                alerts.append(ServiceLevelAlert(clock: clock.kind, kind: kind, dueAt: clock.deadline, at: now))
            }
            // Next: the warning if it is ahead, then the first second past the deadline.
            let next: Instant? = breached ? nil : now >= clock.warning ? clock.deadline.adding(seconds: 1) : clock.warning
            if let next { nextLook = min(nextLook ?? next, next) }
        }
        let written = try await store.recordServiceLevel(of: ticket, version: ticket.version, alerts: alerts, due: due,
                                                         watchAt: nextLook?.date, actor: "system", at: date)
        guard written, !alerts.isEmpty else { return [] }
        await environment.notifier.serviceLevelAlerted(ticket, alerts: alerts, on: database, logger: logger)
        return alerts.map { Recorded(reference: ticket.reference, clock: $0.clock, kind: $0.kind) }
    }
}

extension ServiceLevelWatch {
    /// One pass as the server's periodic job runs it.
    @Sendable static func run(_ application: Application) async throws {
        let watch = ServiceLevelWatch(application)
        let recorded = try await watch.pass(at: watch.environment.now())
        if !recorded.isEmpty { application.logger.info("service levels: \(recorded.count) alert(s) recorded") }
    }
}
