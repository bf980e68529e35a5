import EntenteCore
import Foundation
import SQLKit

extension TicketRecord {
    /// Keeps the instants of `due` on the ticket (see `AddTicketDueDates`); the watcher will look at
    /// it again from its first warning.
    func apply(_ due: ServiceLevelDue) {
        pickupDueAt = due.deadline(of: .pickup)?.date
        restorationDueAt = due.deadline(of: .restoration)?.date
        slaDueAt = due.next?.date
        slaWarnAt = due.nextWarning?.date
        slaWatchAt = due.nextWarning?.date
    }
}

extension SQLUpdateBuilder {
    /// Sets the service-level columns of `tickets` as `TicketRecord.apply(_:)` does, or with the
    /// watcher's next look `watch` when it is given.
    @discardableResult
    func setServiceLevelDue(_ due: ServiceLevelDue, watch: Date?? = nil) -> Self {
        set("pickup_due_at", to: due.deadline(of: .pickup)?.date)
            .set("restoration_due_at", to: due.deadline(of: .restoration)?.date)
            .set("sla_due_at", to: due.next?.date)
            .set("sla_warn_at", to: due.nextWarning?.date)
            .set("sla_watch_at", to: watch ?? due.nextWarning?.date)
    }
}
