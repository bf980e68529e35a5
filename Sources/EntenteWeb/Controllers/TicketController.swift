import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// The service desk's pages: the queue, the intake form, a ticket and the moves on it.
enum TicketController {
    struct IntakeForm: Content {
        var establishment: String?
        var kind: String?
        var component: String?
        var nature: String?
        var funding: String?
        var zone: String?
        var impacts_whole: String?
        var title: String?
        var description: String?
        var requester_name: String?
        var asset_reference: String?
    }

    // MARK: Queue

    @Sendable static func list(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let statusParameter = request.query[String.self, at: "status"] ?? "open"
        let text = request.query[String.self, at: "q"]
        let page = max(request.query[Int.self, at: "page"] ?? 1, 1)
        var filter = TicketStore.Filter(text: text)
        filter.statuses = statusParameter == "all" ? [] : statusParameter == "open"
            ? TicketStatus.allCases.filter(\.isOpen) : TicketStatus(rawValue: statusParameter).map { [$0] } ?? []
        switch user.role {
        case .administrator, .observer: break
        case .partnerAgent:
            if request.query[String.self, at: "scope"] == "territory" {
                filter.conventionIDs = conventions(of: user.partnerCode, in: request).map(\.id)
            } else {
                filter.partnerCode = user.partnerCode ?? "-"
            }
        case .establishmentMember:
            filter.establishmentUAI = user.establishmentUAI ?? "-"
        }
        let (tickets, total) = try await TicketStore(database: request.db).list(filter, page: page)
        let now = Instant(request.entente.now())
        let rows = tickets.map { ticket in
            TicketsPage.Row(ticket: ticket, pickup: clocks(of: ticket, changes: nil, now: now, in: request).first)
        }
        return TicketsPage(context: PageContext(request), rows: rows, total: total, page: page,
                           status: statusParameter, text: text ?? "",
                           territoryScope: request.query[String.self, at: "scope"] == "territory").render()
    }

    // MARK: Intake

    @Sendable static func newForm(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard user.role != .observer else { throw Abort(.forbidden) }
        return try await intakePage(request, form: IntakeForm(requester_name: user.displayName), problems: [:])
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard user.role != .observer else { throw Abort(.forbidden) }
        let form = try request.content.decode(IntakeForm.self)
        // Members file for their own establishment only, whatever the form says.
        let uai = user.role == .establishmentMember ? user.establishmentUAI : form.establishment
        guard let uai, let establishment = try await establishment(uai, in: request),
              let convention = Self.convention(covering: establishment, in: request),
              allowedEstablishments(for: user, in: request).contains(where: { $0.uai == establishment.uai }) else {
            return try await intakePage(request, form: form, problems: [.establishment: .notCovered], status: .unprocessableEntity)
        }
        let intake = TicketIntake(
            kind: form.kind.flatMap(TicketKind.init(rawValue:)) ?? .incident, componentID: form.component ?? "",
            nature: form.nature.flatMap(WorkNature.init(rawValue:)) ?? .breakdown,
            context: ResponsibilityContext(funding: form.funding.flatMap(FundingOrigin.init(rawValue:)),
                                           zone: form.zone.flatMap(NetworkZone.init(rawValue:))),
            impactsWholeEstablishment: form.impacts_whole != nil, title: form.title ?? "",
            description: form.description ?? "", requesterName: form.requester_name ?? user.displayName,
            assetReference: form.asset_reference.flatMap { $0.isEmpty ? nil : $0 })
        let accepted: (decision: RoutingDecision, criticality: Criticality, componentName: String)
        do { accepted = try intake.accepted(by: convention, for: establishment) } catch {
            return try await intakePage(request, form: form, problems: error.byField, status: .unprocessableEntity)
        }
        let partner = convention.party(code: accepted.decision.partyCode)?.partnerCode
        let record = try await TicketStore(database: request.db).create(TicketStore.NewTicket(
            conventionID: convention.id, establishmentUAI: establishment.uai.value,
            requesterName: intake.requesterName.trimmingCharacters(in: .whitespacesAndNewlines),
            requesterEmail: user.role == .establishmentMember ? user.email : nil, filedBy: user.email,
            kind: intake.kind, componentID: intake.componentID, componentName: accepted.componentName,
            nature: intake.nature, context: intake.context, assetReference: intake.assetReference,
            impactsWholeEstablishment: intake.impactsWholeEstablishment, criticality: accepted.criticality,
            title: intake.title.trimmingCharacters(in: .whitespacesAndNewlines),
            description: intake.description.trimmingCharacters(in: .whitespacesAndNewlines),
            decision: accepted.decision, partnerCode: partner), at: request.entente.now())
        await request.entente.notifier.ticketFiled(record, on: request.db, logger: request.logger)
        return request.redirect(to: SiteURL.ticket(try record.requireID()).path, redirectType: .normal)
    }

