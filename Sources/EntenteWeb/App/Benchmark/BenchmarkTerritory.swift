import EntenteCore
import EntenteStorage
import Fluent
import Foundation

/// Seeds a database with a large synthetic service desk — benchmark establishments of
/// Ille-et-Vilaine (UAI 03580xx–03584xx, flagged demo) and tickets over them — so that queues,
/// the API and statistics can be measured at the scale of a département. Deterministic for a seed.
public enum BenchmarkTerritory {
    public struct Summary: Sendable, CustomStringConvertible {
        public var establishments: Int
        public var tickets: Int
        public var description: String { "\(establishments) establishments, \(tickets) tickets" }
    }

    public static func seed(on database: any Database, convention: Convention, tickets: Int, establishments: Int,
                            seed: UInt64 = 42, now: Date) async throws -> Summary {
        var random = SplitMix64(seed: seed)
        let schools = (0..<establishments).map { index -> Establishment in
            let digits = 358_000 + index
            let uai = try! UAI("0\(digits)\(UAI.checkLetter(for: digits))")
            return Establishment(uai: uai, name: "Collège de démonstration n°\(index + 1)", kind: .college,
                                 commune: "Rennes", departmentCode: "035", academy: "Rennes", collectivityCode: "CD35",
                                 pupils: ["2025-2026": 300 + index % 500], isDemo: true)
        }
        _ = try await TerritoryStore(database: database).load(partners: [], establishments: schools, conventions: [],
                                                              actor: "benchmark", at: now)
        let routes = routableRequests(in: convention)
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        // Deadlines as the desk stores them: one binary search each on a calendar built once.
        let calendar = try convention.workingCalendar(years: (year - 2)...(year + 1))
        var written = 0
        while written < tickets {
            let batch = min(1000, tickets - written)
            var imported: [TicketStore.ImportedTicket] = []
            for offset in 0..<batch {
                let (request, decision, name) = routes[Int(random.next() % UInt64(routes.count))]
                let school = schools[Int(random.next() % UInt64(schools.count))]
                // Oldest first, as a desk writes them: a month's tickets sit together in the table.
                let yearSeconds = 365.0 * 86_400
                let age = max(60, yearSeconds - yearSeconds * Double(written + offset) / Double(tickets) - Double(random.next() % 3_600))
                let opened = Instant(now.addingTimeInterval(-age))
                let status = Self.status(ageInDays: Int(age / 86_400), &random)
                let kind: TicketKind = random.next() % 4 == 0 ? .request : .incident
                let wholeEstablishment = random.next() % 5 == 0
                let pickedUp = status == .new ? nil : opened.adding(seconds: Int(random.next() % 86_400))
                let resolved = status.isOpen ? nil : opened.adding(seconds: Int(random.next() % (5 * 86_400)))
                let pickupOutcome: ServiceLevelClock.State? = status == .new ? nil : random.next() % 10 == 0 ? .breached : .met
                let restorationOutcome: ServiceLevelClock.State? = status.isOpen ? nil
                    : random.next() % 8 == 0 ? .breached : .met
                let criticality: Criticality = wholeEstablishment ? .critical : .nonCritical
                let commitment = convention.serviceLevels.first {
                    $0.criticality == criticality && $0.partyCode == decision.partyCode
                }
                let timeline = TicketTimeline(openedAt: opened, pausedSince: status.isWaiting ? pickedUp : nil,
                                              pickedUpAt: pickedUp)
                let due = (try? calendar.due(for: commitment, timeline: timeline, isOpen: status.isOpen)) ?? .none
                let ticket = Ticket(
                    id: UUID(), reference: "B-\(year)-" + String(written + offset + 1), conventionID: convention.id,
                    establishmentUAI: school.uai.value, requesterName: "Demandeur \(offset)", requesterEmail: nil,
                    filedBy: "benchmark", kind: kind, componentID: request.componentID, componentName: name,
                    nature: request.nature, activity: decision.activity, context: request.context, assetReference: nil,
                    impactsWholeEstablishment: wholeEstablishment, criticality: criticality,
                    title: "\(name) — incident \(written + offset + 1)", description: "Demande générée pour le banc d'essai.",
                    status: status, partyCode: decision.partyCode,
                    partnerCode: convention.party(code: decision.partyCode)?.partnerCode, teamCode: nil,
                    informedCodes: decision.informedCodes, routingReason: decision.reason, openedAt: opened,
                    updatedAt: opened, resolvedAt: resolved, pickedUpAt: pickedUp, pickupOutcome: pickupOutcome,
                    restorationOutcome: restorationOutcome, serviceLevelDueAt: due.next,
                    serviceLevelWarningAt: due.nextWarning, pickupDueAt: due.deadline(of: .pickup),
                    restorationDueAt: due.deadline(of: .restoration), version: 1)
                imported.append(TicketStore.ImportedTicket(ticket: ticket, due: due))
            }
            try await TicketStore(database: database).importTickets(imported)
            written += batch
        }
        return Summary(establishments: schools.count, tickets: written)
    }

    /// Tickets age as a desk's do: the last month's still partly open, older ones closed or resolved
    /// but for 3 % left waiting or in progress. A year of 100,000 tickets leaves a backlog of about
    /// 7,500, a heavy one for a département.
    static func status(ageInDays: Int, _ random: inout SplitMix64) -> TicketStatus {
        let recent: [TicketStatus] = [.new, .takenInCharge, .inProgress, .waitingForRequester, .resolved, .closed, .closed]
        let stalled: [TicketStatus] = [.inProgress, .waitingForRequester, .waitingForThirdParty]
        if ageInDays <= 30 { return recent[Int(random.next() % UInt64(recent.count))] }
        if random.next() % 100 < 3 { return stalled[Int(random.next() % UInt64(stalled.count))] }
        return random.next() % 4 == 0 ? .resolved : .closed
    }

    /// Every component × nature × funding the convention routes without asking more.
    static func routableRequests(in convention: Convention) -> [(RoutingRequest, RoutingDecision, String)] {
        var routes: [(RoutingRequest, RoutingDecision, String)] = []
        for (domain, component) in convention.components where domain.kind == .service {
            for nature in WorkNature.allCases {
                for funding in [nil] + FundingOrigin.allCases.map(Optional.some) {
                    let request = RoutingRequest(componentID: component.id, nature: nature, context: .init(funding: funding))
                    if let decision = try? convention.route(request) {
                        routes.append((request, decision, component.name))
                        break
                    }
                }
            }
        }
        return routes
    }
}
