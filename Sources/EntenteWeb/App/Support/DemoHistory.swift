import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation

/// The recent past of the demo territory: a few hundred tickets over the last four months, routed by
/// the conventions, moved through every status with replies, notes, transfers and team changes,
/// their clocks met or breached as the working calendars say, closed ones rated. Dated back from the
/// first start, so that a newcomer's pages show a desk at work; deterministic for a seed.
enum DemoHistory {
    static let ticketCount = 320
    static let days = 120

    /// Writes the history once, into a desk that holds no ticket yet; says how many tickets it wrote.
    @discardableResult
    static func ensure(on database: any Database, environment: EntenteApp.Environment, now: Date,
                       seed: UInt64 = 2026) async throws -> Int {
        let store = TicketStore(database: database)
        guard try await store.isEmpty() else { return 0 }
        var generator = Generator(environment: environment, now: Instant(now), random: SplitMix64(seed: seed))
        var tickets = (0..<ticketCount).compactMap { _ in generator.ticket() }.sorted { $0.ticket.openedAt < $1.ticket.openedAt }
        // Real references, in opening order, from each year's counter: new tickets follow on.
        for (year, indices) in Dictionary(grouping: tickets.indices, by: { parisYear(tickets[$0].ticket.openedAt) }) {
            let references = try await store.reserveReferences(indices.count, year: year)
            for (index, reference) in zip(indices.sorted(), references) { tickets[index].ticket.reference = reference }
        }
        try await store.importTickets(tickets)
        return tickets.count
    }

    static func parisYear(_ instant: Instant) -> Int {
        Calendar(identifier: .gregorian).dateComponents(in: .europeParis, from: instant.date).year!
    }

    /// One ticket at a time, from the seeded generator.
    struct Generator {
        let environment: EntenteApp.Environment
        let now: Instant
        var random: SplitMix64

        /// The covered establishments of each convention, and what each routes without asking more.
        private let places: [(convention: Convention, establishments: [Establishment],
                              routes: [(RoutingRequest, RoutingDecision, String)])]

        init(environment: EntenteApp.Environment, now: Instant, random: SplitMix64) {
            self.environment = environment
            self.now = now
            self.random = random
            places = environment.conventions.values.sorted { $0.id < $1.id }.compactMap { convention in
                let covered = environment.territory.establishments.filter { convention.covers($0) }
                let routes = BenchmarkTerritory.routableRequests(in: convention)
                return covered.isEmpty || routes.isEmpty ? nil : (convention, Array(covered.prefix(12)), routes)
            }
        }

        mutating func pick<Element>(_ elements: [Element]) -> Element {
            elements[Int(random.next() % UInt64(elements.count))]
        }

        mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

        mutating func seconds(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(random.next() % UInt64(range.upperBound - range.lowerBound + 1))
        }

        /// A weekday between 08:00 and 17:00 (Paris) `daysAgo` days back, or the Friday before a weekend.
        mutating func workingMoment(daysAgo: Int) -> Instant {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .europeParis
            var day = calendar.startOfDay(for: now.date.addingTimeInterval(-Double(daysAgo) * 86_400))
            while calendar.isDateInWeekend(day) { day = day.addingTimeInterval(-86_400) }
            return Instant(day.addingTimeInterval(Double(seconds(8 * 3600...17 * 3600))))
        }

