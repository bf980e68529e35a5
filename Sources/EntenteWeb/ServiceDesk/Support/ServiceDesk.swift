import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Vapor

/// The service desk's operations for one signed-in user, shared by the pages and the API: file,
/// find, move, reply. Each checks the user's rights before it writes anything. It knows no request:
/// the user, the environment (conventions, calendars, teams, the clock, the mail notifier), the
/// database its stores write to, and where to log.
struct ServiceDesk {
    let user: SignedInUser
    let environment: EntenteApp.Environment
    let database: any Database
    let logger: Logger

    enum Refusal: Error, Equatable {
        /// The intake cannot be accepted as it is; nothing was written.
        case problems([TicketIntake.Field: TicketIntake.Problem])
        case forbidden
        case notFound
        case workflow(TicketWorkflowError)
        /// Someone changed the ticket since `version`; nothing was written.
        case stale(version: Int)
        case transfer(TicketTransfer.Refusal)
        case team(TeamReassignment.Refusal)
    }

    // MARK: Filing

    /// Files a ticket for an establishment the user may file for; members always file for their own.
    /// An `attachment` (the intake form's optional file) is checked before anything is written and lands
    /// with the ticket in one transaction; a refused one throws its `AttachmentRefusal`.
    /// A ticket about a device of the inventory (its `assetReference` is the device's inventory number
    /// or serial) is routed by the device's funding and network zone, which the inventory knows better
    /// than the requester.
    func file(_ intake: TicketIntake, establishmentUAI: String?, requesterEmail: String?,
              attachment: IntakeAttachment? = nil) async throws -> FiledTicket {
        guard user.role != .observer else { throw Refusal.forbidden }
        let uai = user.role == .establishmentMember ? user.establishmentUAI : establishmentUAI
        guard let uai, let establishment = try await Self.establishment(uai, on: database),
              let convention = Self.convention(covering: establishment, in: environment),
              mayFile(for: establishment, under: convention) else {
            throw Refusal.problems([.establishment: .notCovered])
        }
        var intake = intake
        if let reference = intake.assetReference?.trimmingCharacters(in: .whitespaces), !reference.isEmpty,
           let asset = try await AssetStore(database: database).asset(reference: reference, in: establishment.uai) {
            intake.context = ResponsibilityContext(funding: asset.details.funding.origin, zone: asset.details.zone ?? intake.context.zone)
        }
        let accepted: (decision: RoutingDecision, criticality: Criticality, componentName: String)
        do { accepted = try intake.accepted(by: convention, for: establishment) } catch {
            throw Refusal.problems(error.byField)
        }
        let file = try attachment.map { try checked($0) }
        let openedAt = environment.now()
        let filed = try await create(TicketStore.NewTicket(
            conventionID: convention.id, establishmentUAI: establishment.uai.value,
            requesterName: intake.requesterName.trimmingCharacters(in: .whitespacesAndNewlines),
            requesterEmail: requesterEmail ?? (user.role == .establishmentMember ? user.email : nil), filedBy: user.email,
            kind: intake.kind, componentID: intake.componentID, componentName: accepted.componentName,
            nature: intake.nature, context: intake.context, assetReference: intake.assetReference,
            impactsWholeEstablishment: intake.impactsWholeEstablishment, criticality: accepted.criticality,
            title: intake.title.trimmingCharacters(in: .whitespacesAndNewlines),
            description: intake.description.trimmingCharacters(in: .whitespacesAndNewlines),
            decision: accepted.decision, partnerCode: convention.party(code: accepted.decision.partyCode)?.partnerCode,
            team: environment.teams[convention.id]?.assign(TeamRoutingRequest(
                partyCode: accepted.decision.partyCode, componentID: intake.componentID,
                establishmentUAI: establishment.uai.value, activity: accepted.decision.activity)),
            serviceLevelDue: Self.serviceLevelDue(conventionID: convention.id, partyCode: accepted.decision.partyCode,
                                                  criticality: accepted.criticality, openedAt: Instant(openedAt), changes: [],
                                                  isOpen: true, in: environment)),
            at: openedAt, attachment: file)
        let record = filed.ticket
        await environment.notifier.ticketArrived(record, .routed, on: database, logger: logger)
        let informed = accepted.decision.informedCodes.compactMap { convention.party(code: $0)?.partnerCode }
            .filter { $0 != record.partnerCode }
        await environment.notifier.partiesInformed(record, partners: informed, on: database, logger: logger)
        await notify(.filed, about: record)
        return filed
    }

