import EntenteCore
import Fluent
import FluentSQL
import Foundation
import SQLKit

// The service-level side of the ticket store: queue filters on the stored instants, the watcher's
// candidates, and the warnings and breaches it records.
extension TicketStore {
    /// The status changes of a ticket, in order: what its clocks are computed from.
    static func statusChanges(of ticketID: UUID, on database: any Database) async throws -> [StatusChange] {
        try await TicketEventRecord.query(on: database).filter(\.$ticket.$id == ticketID)
            .filter(\.$kind == TicketEventRecord.Kind.status.rawValue).sort(\.$at).all()
            .compactMap { try $0.event().statusChange }
    }

    public func statusChanges(of ticketID: UUID) async throws -> [StatusChange] {
        try await Self.statusChanges(of: ticketID, on: database)
    }

    /// `sla=` and `opened_from`/`opened_to`: columns compared with instants, so that the indexes
    /// ending with `sla_due_at` serve the deadline filters.
    static func narrow(_ select: SQLSelectBuilder, byServiceLevelAndOpening filter: Filter) {
        if let from = filter.openedFrom { select.where("opened_at", .greaterThanOrEqual, from) }
        if let before = filter.openedBefore { select.where("opened_at", .lessThan, before) }
        guard let (standing, now) = filter.serviceLevel else { return }
        // The same reading as `ServiceLevelStanding.of(status:due:warning:now:)`.
        switch standing {
        case .breached:
            select.where("is_open", .equal, true).where("sla_due_at", .lessThan, now)
        case .atRisk:
            select.where("is_open", .equal, true).where("sla_due_at", .greaterThanOrEqual, now)
                .where("sla_warn_at", .lessThanOrEqual, now)
        case .onTrack:
            select.where("is_open", .equal, true).where("sla_warn_at", .greaterThan, now)
        case .paused:
            select.where("status", .in, TicketStatus.allCases.filter(\.isWaiting).map(\.rawValue))
        case .met, .noTarget:
            // Not queue filters: nothing pending to sort out.
            select.where("is_open", .equal, true).where("sla_due_at", .is, SQLLiteral.null)
        }
    }

    // MARK: The watcher

    /// Open tickets the watcher should look at by `date`, soonest first.
    public func dueForWatch(at date: Date, limit: Int) async throws -> [Ticket] {
        try await TicketRecord.query(on: database).filter(\.$slaWatchAt <= date).filter(\.$isOpen == true)
            .sort(\.$slaWatchAt).limit(limit).all().map { try $0.ticket() }
    }

    /// The warnings and breaches recorded on a ticket, oldest first.
    public func serviceLevelAlerts(of ticketID: UUID) async throws -> [ServiceLevelAlert] {
        try await TicketSLAAlertRecord.query(on: database).filter(\.$ticket.$id == ticketID).sort(\.$at).sort(\.$clock).all()
            .map { try $0.alert() }
    }


    /// Records `alerts` with their history lines and audit entries, and the ticket's recomputed
    /// instants, in one transaction. The instants are written only if the ticket is still at
    /// `version` (a change meanwhile wrote fresher ones); the version is not raised, so that no
    /// agent's edit becomes stale because of the watcher. A second watcher recording the same alert
    /// breaks the unique key: the transaction rolls back and `false` says nothing was written.
    public func recordServiceLevel(of ticket: Ticket, version: Int, alerts: [ServiceLevelAlert], due: ServiceLevelDue,
                                   watchAt: Date?, actor: String, at date: Date) async throws -> Bool {
        let ticketID = ticket.id
        do {
            try await database.transaction { database in
                guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
                for alert in alerts {
                    try await TicketSLAAlertRecord(ticketID: ticketID, clock: alert.clock, kind: alert.kind,
                                                   dueAt: alert.dueAt.date, at: date).create(on: database)
                    try await TicketEventRecord(ticketID: ticketID, at: date, actor: actor,
                                                fact: .serviceLevel(clock: alert.clock, alert: alert.kind, dueAt: alert.dueAt))
                        .create(on: database)
                    try await AuditRecord(at: date, actor: actor, action: .serviceLevelAlert(breach: alert.kind == .breach),
                                          subject: ticket.reference, before: alert.clock.rawValue,
                                          after: ISO8601DateFormatter().string(from: alert.dueAt.date)).create(on: database)
                }
                try await sql.update(TicketRecord.schema).setServiceLevelDue(due, watch: .some(watchAt))
                    .where("id", .equal, ticketID).where("version", .equal, version).run()
            }
            return true
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return false
        }
    }
}
