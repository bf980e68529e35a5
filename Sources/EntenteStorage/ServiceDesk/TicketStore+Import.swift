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
        /// The warnings and breaches its clocks went through, and the requester's rating.
        public var alerts: [ServiceLevelAlert]
        public var rating: TicketRating?

        public init(ticket: Ticket, due: ServiceLevelDue, events: [TicketEvent] = [], alerts: [ServiceLevelAlert] = [],
                    rating: TicketRating? = nil) {
            self.ticket = ticket
            self.due = due
            self.events = events
            self.alerts = alerts
            self.rating = rating
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
            let alerts = tickets.flatMap { imported in
                imported.alerts.map { TicketSLAAlertRecord(ticketID: imported.ticket.id, clock: $0.clock, kind: $0.kind,
                                                           dueAt: $0.dueAt.date, at: $0.at.date) }
            }
            if !alerts.isEmpty { try await alerts.create(on: database) }
            let ratings = tickets.compactMap { imported in
                imported.rating.map { TicketRatingRecord(ticketID: imported.ticket.id, score: $0.score, comment: $0.comment,
                                                         ratedBy: $0.ratedBy, at: $0.at.date) }
            }
            if !ratings.isEmpty { try await ratings.create(on: database) }
        }
    }

    /// Whether no ticket was ever written: a demo database still to be filled.
    public func isEmpty() async throws -> Bool {
        try await TicketRecord.query(on: database).count(\.$priorityRank) == 0
    }

    /// The next `count` references of `year`, taken from the year's counter at once, in order.
    public func reserveReferences(_ count: Int, year: Int) async throws -> [String] {
        guard count > 0 else { return [] }
        let last = try await Self.advanceCounter(of: year, by: count, on: database)
        return ((last - count + 1)...last).map { Self.reference(year: year, number: $0) }
    }
}
