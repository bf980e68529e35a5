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
        /// One optional file (multipart form); a browser sends an empty, nameless part when none is chosen.
        var file: File?

        /// The file chosen, if any.
        var attachment: IntakeAttachment? {
            guard let file, !file.filename.isEmpty || file.data.readableBytes > 0 else { return nil }
            return IntakeAttachment(fileName: file.filename, content: Data(file.data.readableBytesView))
        }
    }

    // MARK: Queue

    /// The queue's filters as the query string gave them (echoed in the form) and as the core read them.
    struct QueueQuery {
        var raw: [String: String]
        var parsed: TicketQueueQuery
        /// What is wrong, by parameter: shown next to the field, and the queue is then empty (400).
        var problems: [TicketQueueQuery.Parameter: TicketQueueQuery.Problem]

        init(_ request: Request) {
            raw = QueryParameters.of(request)
            (parsed, problems) = TicketQueueQuery.parse(raw)
        }

        /// The value as typed, for the form.
        subscript(_ parameter: TicketQueueQuery.Parameter) -> String { raw[parameter.rawValue] ?? "" }
    }

    /// The user's scope narrowed by the query's filters; nil when they ask for an establishment outside it.
    static func filter(_ query: TicketQueueQuery, for user: SignedInUser, in environment: EntenteApp.Environment) -> TicketStore.Filter? {
        var filter = queueFilter(for: user, territory: query.scope == .territory, in: environment)
        filter.text = query.text
        filter.componentID = query.componentID
        filter.partyCode = query.partyCode
        filter.teamCode = query.teamCode
        filter.serviceLevel = query.serviceLevel.map { ($0, environment.now()) }
        filter.soonestDueFirst = query.order == .due
        (filter.openedFrom, filter.openedBefore) = (query.period.start?.date, query.period.end?.date)
        filter.statuses = query.status.statuses
        if let establishment = query.establishmentUAI {
            // Narrows the caller's scope, never widens it: a member asking for another school gets nothing.
            if let own = filter.establishmentUAI, own != establishment { return nil }
            filter.establishmentUAI = establishment
        }
        return filter
    }

    @Sendable static func list(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let query = QueueQuery(request)
        var (tickets, total): ([Ticket], Int) = ([], 0)
        if query.problems.isEmpty, let filter = filter(query.parsed, for: desk.user, in: request.entente) {
            (tickets, total) = try await TicketStore(database: request.db).list(filter, offset: query.parsed.offset,
                                                                                limit: query.parsed.perPage)
        }
        let rows = tickets.map { TicketsPage.Row(ticket: $0, pickup: desk.clocks(of: $0, changes: nil).first, team: desk.team(of: $0),
                                                 standing: desk.standing(of: $0)) }
        let response = TicketsPage(context: PageContext(request), rows: rows, total: total, query: query,
                                   teams: desk.filterableTeams, parties: desk.filterableParties).render()
        // A value that is not one: the form says which, next to the field.
        if !query.problems.isEmpty { response.status = .badRequest }
        return response
    }

    /// The filtered queue as CSV (up to 10,000 rows), for spreadsheets.
    @Sendable static func listCSV(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let query = QueueQuery(request)
        if let (parameter, problem) = query.problems.min(by: { $0.key.rawValue < $1.key.rawValue }) {
            throw Abort(.badRequest, reason: QueryProblemText.message(parameter, problem, PageContext(request).language))
        }
        var tickets: [Ticket] = []
        if let filter = filter(query.parsed, for: desk.user, in: request.entente) {
            tickets = try await TicketStore(database: request.db).list(filter, offset: 0, limit: 10_000).tickets
        }
        let header = ["reference", "objet", "etablissement", "composant", "statut", "responsable", "equipe", "criticite",
                      "ouverte_le", "prise_en_charge", "retablissement", "niveau_de_service", "echeance"]
        let rows = tickets.map { ticket in
            [ticket.reference, ticket.title, ticket.establishmentUAI, ticket.componentName, ticket.status.rawValue,
             ticket.partyCode, ticket.teamCode ?? "", ticket.criticality.rawValue, ticket.openedAt.iso8601(in: .europeParis),
             ticket.pickupOutcome?.rawValue ?? "", ticket.restorationOutcome?.rawValue ?? "",
             desk.standing(of: ticket)?.rawValue ?? "", ticket.serviceLevelDueAt?.iso8601(in: .europeParis) ?? ""]
        }
        return CSVDocument(header: header, rows: rows).response(fileName: "demandes.csv")
    }

    /// Whose tickets a user's queue holds: an agent's party (or, read-only, their whole territory),
    /// a member's establishment, everything for administrators and observers.
    static func queueFilter(for user: SignedInUser, territory: Bool, in environment: EntenteApp.Environment) -> TicketStore.Filter {
        var filter = TicketStore.Filter()
        switch user.role {
        case .administrator: break
        case .observer:
            filter.conventionIDs = ServiceDesk.conventions(of: user.partnerCode, in: environment).map(\.id)
        case .partnerAgent:
            if territory {
                filter.conventionIDs = ServiceDesk.conventions(of: user.partnerCode, in: environment).map(\.id)
            } else {
                filter.partnerCode = user.partnerCode ?? "-"
            }
        case .establishmentMember:
            filter.establishmentUAI = user.establishmentUAI ?? "-"
        }
        return filter
    }

    // MARK: Intake

    @Sendable static func newForm(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        guard desk.user.role != .observer else { throw Abort(.forbidden) }
        var form = IntakeForm(requester_name: desk.user.displayName)
        // From an asset's page (or its label): the form is about that device, routed by what the inventory knows.
        if let id = request.query[UUID.self, at: "asset"], let asset = try await AssetStore(database: request.db).asset(id),
           InventoryScope(user: desk.user, environment: request.entente).canRead(asset.details.establishment) {
            form.establishment = asset.details.establishment.value
            form.component = asset.details.componentID
            form.funding = asset.details.funding.origin.rawValue
            form.zone = asset.details.zone?.rawValue
            form.asset_reference = asset.details.inventoryNumber
        }
        return intakePage(desk, PageContext(request), form: form, problems: [:])
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let form = try request.content.decode(IntakeForm.self)
        // A value the form never offers is refused with the form's other problems, not replaced by a default.
        var choiceProblems: [TicketIntake.Field: TicketIntake.Problem] = [:]
        func choice<Choice: RawRepresentable & CaseIterable>(_ text: String?, _ field: TicketIntake.Field) -> Choice?
            where Choice.RawValue == String {
            guard let text, !text.isEmpty else { return nil }
            guard let value = Choice(rawValue: text) else {
                choiceProblems[field] = .notOneOf(Choice.allCases.map(\.rawValue))
                return nil
            }
            return value
        }
        let intake = TicketIntake(
            kind: choice(form.kind, .kind) ?? .incident, componentID: form.component ?? "",
            nature: choice(form.nature, .nature) ?? .breakdown,
            context: ResponsibilityContext(funding: choice(form.funding, .funding), zone: choice(form.zone, .zone)),
            impactsWholeEstablishment: form.impacts_whole != nil, title: form.title ?? "",
            description: form.description ?? "", requesterName: form.requester_name ?? desk.user.displayName,
            assetReference: form.asset_reference.flatMap { $0.isEmpty ? nil : $0 })
        // The file's verdict is shown with the form's other problems, whichever the desk meets first.
        var fileProblem: AttachmentRefusal?
        if let attachment = form.attachment {
            do { _ = try desk.checked(attachment) } catch { fileProblem = error as? AttachmentRefusal }
        }
        guard choiceProblems.isEmpty else {
            return intakePage(desk, PageContext(request), form: form, problems: choiceProblems, fileProblem: fileProblem, status: .unprocessableEntity)
        }
        do {
            let record = try await desk.file(intake, establishmentUAI: form.establishment, requesterEmail: nil,
                                             attachment: form.attachment)
            return request.redirect(to: SiteURL.ticket(record.ticket.id).path, redirectType: .normal)
        } catch ServiceDesk.Refusal.problems(let problems) {
            return intakePage(desk, PageContext(request), form: form, problems: problems, fileProblem: fileProblem, status: .unprocessableEntity)
        } catch let refusal as AttachmentRefusal {
            return intakePage(desk, PageContext(request), form: form, problems: [:], fileProblem: refusal, status: AttachmentText.status(of: refusal))
        }
    }

    private static func intakePage(_ desk: ServiceDesk, _ context: PageContext, form: IntakeForm, problems: [TicketIntake.Field: TicketIntake.Problem],
                                   fileProblem: AttachmentRefusal? = nil, status: HTTPStatus = .ok) -> Response {
        let establishments = desk.allowedEstablishments
        let locked = desk.user.role == .establishmentMember
        let chosen = establishments.first { $0.uai.value == (locked ? desk.user.establishmentUAI : form.establishment) }
            ?? establishments.first
        let convention = chosen.flatMap { ServiceDesk.convention(covering: $0, in: desk.environment) }
        let response = NewTicketPage(context: context, establishments: establishments,
                                     lockedEstablishment: locked, convention: convention,
                                     form: form, problems: problems, attachmentPolicy: desk.attachmentPolicy,
                                     fileProblem: fileProblem.map {
                                         AttachmentText.message($0, fileName: form.file?.filename, context.language)
                                     }).render()
        response.status = status
        return response
    }

    // MARK: One ticket

    @Sendable static func show(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        request.unreadNotifications = try await desk.markNotificationsRead(of: ticket,
                                                                           unread: request.unreadNotifications)
        let events = try await TicketStore(database: request.db).events(of: ticket.id)
        // Internal notes and internal attachments carry their audience; public lines carry none.
        let visible = events.filter { $0.audience == nil || TicketAccess.canSeeNote(desk.user.viewer, audience: $0.audience) }
        let changes = events.compactMap(\.statusChange)
        return TicketPage(
            context: PageContext(request), ticket: ticket, convention: request.entente.conventions[ticket.conventionID],
            establishment: try await ServiceDesk.establishment(ticket.establishmentUAI, on: request.db),
            clocks: desk.clocks(of: ticket, changes: changes), events: visible, actions: desk.actions(on: ticket, facts),
            canReply: TicketAccess.canReply(desk.user.viewer, facts),
            transferTargets: TicketAccess.canHandle(desk.user.viewer, facts) && ticket.status.isOpen
                ? (request.entente.conventions[ticket.conventionID]?.parties ?? []).filter { $0.code != ticket.partyCode } : [],
            rating: try await TicketStore(database: request.db).rating(of: ticket.id),
            canRate: desk.canRate(ticket, facts),
            noteAudience: desk.user.role == .observer ? nil : TicketAccess.noteAudience(of: desk.user.viewer),
            staleVersion: request.query[Int.self, at: "stale"],
            attachments: try await desk.attachments(of: ticket, facts),
            upload: desk.uploadOffer(facts, count: try await AttachmentStore(database: request.db).count(of: ticket.id)),
            team: desk.team(of: ticket), teamTargets: desk.teamTargets(ticket, facts),
            serviceLevelAlerts: try await TicketStore(database: request.db).serviceLevelAlerts(of: ticket.id),
            audit: try await desk.audit(of: ticket, facts),
            conventionTeams: desk.environment.teams[ticket.conventionID]?.teams ?? [])
            .render()
    }

    struct StatusForm: Content {
        var action: String
        var version: Int
        var comment: String?
    }

    @Sendable static func changeStatus(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(StatusForm.self, as: .urlEncodedForm)
        guard let action = TicketAction(rawValue: form.action) else { throw Abort(.badRequest, reason: "unknown action '\(form.action)'") }
        let page = SiteURL.ticket(ticket.id).path
        do {
            _ = try await desk.move(ticket, facts, action: action, version: form.version, comment: form.comment)
        } catch ServiceDesk.Refusal.stale(let version) {
            return request.redirect(to: page + "?stale=\(version)", redirectType: .normal)
        } catch ServiceDesk.Refusal.workflow(let error) {
            throw Abort(.conflict, reason: error.description)
        } catch ServiceDesk.Refusal.problems {
            let language = PageContext(request).language
            throw Abort(.unprocessableEntity, reason: DeskPhrase.fieldTooLong.text(language) + " "
                + DeskPhrase.atMostCharacters(TicketIntake.descriptionLimit, language))
        }
        return request.redirect(to: page, redirectType: .normal)
    }

    struct MessageForm: Content {
        var body: String
        var visibility: String?
    }

    @Sendable static func addMessage(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(MessageForm.self, as: .urlEncodedForm)
        do {
            try await desk.addMessage(to: ticket, facts, body: form.body, isInternal: form.visibility == "internal")
        } catch ServiceDesk.Refusal.problems(let problems) {
            let language = PageContext(request).language
            let reason = switch problems[.description] {
            case .tooLong(let max)?: DeskPhrase.fieldTooLong.text(language) + " " + DeskPhrase.atMostCharacters(max, language)
            default: DeskPhrase.fieldRequired.text(language)
            }
            throw Abort(.unprocessableEntity, reason: reason)
        }
        return request.redirect(to: SiteURL.ticket(ticket.id).path + "#historique", redirectType: .normal)
    }

    struct TransferForm: Content {
        var party: String
        var reason: String
        var override: String?
        var version: Int
    }

    @Sendable static func transfer(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(TransferForm.self, as: .urlEncodedForm)
        let page = SiteURL.ticket(ticket.id).path
        do {
            _ = try await desk.transfer(ticket, facts, TicketTransfer(toPartyCode: form.party, reason: form.reason,
                                                                      overridesConvention: form.override != nil),
                                        version: form.version)
        } catch ServiceDesk.Refusal.stale(let version) {
            return request.redirect(to: page + "?stale=\(version)", redirectType: .normal)
        } catch ServiceDesk.Refusal.transfer(let refusal) {
            throw Abort(.unprocessableEntity, reason: TransferText.message(refusal, PageContext(request)))
        }
        return request.redirect(to: page, redirectType: .normal)
    }

    struct TeamForm: Content {
        /// A team code, or `next` for the first team of the level above.
        var team: String
        var reason: String
        var version: Int
    }

    @Sendable static func changeTeam(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(TeamForm.self, as: .urlEncodedForm)
        let page = SiteURL.ticket(ticket.id).path
        let change = TeamReassignment(target: form.team == "next" ? .nextLevel : .team(form.team), reason: form.reason)
        do {
            _ = try await desk.changeTeam(ticket, facts, change, version: form.version)
        } catch ServiceDesk.Refusal.stale(let version) {
            return request.redirect(to: page + "?stale=\(version)", redirectType: .normal)
        } catch ServiceDesk.Refusal.team(let refusal) {
            throw Abort(.unprocessableEntity, reason: TeamPhrase.refusal(refusal, PageContext(request).language))
        }
        return request.redirect(to: page, redirectType: .normal)
    }

    struct RatingForm: Content {
        var score: Int
        var comment: String?
    }

    @Sendable static func rate(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(RatingForm.self, as: .urlEncodedForm)
        do {
            try await desk.rate(ticket, facts, score: form.score, comment: form.comment)
        } catch ServiceDesk.Refusal.stale {
            throw Abort(.conflict, reason: "already rated")
        } catch ServiceDesk.Refusal.problems {
            throw Abort(.unprocessableEntity, reason: "score must be 1 to 5")
        }
        return request.redirect(to: SiteURL.ticket(ticket.id).path, redirectType: .normal)
    }

}