        mutating func ticket() -> TicketStore.ImportedTicket? {
            // Most of the desk is Ille-et-Vilaine's, where the demo accounts work.
            let place = places.first { $0.convention.id.hasPrefix("ille-et-vilaine") && chance(70) } ?? pick(places)
            let convention = place.convention
            // Breakdowns are most of a desk's tickets.
            let breakdowns = place.routes.filter { $0.0.nature == .breakdown }
            let (request, decision, componentName) = pick(chance(55) && !breakdowns.isEmpty ? breakdowns : place.routes)
            let establishment = pick(place.establishments)
            let opened = workingMoment(daysAgo: seconds(0...DemoHistory.days - 1))
            guard opened < now, let calendar = environment.calendars[convention.id] else { return nil }
            let wholeEstablishment = request.nature == .breakdown && chance(35)
            let criticality: Criticality = wholeEstablishment ? .critical : .nonCritical
            let party = convention.party(code: decision.partyCode)
            let agent = Self.agent(of: party?.partnerCode)
            let requester = Self.requester(of: establishment, in: environment.territory, principal: chance(50))

            // The status path the ticket went through, cut at today.
            var changes: [StatusChange] = []
            var events: [TicketEvent] = []
            var at = opened
            let now = self.now
            func step(_ status: TicketStatus, after delay: Int, by actor: String, comment: String? = nil) -> Bool {
                let next = at.adding(seconds: delay)
                guard next < now else { return false }
                events.append(TicketEvent(id: UUID(), at: next, actor: actor,
                                          fact: .statusChanged(from: changes.last?.status ?? .new, to: status, comment: comment)))
                changes.append(StatusChange(status: status, at: next))
                at = next
                return true
            }
            let path = pick(Self.paths)
            // A slow pick-up now and then, so that some clocks breach.
            let pickupDelay = chance(20) ? seconds(86_400...4 * 86_400) : seconds(600...4 * 3600)
            for (index, status) in path.enumerated() {
                let delay = index == 0 ? pickupDelay : seconds(1800...3 * 86_400)
                let actor = status == .closed ? requester.email : agent
                guard step(status, after: delay, by: actor) else { break }
                if status == .takenInCharge, chance(45) {
                    events.append(TicketEvent(id: UUID(), at: at.adding(seconds: 300), actor: agent,
                                              fact: .reply(pick(Self.replies))))
                }
                if status == .waitingForRequester {
                    events.append(TicketEvent(id: UUID(), at: at, actor: agent, fact: .reply(pick(Self.questions))))
                }
                if status == .inProgress, chance(25), let partner = party?.partnerCode {
                    events.append(TicketEvent(id: UUID(), at: at.adding(seconds: 600), actor: agent,
                                              fact: .internalNote(pick(Self.notes), audience: partner)))
                }
            }
            let status = changes.last?.status ?? .new

            // Handed over from another party, or moved up to the party's expert team, now and then.
            if let other = convention.parties.first(where: { $0.code != decision.partyCode && $0.partnerCode != nil }),
               chance(7) {
                events.append(TicketEvent(id: UUID(), at: opened.adding(seconds: 900), actor: Self.agent(of: other.partnerCode),
                                          fact: .transfer(fromParty: other.code, toParty: decision.partyCode,
                                                          reason: "Relève de \(decision.partyCode) selon la convention.",
                                                          overridesConvention: false)))
            }
            let directory = environment.teams[convention.id]
            let team = directory?.assign(TeamRoutingRequest(partyCode: decision.partyCode, componentID: request.componentID,
                                                           establishmentUAI: establishment.uai.value,
                                                           activity: decision.activity))?.team
            if let team, let guichet = directory?.teams(of: decision.partyCode).first(where: \.isDefault),
               guichet.code != team.code, !changes.isEmpty {
                events.append(TicketEvent(id: UUID(), at: changes[0].at.adding(seconds: 120), actor: agent,
                                          fact: .teamChanged(from: guichet.code, to: team.code, movement: .escalation,
                                                             reason: "Qualification faite par le guichet")))
            }

            // The clocks as the convention's calendar counts them, their breaches recorded where they fell.
            let commitment = convention.serviceLevels.first { $0.criticality == criticality && $0.partyCode == decision.partyCode }
            let timeline = TicketTimeline(openedAt: opened, changes: changes)
            let clocks = commitment.flatMap { try? calendar.clocks(for: $0, timeline: timeline, now: now) } ?? []
            var alerts: [ServiceLevelAlert] = []
            for clock in clocks where WorkingCalendar.watchedClocks.contains(clock.kind) && clock.state == .breached {
                guard let deadline = clock.deadline, deadline < now else { continue }
                alerts.append(ServiceLevelAlert(clock: clock.kind, kind: .breach, dueAt: deadline, at: deadline))
                events.append(TicketEvent(id: UUID(), at: deadline, actor: "system",
                                          fact: .serviceLevel(clock: clock.kind, alert: .breach, dueAt: deadline)))
            }
            func outcome(_ kind: ServiceLevelClock.Kind) -> ServiceLevelClock.State? {
                clocks.first { $0.kind == kind && $0.stoppedAt != nil }?.state
            }
            let due = (try? calendar.due(for: commitment, timeline: timeline, isOpen: status.isOpen,
                                         risk: environment.settings.serviceLevelRisk)) ?? .none
            let resolved = changes.last { $0.status == .resolved }?.at
            let rating: TicketRating? = status == .closed && chance(65)
                ? TicketRating(score: pick([5, 5, 5, 4, 4, 4, 3, 2]), comment: chance(40) ? pick(Self.ratingComments) : nil,
                               ratedBy: requester.email, at: at.adding(seconds: 3600))
                : nil
            events.sort { $0.at < $1.at }
            let ticket = Ticket(
                id: UUID(), reference: "", conventionID: convention.id, establishmentUAI: establishment.uai.value,
                requesterName: requester.name, requesterEmail: requester.email, filedBy: requester.email,
                kind: request.nature == .breakdown ? .incident : .request, componentID: request.componentID,
                componentName: componentName, nature: request.nature, activity: decision.activity, context: request.context,
                assetReference: nil, impactsWholeEstablishment: wholeEstablishment, criticality: criticality,
                title: Self.title(componentName, request.nature, &random), description: pick(Self.descriptions),
                status: status, partyCode: decision.partyCode, partnerCode: party?.partnerCode, teamCode: team?.code,
                informedCodes: decision.informedCodes, routingReason: decision.reason, openedAt: opened,
                updatedAt: events.last.map { max($0.at, opened) } ?? opened,
                resolvedAt: status == .resolved || status == .closed ? resolved : nil,
                pickedUpAt: changes.first?.at, pickupOutcome: outcome(.pickup),
                restorationOutcome: status.isOpen ? nil : outcome(.restoration), serviceLevelDueAt: due.next,
                serviceLevelWarningAt: due.nextWarning, pickupDueAt: due.deadline(of: .pickup),
                restorationDueAt: due.deadline(of: .restoration), version: 1 + changes.count)
            return TicketStore.ImportedTicket(ticket: ticket, due: due, events: events, alerts: alerts, rating: rating)
        }