    /// Where the user may file: members their establishment, agents the establishments of their
    /// conventions, administrators every covered one.
    var allowedEstablishments: [Establishment] {
        environment.territory.establishments.filter { establishment in
            Self.convention(covering: establishment, in: environment).map { mayFile(for: establishment, under: $0) } ?? false
        }
    }

    /// Whether the user may file for `establishment`, which `convention` covers.
    func mayFile(for establishment: Establishment, under convention: Convention) -> Bool {
        switch user.role {
        case .establishmentMember: establishment.uai.value == user.establishmentUAI
        case .administrator: true
        case .observer: false
        case .partnerAgent: convention.parties.contains { $0.partnerCode != nil && $0.partnerCode == user.partnerCode }
        }
    }

    // MARK: One ticket

    /// The ticket if the user may read it; `notFound` otherwise, so that ids cannot be probed.
    func readable(_ id: UUID?) async throws -> (Ticket, TicketAccessFacts) {
        guard let id, let ticket = try await TicketStore(database: database).find(id: id) else { throw Refusal.notFound }
        return try readable(ticket)
    }

    /// The same for a ticket in hand (just written, say), without reading it again.
    func readable(_ ticket: Ticket) throws -> (Ticket, TicketAccessFacts) {
        let partners = Set(environment.conventions[ticket.conventionID]?.parties.compactMap(\.partnerCode) ?? [])
        let facts = TicketAccessFacts(establishmentUAI: ticket.establishmentUAI, responsiblePartner: ticket.partnerCode,
                                      conventionPartners: partners)
        guard TicketAccess.canRead(user.viewer, facts) else { throw Refusal.notFound }
        return (ticket, facts)
    }

    /// The audit entries about the ticket this user may read (none for most of its requesters' side).
    func audit(of ticket: Ticket, _ facts: TicketAccessFacts) async throws -> [AuditEntry] {
        guard TicketAccess.canReadAudit(user.viewer, facts) else { return [] }
        let entries = try await AuditTrail(database: database).entries(about: ticket.reference)
        guard !TicketAccess.canReadInternalAuditEntries(user.viewer) else { return entries }
        // An entry whose action is no longer known may name anything: kept from all but administrators.
        return entries.filter { $0.action?.isInternal == false }
    }

    /// The moves this user may make on the ticket now.
    func actions(on ticket: Ticket, _ facts: TicketAccessFacts) -> [TicketAction] {
        let canHandle = TicketAccess.canHandle(user.viewer, facts)
        let canRequesterAct = TicketAccess.canCloseOrReopen(user.viewer, facts)
        return environment.workflow.allowedActions(from: ticket.status).filter { action in
            action.isRequesterAction ? canRequesterAct : canHandle
        }
    }

