import EntenteCore
import Fluent
import Foundation

extension TicketStore {
    /// A ticket written as it stands, with its history: what a generated territory (benchmark, demo) holds.
    public struct ImportedTicket: Sendable {
        public var ticket: Ticket
        /// The deadlines of its running clocks, as the desk keeps them.
        public var due: ServiceLevelDue
        /// Its history, oldest first; the creation line is written for it.
        public var events: [TicketEvent]

        public init(ticket: Ticket, due: ServiceLevelDue, events: [TicketEvent] = []) {
            self.ticket = ticket
            self.due = due
            self.events = events
        }
    }

    /// Writes `tickets` and their histories in one transaction, in batched statements. No audit entry:
    /// nobody made these changes in Entente.
    public func importTickets(_ tickets: [ImportedTicket]) async throws {
        guard !tickets.isEmpty else { return }
        try await database.transaction { database in
            try await tickets.map { TicketRecord($0.ticket, due: $0.due) }.create(on: database)
            let events = tickets.flatMap { imported in
                [TicketEventRecord(ticketID: imported.ticket.id, at: imported.ticket.openedAt.date,
                                   actor: imported.ticket.filedBy,
                                   fact: .created(routingReason: imported.ticket.routingReason))]
                + imported.events.map { event in
                    TicketEventRecord(ticketID: imported.ticket.id, at: event.at.date, actor: event.actor, fact: event.fact)
                }
            }
            try await events.create(on: database)
        }
    }
}