        /// The paths of a desk's tickets, cut at today: the older a ticket, the further along.
        static let paths: [[TicketStatus]] = [
            [.takenInCharge, .inProgress, .resolved, .closed],
            [.takenInCharge, .inProgress, .resolved, .closed],
            [.takenInCharge, .resolved, .closed],
            [.takenInCharge, .diagnosed, .inProgress, .resolved, .closed],
            [.takenInCharge, .waitingForRequester, .inProgress, .resolved, .closed],
            [.takenInCharge, .waitingForThirdParty, .inProgress, .resolved],
            [.takenInCharge, .inProgress, .resolved],
            [.takenInCharge, .waitingForRequester],
            [.takenInCharge, .waitingForThirdParty],
            [.takenInCharge, .inProgress],
            [.takenInCharge, .diagnosed],
            [.takenInCharge],
            [],
        ]

        static func agent(of partnerCode: String?) -> String {
            switch partnerCode {
            case "CD35": "dsi@cd35.demo.entente.fr"
            case "AC-RENNES": "assistance@ac-rennes.demo.entente.fr"
            case let code?: "assistance@\(code.lowercased()).demo.entente.fr"
            case nil: "referent-numerique@etablissement.demo.entente.fr"
            }
        }

        /// The demo college's own accounts file its tickets; elsewhere, the school's office.
        static func requester(of establishment: Establishment,
                              in territory: DemoTerritory, principal: Bool) -> (name: String, email: String) {
            let domain = "\(establishment.uai.value.lowercased()).demo.entente.fr"
            guard DemoAccounts.accounts(for: territory).contains(where: { $0.establishmentUAI == establishment.uai.value }) else {
                return ("Secrétariat — \(establishment.name)", "secretariat@\(domain)")
            }
            return principal
                ? ("Principal·e — \(establishment.name)", "principal@\(domain)")
                : ("Enseignant·e — \(establishment.name)", "enseignant@\(domain)")
        }

        static func title(_ component: String, _ nature: WorkNature, _ random: inout SplitMix64) -> String {
            let rooms = ["salle 12", "CDI", "salle des professeurs", "bâtiment B", "vie scolaire", "salle 104", "gymnase"]
            let room = rooms[Int(random.next() % UInt64(rooms.count))]
            return switch nature {
            case .breakdown: "\(component) : panne en \(room)"
            case .configuration: "\(component) : droits à ouvrir pour la \(room)"
            case .question: "\(component) : question d'utilisation"
            case .training: "\(component) : accompagnement de l'équipe (\(room))"
            case .installation: "\(component) : installation en \(room)"
            case .supply: "\(component) : équipement à fournir pour la \(room)"
            }
        }

        static let descriptions = [
            "Constaté ce matin à l'ouverture ; plusieurs classes sont concernées.",
            "Le problème revient depuis la rentrée, d'abord par intermittence puis tous les jours.",
            "Demande faite par l'équipe de direction après le conseil pédagogique.",
            "Un message d'erreur s'affiche à la connexion ; capture disponible sur demande.",
        ]
        static let replies = [
            "Bonjour, nous prenons votre demande en charge et revenons vers vous dans la journée.",
            "Un technicien passera dans l'établissement lors de sa prochaine tournée.",
            "Bonjour, nous avons identifié la cause et préparons l'intervention.",
        ]
        static let questions = [
            "Pouvez-vous nous indiquer le numéro d'inventaire de l'équipement concerné ?",
            "Le problème touche-t-il tous les postes de la salle ou seulement certains ?",
        ]
        static let notes = [
            "Contrôleur redémarré à distance ; surveiller les journaux demain matin.",
            "Pièce commandée chez le prestataire, livraison annoncée sous 48 h.",
        ]
        static let ratingComments = ["Intervention rapide, merci.", "Résolu mais après plusieurs relances.", "Très bon suivi."]
    }
}