    func move(_ ticket: Ticket, _ facts: TicketAccessFacts, action: TicketAction, version: Int,
              comment: String?) async throws -> Ticket {
        let allowed = action.isRequesterAction ? TicketAccess.canCloseOrReopen(user.viewer, facts)
            : TicketAccess.canHandle(user.viewer, facts)
        guard allowed else { throw Refusal.forbidden }
        if let comment, !TicketIntake.fits(comment, TicketIntake.descriptionLimit) {
            throw Refusal.problems([.description: .tooLong(max: TicketIntake.descriptionLimit)])
        }
        let now = environment.now()
        let next: TicketStatus
        do {
            next = try environment.workflow.apply(action, to: ticket.status,
                                                  resolvedAt: ticket.resolvedAt, now: Instant(now))
        } catch {
            throw Refusal.workflow(error)
        }
        let changed: Ticket
        do {
            changed = try await TicketStore(database: database).changeStatus(
                of: ticket.id, expectedVersion: version, to: next, actor: user.email,
                comment: comment.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }, at: now,
                outcomes: { changes in
                    let clocks = clocks(of: ticket, changes: changes)
                    let outcome = { (kind: ServiceLevelClock.Kind) in
                        clocks.first { $0.kind == kind && $0.stoppedAt != nil }?.state
                    }
                    return TicketStore.ClockOutcomes(pickup: outcome(.pickup), restoration: outcome(.restoration),
                                                     due: Self.serviceLevelDue(of: ticket, status: next, changes: changes,
                                                                               in: environment))
                })
        } catch TicketStore.Failure.stale {
            throw Refusal.stale(version: version)
        }
        if !action.isRequesterAction {
            await environment.notifier.requesterInformed(changed, .statusChanged, logger: logger)
        }
        await notify(.statusChanged, about: changed, detail: next.rawValue)
        return changed
    }

    /// A reply (seen by the requester's side) or an internal note (seen by the writer's party only).
    func addMessage(to ticket: Ticket, _ facts: TicketAccessFacts, body: String, isInternal: Bool) async throws {
        guard TicketIntake.fits(body, TicketIntake.descriptionLimit) else {
            throw Refusal.problems([.description: .tooLong(max: TicketIntake.descriptionLimit)])
        }
        let body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw Refusal.problems([.description: .required]) }
        let audience: String?
        if isInternal {
            guard user.role != .observer, let own = TicketAccess.noteAudience(of: user.viewer) else { throw Refusal.forbidden }
            audience = own
        } else {
            guard TicketAccess.canReply(user.viewer, facts) else { throw Refusal.forbidden }
            audience = nil
        }
        try await TicketStore(database: database).addMessage(to: ticket.id, actor: user.displayName,
                                                               body: body, audience: audience, at: environment.now())
        if audience == nil, user.role != .establishmentMember {
            await environment.notifier.requesterInformed(ticket, .reply(author: user.displayName, text: body), logger: logger)
        }
        await notify(audience.map { .internalNote(audience: $0) } ?? .reply, about: ticket)
    }

    /// Hands the ticket to another party of its convention; only its current handler may.
    func transfer(_ ticket: Ticket, _ facts: TicketAccessFacts, _ transfer: TicketTransfer, version: Int) async throws -> Ticket {
        guard TicketAccess.canHandle(user.viewer, facts), user.role != .establishmentMember || ticket.partnerCode == nil else {
            throw Refusal.forbidden
        }
        guard let convention = environment.conventions[ticket.conventionID] else { throw Refusal.notFound }
        let activity = ticket.activity
        let override: Bool
        do {
            override = try transfer.check(in: convention, componentID: ticket.componentID, activity: activity,
                                          currentParty: ticket.partyCode)
        } catch {
            throw Refusal.transfer(error)
        }
        let moved: Ticket
        do {
            // The new party's own rules place the ticket in one of its teams, as at creation.
            let team = environment.teams[convention.id]?.assign(TeamRoutingRequest(
                partyCode: transfer.toPartyCode, componentID: ticket.componentID,
                establishmentUAI: ticket.establishmentUAI, activity: activity))?.team
            moved = try await TicketStore(database: database).transfer(
                ticket.id, expectedVersion: version, toParty: transfer.toPartyCode,
                partner: convention.party(code: transfer.toPartyCode)?.partnerCode, team: team,
                reason: transfer.reason.trimmingCharacters(in: .whitespacesAndNewlines), overridesConvention: override,
                actor: user.email, at: environment.now(), due: { [environment] changes in
                    Self.serviceLevelDue(of: ticket, partyCode: transfer.toPartyCode, changes: changes, in: environment)
                })
        } catch TicketStore.Failure.stale {
            throw Refusal.stale(version: version)
        }
        await environment.notifier.ticketArrived(moved, .transferred(fromParty: ticket.partyCode, reason: transfer.reason),
                                                 on: database, logger: logger)
        await notify(.transferred, about: moved, detail: moved.partyCode)
        return moved
    }

    // MARK: Teams

    /// The teams of the ticket's party, in their order (empty: the party has none).
    func teams(of ticket: Ticket) -> [Team] {
        environment.teams[ticket.conventionID]?.teams(of: ticket.partyCode) ?? []
    }

    /// The teams a queue may be narrowed to: an agent's own party's, everyone's for administrators
    /// and observers, none for establishment members (their queue is their establishment's).
    /// The parties a queue may be narrowed to: those of the conventions in the user's reach, once per code.
    var filterableParties: [ConventionParty] {
        let conventions: [Convention] = switch user.role {
        case .administrator: environment.conventions.values.sorted { $0.id < $1.id }
        case .partnerAgent, .observer: Self.conventions(of: user.partnerCode, in: environment)
        case .establishmentMember: []
        }
        var seen = Set<String>()
        return conventions.flatMap(\.parties).filter { seen.insert($0.code).inserted }
    }

    var filterableTeams: [Team] {
        let all = environment.teams.keys.sorted().compactMap { environment.teams[$0] }
        switch user.role {
        case .administrator: return all.flatMap(\.teams)
        case .observer:
            return Self.conventions(of: user.partnerCode, in: environment).flatMap { environment.teams[$0.id]?.teams ?? [] }
        case .establishmentMember: return []
        case .partnerAgent:
            return Self.conventions(of: user.partnerCode, in: environment).flatMap { convention -> [Team] in
                guard let party = convention.partyCode(forPartner: user.partnerCode ?? "") else { return [] }
                return environment.teams[convention.id]?.teams(of: party) ?? []
            }
        }
    }

    /// The ticket's team, if its party has teams and still has this one.
    func team(of ticket: Ticket) -> Team? {
        ticket.teamCode.flatMap { environment.teams[ticket.conventionID]?.team(code: $0) }
    }

    /// Changing team is the handling party's agents' job (and administrators'): an establishment
    /// handling an EPLE ticket has no teams, and observers only read.
    func mayChangeTeam(_ ticket: Ticket, _ facts: TicketAccessFacts) -> Bool {
        (user.role == .administrator || user.role == .partnerAgent) && TicketAccess.canHandle(user.viewer, facts)
    }

    /// The teams the user may move the ticket to now (empty: no form).
    func teamTargets(_ ticket: Ticket, _ facts: TicketAccessFacts) -> [Team] {
        guard ticket.status.isOpen, mayChangeTeam(ticket, facts) else { return [] }
        return teams(of: ticket).filter { $0.code != ticket.teamCode }
    }

    /// Escalates, de-escalates or reassigns the ticket within its party, with a reason.
    func changeTeam(_ ticket: Ticket, _ facts: TicketAccessFacts, _ change: TeamReassignment,
                    version: Int) async throws -> Ticket {
        guard mayChangeTeam(ticket, facts) else { throw Refusal.forbidden }
        let directory = environment.teams[ticket.conventionID] ?? TeamDirectory(conventionID: ticket.conventionID, teams: [])
        let target: (team: Team, movement: TeamReassignment.Movement)
        do {
            target = try change.check(in: directory, partyCode: ticket.partyCode, currentTeamCode: ticket.teamCode,
                                      status: ticket.status)
        } catch {
            throw Refusal.team(error)
        }
        let changed: Ticket
        do {
            changed = try await TicketStore(database: database).changeTeam(
                of: ticket.id, expectedVersion: version, to: target.team, movement: target.movement,
                reason: change.reason.trimmingCharacters(in: .whitespacesAndNewlines), actor: user.email,
                at: environment.now(), due: { [environment] changes in
                    Self.serviceLevelDue(of: ticket, changes: changes, in: environment)
                })
        } catch TicketStore.Failure.stale {
            throw Refusal.stale(version: version)
        }
        await notify(.teamChanged, about: changed, detail: target.team.label)
        return changed
    }

    /// Whether the user may rate the ticket now: the requester's side, once it is closed.
    func canRate(_ ticket: Ticket, _ facts: TicketAccessFacts) -> Bool {
        ticket.status == .closed && user.role == .establishmentMember && TicketAccess.canCloseOrReopen(user.viewer, facts)
    }

    /// The requester's satisfaction, 1 to 5, with an optional comment.
    func rate(_ ticket: Ticket, _ facts: TicketAccessFacts, score: Int, comment: String?) async throws {
        guard canRate(ticket, facts) else { throw Refusal.forbidden }
        guard (1...5).contains(score) else { throw Refusal.problems([.description: .required]) }
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            try await TicketStore(database: database).rate(ticket.id, score: score,
                                                             comment: comment?.isEmpty == false ? comment : nil,
                                                             by: user.email, at: environment.now())
        } catch TicketStore.Failure.alreadyRated {
            throw Refusal.stale(version: ticket.version)
        }
        await notify(.rated, about: ticket, detail: String(score))
    }

    /// The clocks the responsible party's commitment runs on the ticket; the pick-up clock alone
    /// when the history is not given (queues).
    func clocks(of ticket: Ticket, changes: [StatusChange]?) -> [ServiceLevelClock] {
        let now = Instant(environment.now())
        guard let convention = environment.conventions[ticket.conventionID],
              let calendar = environment.calendars[ticket.conventionID],
              let commitment = convention.serviceLevels.first(where: {
                  $0.criticality == ticket.criticality && $0.partyCode == ticket.partyCode
              }) else { return [] }
        guard let changes else {
            let timeline = TicketTimeline(openedAt: ticket.openedAt,
                                          pickedUpAt: ticket.status == .new ? nil : ticket.updatedAt)
            guard let duration = commitment.pickup,
                  let clock = try? calendar.clock(.pickup, duration: duration, timeline: timeline, now: now) else { return [] }
            return [clock]
        }
        let timeline = TicketTimeline(openedAt: ticket.openedAt, changes: changes)
        return (try? calendar.clocks(for: commitment, timeline: timeline, now: now)) ?? []
    }

    // MARK: Lookups

    static func conventions(of partnerCode: String?, in environment: EntenteApp.Environment) -> [Convention] {
        environment.conventions.values.filter { convention in
            convention.parties.contains { $0.partnerCode != nil && $0.partnerCode == partnerCode }
        }.sorted { $0.id < $1.id }
    }

    static func convention(covering establishment: Establishment, in environment: EntenteApp.Environment) -> Convention? {
        environment.conventions.values.sorted { $0.id < $1.id }.first { $0.covers(establishment) }
    }

    static func establishment(_ uai: String, on database: any Database) async throws -> Establishment? {
        try await TerritoryStore(database: database).establishment(uai: uai)
    }
}

/// The one answer to each refusal, for pages (an error page with this status) and the API (`APIError`).
extension ServiceDesk.Refusal: AbortError {
    var status: HTTPResponseStatus {
        switch self {
        case .problems, .transfer, .team: .unprocessableEntity
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .workflow, .stale: .conflict
        }
    }
}

extension Request {
    func requireUser() throws -> SignedInUser {
        guard let user = signedInUser else { throw Abort(.unauthorized) }
        return user
    }

    /// The service desk as the signed-in user works it.
    func serviceDesk() throws -> ServiceDesk {
        ServiceDesk(user: try requireUser(), environment: entente, database: db, logger: logger)
    }
}
