import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// The ticket endpoints of /api/v1: thin handlers over `ServiceDesk`, the same operations and rights
/// as the pages. Refusals are thrown as they come and answered by `APIErrorMiddleware`.
enum TicketAPIController {
    // MARK: Create

    /// With an `Idempotency-Key`, a retry of the same request answers as the first did (`IdempotentCreation`).
    @Sendable static func create(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        return try await IdempotentCreation.answer(request, account: desk.user.id) {
            let body = try APIJSON.decode(APINewTicket.self, from: request)
            let (intake, uai) = try body.intake(for: desk.user)
            let filed = try await desk.file(intake, establishmentUAI: uai, requesterEmail: body.requesterEmail)
            let (ticket, facts) = try desk.readable(filed.ticket)
            // Everything the answer shows was just written: nothing is read back.
            let response = try APIJSON.response(try await detail(desk, ticket, facts, history: filed.history,
                                                                 attachments: filed.attachments), status: .created)
            response.headers.replaceOrAdd(name: .location, value: ServiceDeskAPIRoutes.ticketPath(ticket.id))
            return response
        }
    }

    // MARK: List

    /// The same query as the queue page: an invalid value is a 400 naming each such parameter.
    @Sendable static func list(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        var (query, problems) = TicketQueueQuery.parse(QueryParameters.of(request))
        // A period that ends before it starts holds no ticket: an empty page, as a search finding nothing.
        let emptyPeriod = problems[.openedTo] == .period(.reversed)
        if emptyPeriod { problems[.openedTo] = nil }
        guard problems.isEmpty else {
            throw APIError.badQuery(Dictionary(uniqueKeysWithValues: problems.map { parameter, problem in
                (parameter.rawValue, QueryProblemText.expected(problem, .en))
            }))
        }
        var (tickets, total): ([Ticket], Int) = ([], 0)
        if !emptyPeriod, let filter = TicketController.filter(query, for: desk.user, in: request.entente) {
            (tickets, total) = try await TicketStore(database: request.db).list(filter, offset: query.offset, limit: query.perPage)
        }
        let items = tickets.map { APITicket(ticket: $0, clocks: desk.clocks(of: $0, changes: nil), team: desk.team(of: $0),
                                            standing: desk.standing(of: $0)) }
        return try APIJSON.response(APITicketList(items: items, page: query.page, perPage: query.perPage, total: total))
    }

    // MARK: One ticket

    @Sendable static func show(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        return try APIJSON.response(try await detail(desk, ticket, facts))
    }

    @Sendable static func comment(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let id = request.parameters.get("id", as: UUID.self)
        let (ticket, facts) = try await desk.readable(id)
        let body = try APIJSON.decode(APIComment.self, from: request)
        let visibility = body.visibility ?? "reply"
        guard visibility == "reply" || visibility == "internal" else {
            throw APIError.validation(["visibility": "reply or internal"])
        }
        do {
            try await desk.addMessage(to: ticket, facts, body: body.body ?? "", isInternal: visibility == "internal")
        } catch let refusal as ServiceDesk.Refusal {
            throw APIError(refusal: refusal, fieldNames: [.description: "body"])
        }
        let (updated, _) = try await desk.readable(id)
        return try APIJSON.response(try await detail(desk, updated, facts), status: .created)
    }

    @Sendable static func transition(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        let body = try APIJSON.decode(APITransition.self, from: request)
        var fields: [String: String] = [:]
        let action = body.action.flatMap(TicketAction.init(rawValue:))
        if action == nil { fields["action"] = "one of: " + TicketAction.allCases.map(\.rawValue).joined(separator: ", ") }
        if body.version == nil { fields["version"] = "required: the version of the ticket you last read" }
        guard let action, let version = body.version else { throw APIError.validation(fields) }
        do {
            let moved = try await desk.move(ticket, facts, action: action, version: version, comment: body.comment)
            return try APIJSON.response(try await detail(desk, moved, facts))
        } catch let refusal as ServiceDesk.Refusal {
            throw APIError(refusal: refusal, fieldNames: [.description: "comment"])
        }
    }

    /// Escalates, de-escalates or reassigns the ticket within its party (`team`: a code, or `next`).
    @Sendable static func changeTeam(_ request: Request) async throws -> Response {
        let desk = try request.serviceDesk()
        let (ticket, facts) = try await desk.readable(request.parameters.get("id", as: UUID.self))
        let body = try APIJSON.decode(APITeamChange.self, from: request)
        var fields: [String: String] = [:]
        if body.team?.isEmpty ?? true { fields["team"] = "required: a team code of the ticket's party, or next" }
        if body.reason?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true { fields["reason"] = "required" }
        if body.version == nil { fields["version"] = "required: the version of the ticket you last read" }
        guard fields.isEmpty, let team = body.team, let reason = body.reason, let version = body.version else {
            // A caller who may not change the team learns that first, not which fields are missing.
            guard desk.mayChangeTeam(ticket, facts) else { throw APIError(refusal: .forbidden) }
            throw APIError.validation(fields)
        }
        let moved = try await desk.changeTeam(ticket, facts, TeamReassignment(target: team == "next" ? .nextLevel : .team(team),
                                                                              reason: reason), version: version)
        return try APIJSON.response(try await detail(desk, moved, facts))
    }

    /// The ticket as the caller may see it, with the notes filtered exactly as the page filters them.
    private static func detail(_ desk: ServiceDesk, _ ticket: Ticket, _ facts: TicketAccessFacts,
                               history: [TicketEvent]? = nil,
                               attachments: [TicketAttachment]? = nil) async throws -> APITicketDetail {
        let events: [TicketEvent]
        if let history { events = history } else { events = try await TicketStore(database: desk.database).events(of: ticket.id) }
        let files: [TicketAttachment]
        if let attachments { files = attachments } else { files = try await desk.attachments(of: ticket, facts) }
        let visible = events.filter {
            $0.audience == nil || TicketAccess.canSeeNote(desk.user.viewer, audience: $0.audience)
        }
        let clocks = desk.clocks(of: ticket, changes: events.compactMap(\.statusChange))
        return APITicketDetail(ticket: APITicket(ticket: ticket, clocks: clocks, team: desk.team(of: ticket),
                                                 standing: desk.standing(of: ticket)),
                               actions: desk.actions(on: ticket, facts),
                               canReply: TicketAccess.canReply(desk.user.viewer, facts), history: visible,
                               attachments: files,
                               teams: desk.environment.teams[ticket.conventionID]?.teams ?? [])
    }
}
