import EntenteCore
import EntenteStorage
import Foundation

extension ServiceDesk {
    /// The deadlines a ticket's clocks run to, stored on it with every change (`ServiceLevelDue`):
    /// the commitment of `partyCode` at the ticket's criticality, counted in its convention's calendar.
    static func serviceLevelDue(conventionID: String, partyCode: String, criticality: Criticality, openedAt: Instant,
                                changes: [StatusChange], isOpen: Bool,
                                in environment: EntenteApp.Environment) -> ServiceLevelDue {
        guard let convention = environment.conventions[conventionID],
              let calendar = environment.calendars[conventionID] else { return .none }
        let commitment = convention.serviceLevels.first { $0.criticality == criticality && $0.partyCode == partyCode }
        let timeline = TicketTimeline(openedAt: openedAt, changes: changes)
        return (try? calendar.due(for: commitment, timeline: timeline, isOpen: isOpen,
                                  risk: environment.settings.serviceLevelRisk)) ?? .none
    }

    /// The same for `ticket` as it stands, under another party if it is being transferred.
    static func serviceLevelDue(of ticket: Ticket, partyCode: String? = nil, status: TicketStatus? = nil,
                                changes: [StatusChange], in environment: EntenteApp.Environment) -> ServiceLevelDue {
        serviceLevelDue(conventionID: ticket.conventionID, partyCode: partyCode ?? ticket.partyCode,
                        criticality: ticket.criticality, openedAt: ticket.openedAt, changes: changes,
                        isOpen: (status ?? ticket.status).isOpen, in: environment)
    }

    /// Where the ticket stands now, from its stored deadlines (queues, API lists).
    func standing(of ticket: Ticket) -> ServiceLevelStanding? {
        ticket.serviceLevelStanding(at: Instant(environment.now()))
    }
}