    private static func intakePage(_ request: Request, form: IntakeForm, problems: [TicketIntake.Field: TicketIntake.Problem],
                                   status: HTTPStatus = .ok) async throws -> Response {
        let user = try request.requireUser()
        let establishments = allowedEstablishments(for: user, in: request)
        let chosen = establishments.first { $0.uai.value == (user.role == .establishmentMember ? user.establishmentUAI : form.establishment) }
            ?? establishments.first
        let convention = chosen.flatMap { Self.convention(covering: $0, in: request) }
        let response = NewTicketPage(context: PageContext(request), establishments: establishments,
                                     lockedEstablishment: user.role == .establishmentMember, convention: convention,
                                     form: form, problems: problems).render()
        response.status = status
        return response
    }

    // MARK: One ticket

    @Sendable static func show(_ request: Request) async throws -> Response {
        let (user, ticket, facts) = try await readableTicket(request)
        let store = TicketStore(database: request.db)
        let events = try await store.events(of: try ticket.requireID())
        let visible = events.filter { $0.eventKind != .internalNote || TicketAccess.canSeeNote(user.viewer, audience: $0.audience) }
        let now = Instant(request.entente.now())
        let changes = events.compactMap { event -> StatusChange? in
            guard event.eventKind == .status, let status = event.toStatus.flatMap(TicketStatus.init(rawValue:)) else { return nil }
            return StatusChange(status: status, at: Instant(event.at))
        }
        let convention = request.entente.conventions[ticket.conventionID]
        let establishment = try await establishment(ticket.establishmentUAI, in: request)
        let canHandle = TicketAccess.canHandle(user.viewer, facts)
        let canRequesterAct = TicketAccess.canCloseOrReopen(user.viewer, facts)
        let actions = request.entente.workflow.allowedActions(from: ticket.ticketStatus).filter { action in
            action.isRequesterAction ? canRequesterAct : canHandle
        }
        return TicketPage(
            context: PageContext(request), ticket: ticket, convention: convention, establishment: establishment,
            clocks: clocks(of: ticket, changes: changes, now: now, in: request), events: visible, actions: actions,
            canReply: TicketAccess.canReply(user.viewer, facts),
            noteAudience: user.role == .observer ? nil : TicketAccess.noteAudience(of: user.viewer),
            staleVersion: request.query[Int.self, at: "stale"]).render()
    }

    struct StatusForm: Content {
        var action: String
        var version: Int
        var comment: String?
    }

    @Sendable static func changeStatus(_ request: Request) async throws -> Response {
        let (user, ticket, facts) = try await readableTicket(request)
        let form = try request.content.decode(StatusForm.self)
        guard let action = TicketAction(rawValue: form.action) else { throw Abort(.badRequest, reason: "unknown action '\(form.action)'") }
        let allowed = action.isRequesterAction ? TicketAccess.canCloseOrReopen(user.viewer, facts) : TicketAccess.canHandle(user.viewer, facts)
        guard allowed else { throw Abort(.forbidden) }
        let now = request.entente.now()
        let next: TicketStatus
        do {
            next = try request.entente.workflow.apply(action, to: ticket.ticketStatus, resolvedAt: ticket.resolvedAt.map(Instant.init),
                                                      now: Instant(now))
        } catch {
            throw Abort(.conflict, reason: error.description)
        }
        let id = try ticket.requireID()
        do {
            let changed = try await TicketStore(database: request.db).changeStatus(
                of: id, expectedVersion: form.version, to: next, actor: user.email,
                comment: form.comment.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }, at: now)
            if !action.isRequesterAction {
                await request.entente.notifier.requesterInformed(changed, what: "Votre demande a changé de statut.",
                                                                 logger: request.logger)
            }
        } catch TicketStore.Failure.stale {
            return request.redirect(to: SiteURL.ticket(id).path + "?stale=\(form.version)", redirectType: .normal)
        }
        return request.redirect(to: SiteURL.ticket(id).path, redirectType: .normal)
    }

    struct MessageForm: Content {
        var body: String
        var visibility: String?
    }

    @Sendable static func addMessage(_ request: Request) async throws -> Response {
        let (user, ticket, facts) = try await readableTicket(request)
        let form = try request.content.decode(MessageForm.self)
        let body = form.body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty, body.count <= TicketIntake.descriptionLimit else {
            throw Abort(.unprocessableEntity, reason: DeskPhrase.fieldRequired.text(PageContext(request).language))
        }
        let audience: String?
        if form.visibility == "internal" {
            guard user.role != .observer, let own = TicketAccess.noteAudience(of: user.viewer) else { throw Abort(.forbidden) }
            audience = own
        } else {
            guard TicketAccess.canReply(user.viewer, facts) else { throw Abort(.forbidden) }
            audience = nil
        }
        let id = try ticket.requireID()
        try await TicketStore(database: request.db).addMessage(to: id, actor: user.displayName, body: body,
                                                               audience: audience, at: request.entente.now())
        if audience == nil, user.role != .establishmentMember {
            await request.entente.notifier.requesterInformed(ticket, what: "Réponse de \(user.displayName) :\n\n\(body)",
                                                             logger: request.logger)
        }
        return request.redirect(to: SiteURL.ticket(id).path + "#historique", redirectType: .normal)
    }

    // MARK: Shared lookups

    /// The ticket of the URL if the user may read it; 404 otherwise, so that ids cannot be probed.
    private static func readableTicket(_ request: Request) async throws -> (SignedInUser, TicketRecord, TicketAccessFacts) {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id", as: UUID.self),
              let ticket = try await TicketStore(database: request.db).find(id: id) else { throw Abort(.notFound) }
        let partners = Set(request.entente.conventions[ticket.conventionID]?.parties.compactMap(\.partnerCode) ?? [])
        let facts = TicketAccessFacts(establishmentUAI: ticket.establishmentUAI, responsiblePartner: ticket.partnerCode,
                                      conventionPartners: partners)
        guard TicketAccess.canRead(user.viewer, facts) else { throw Abort(.notFound) }
        return (user, ticket, facts)
    }

    /// The clocks the responsible party's commitment runs on the ticket; the pick-up clock alone
    /// when the history is not given (queues).
    static func clocks(of ticket: TicketRecord, changes: [StatusChange]?, now: Instant, in request: Request) -> [ServiceLevelClock] {
        guard let convention = request.entente.conventions[ticket.conventionID],
              let calendar = request.entente.calendars[ticket.conventionID],
              let commitment = convention.serviceLevels.first(where: {
                  $0.criticality == ticket.ticketCriticality && $0.partyCode == ticket.partyCode
              }) else { return [] }
        let timeline = changes.map { TicketTimeline(openedAt: Instant(ticket.openedAt), changes: $0) }
            ?? TicketTimeline(openedAt: Instant(ticket.openedAt), pickedUpAt: ticket.ticketStatus == .new ? nil : Instant(ticket.updatedAt))
        if changes == nil {
            guard let duration = commitment.pickup,
                  let clock = try? calendar.clock(.pickup, duration: duration, timeline: timeline, now: now) else { return [] }
            return [clock]
        }
        return (try? calendar.clocks(for: commitment, timeline: timeline, now: now)) ?? []
    }

    static func conventions(of partnerCode: String?, in request: Request) -> [Convention] {
        request.entente.conventions.values.filter { convention in
            convention.parties.contains { $0.partnerCode != nil && $0.partnerCode == partnerCode }
        }.sorted { $0.id < $1.id }
    }

    static func convention(covering establishment: Establishment, in request: Request) -> Convention? {
        request.entente.conventions.values.sorted { $0.id < $1.id }.first { $0.covers(establishment) }
    }

    /// Where a user may file: members their establishment, agents the establishments of their
    /// conventions, administrators every covered one.
    static func allowedEstablishments(for user: SignedInUser, in request: Request) -> [Establishment] {
        let covered = request.entente.territory.establishments.filter { Self.convention(covering: $0, in: request) != nil }
        switch user.role {
        case .establishmentMember: return covered.filter { $0.uai.value == user.establishmentUAI }
        case .administrator: return covered
        case .observer: return []
        case .partnerAgent:
            let ids = Set(conventions(of: user.partnerCode, in: request).map(\.id))
            return covered.filter { Self.convention(covering: $0, in: request).map { ids.contains($0.id) } ?? false }
        }
    }

    static func establishment(_ uai: String, in request: Request) async throws -> Establishment? {
        try await EstablishmentRecord.find(uai, on: request.db)?.establishment
    }
}

extension Request {
    func requireUser() throws -> SignedInUser {
        guard let user = signedInUser else { throw Abort(.unauthorized) }
        return user
    }
}
