import EntenteCore
import EntenteStorage
import OpenAPIKit30

/// The service desk's part of the OpenAPI document: tickets, their files and the caller's
/// notifications. Every enumerated list comes from the Swift enum the API reads or writes.
enum ServiceDeskOpenAPI {
    static let fragment = OpenAPIFragment(
        tags: ["tickets", "notifications"],
        paths: paths,
        schemas: [
            "NotificationList": notificationList, "Notification": notification,
            "NewTicket": newTicket, "AttachmentUpload": attachmentUpload, "Attachment": attachment,
            "Comment": comment, "Transition": transition, "TeamChange": teamChange,
            "Routing": routing, "Clock": clock, "Ticket": ticket, "Event": event,
            "TicketDetail": ticketDetail, "TicketList": ticketList,
        ],
        parameters: [
            "TicketID": OpenAPI.Parameter(name: "id", context: .path, schema: OpenAPIPieces.uuid()),
        ])

    private typealias Pieces = OpenAPIPieces

    // MARK: Operations

    private static let ticketID = Pieces.parameter("TicketID")

    private static let paths: OpenAPI.PathItem.Map = [
        "/api/v1/tickets": .pathItem(OpenAPI.PathItem(
            get: Pieces.operation(
                "listTickets", tag: "tickets",
                summary: "The caller's queue (or territory), most urgent first, one page at a time.",
                parameters: queueParameters,
                answers: [200: Pieces.response("A page of tickets.", schema: "TicketList")],
                failures: [.badQuery, .unauthorized, .invalid]),
            post: Pieces.operation(
                "createTicket", tag: "tickets", summary: "File a ticket; the convention routes it to the responsible party.",
                description: "With an `Idempotency-Key` (IETF draft \"The Idempotency-Key HTTP Header Field\"), a retry of the same request within 24 hours — same key, same body — gets the first answer again, marked `Idempotent-Replayed: true`, and files nothing more.",
                parameters: [.parameter(OpenAPI.Parameter(
                    name: "Idempotency-Key", context: .header(required: false),
                    schema: .string(minLength: 1, maxLength: IdempotentCreation.maxKeyLength),
                    description: "A unique key for this creation, chosen by the client (a UUID); a structured-field string (`\"…\"`) or the bare text."))],
                body: Pieces.body("NewTicket"),
                answers: [201: Pieces.response("Filed and routed. `Location` is the ticket's URL.", schema: "TicketDetail", header: "Location"),
                          409: Pieces.response("A request with this `Idempotency-Key` is still being answered (`idempotency_in_progress`): retry later.", schema: "Error")],
                failures: [.badQuery, .unauthorized, .forbidden, .tooLarge, .invalid]))),
        "/api/v1/tickets/{id}": .pathItem(OpenAPI.PathItem(get: Pieces.operation(
            "getTicket", tag: "tickets",
            summary: "A ticket with all its clocks, the moves the caller may make and the history the caller may see.",
            parameters: [ticketID],
            answers: [200: Pieces.response("The ticket.", schema: "TicketDetail")],
            failures: [.unauthorized, .notFound]))),
        "/api/v1/tickets/{id}/comments": .pathItem(OpenAPI.PathItem(post: Pieces.operation(
            "commentTicket", tag: "tickets",
            summary: "A reply (seen by the requester's side) or an internal note (seen by the writer's party only).",
            parameters: [ticketID], body: Pieces.body("Comment"),
            answers: [201: Pieces.response("Added; the ticket with its history.", schema: "TicketDetail")],
            failures: [.malformed, .unauthorized, .forbidden, .notFound, .tooLarge, .invalid]))),
        "/api/v1/tickets/{id}/transitions": .pathItem(OpenAPI.PathItem(post: move(
            "moveTicket", summary: "Move the ticket through its workflow, from the version the caller last read.",
            body: "Transition"))),
        "/api/v1/tickets/{id}/team": .pathItem(OpenAPI.PathItem(post: move(
            "changeTicketTeam",
            summary: "Escalate, de-escalate or reassign the ticket to another team of the same party, with a reason (the handling party's agents and administrators). Status and clocks carry on; another party is a transfer.",
            body: "TeamChange"))),
        "/api/v1/tickets/{id}/attachments": .pathItem(OpenAPI.PathItem(post: Pieces.operation(
            "attachToTicket", tag: "tickets",
            summary: "Attach a file, as multipart/form-data: a `file` part whose filename names it, and `visibility` (`public`, seen by whoever reads the ticket, or `internal`, seen by the caller's party only, like an internal note).",
            description: "Accepted: PDF, PNG, JPEG, GIF, text (.txt, .csv, .log), e-mail (.eml), OpenDocument (.odt, .ods, .odp) and Office Open XML (.docx, .xlsx, .pptx), when the file's content and its extension agree; \(AttachmentRefusal.megabytes(AttachmentPolicy.standard.maxFileSize)) MB at most per file by default (`ENTENTE_ATTACHMENT_MAX_MB`), \(AttachmentPolicy.standard.maxFilesPerTicket) files per ticket. Programs, scripts, archives, web pages, SVG images and macro-enabled documents are refused. The type stored is decided from the content, never from the part's `Content-Type`. Nothing is written when the file is refused.",
            parameters: [ticketID], body: Pieces.body("AttachmentUpload", as: .multipartForm),
            answers: [
                201: Pieces.response("Stored. `Location` is the file's URL.", schema: "Attachment", header: "Location"),
                409: Pieces.response("The ticket already holds as many files as allowed (`too_many_attachments`).", schema: "Error"),
                413: Pieces.response("The file is over the size allowed (`payload_too_large`; `fields.file` says by how much).", schema: "Error"),
                415: Pieces.response("Not multipart/form-data (`unsupported_media_type`), or a type refused, or content that does not match the extension (`attachment_type_refused`; `fields.file` says why).", schema: "Error"),
            ],
            failures: [.malformed, .unauthorized, .forbidden, .notFound, .invalid]))),
        "/api/v1/tickets/{id}/attachments/{attachmentID}": .pathItem(OpenAPI.PathItem(get: Pieces.operation(
            "downloadAttachment", tag: "tickets",
            summary: "The file's bytes, with its stored type and `Content-Disposition: attachment`.",
            parameters: [ticketID, .parameter(OpenAPI.Parameter(name: "attachmentID", context: .path, schema: Pieces.uuid()))],
            answers: [200: OpenAPI.Response(
                description: "The file, in the type decided from its content when stored.",
                content: OpenAPI.Content.Map(Set(AttachmentType.allCases.map(\.mediaType)).sorted().compactMap { type in
                    OpenAPI.ContentType(rawValue: type).map { ($0, OpenAPI.Content(schema: .string(format: .binary))) }
                }, uniquingKeysWith: { first, _ in first }))],
            failures: [.unauthorized, .notFound]))),
        "/api/v1/notifications": .pathItem(OpenAPI.PathItem(get: Pieces.operation(
            "listNotifications", tag: "notifications",
            summary: "The caller's own in-app notifications, newest first (at most 200), and how many are unread. Reading them here does not mark them read.",
            parameters: [.parameter(OpenAPI.Parameter(
                name: "unread", context: .query, schema: .boolean(defaultValue: false), description: "`true`: only the unread ones."))],
            answers: [200: Pieces.response("The notifications.", schema: "NotificationList")],
            failures: [.badQuery, .unauthorized]))),
    ]

    /// A move of the ticket from the version the caller last read: the ticket at its new version,
    /// or a conflict when the move is not allowed or the ticket changed meanwhile.
    private static func move(_ id: String, summary: String, body schema: String) -> OpenAPI.Operation {
        Pieces.operation(
            id, tag: "tickets", summary: summary, parameters: [ticketID], body: Pieces.body(schema),
            answers: [200: Pieces.response("Moved; the ticket at its new version.", schema: "TicketDetail"),
                      409: Pieces.response("`transition_not_allowed`: the move is impossible from the ticket's status; `stale_version`: the ticket changed since the version sent. Nothing was written.", schema: "Error")],
            failures: [.malformed, .unauthorized, .forbidden, .notFound, .tooLarge, .invalid])
    }

    /// The filters and the page of the ticket list, with the bounds `TicketQueueQuery` enforces. An
    /// empty value is an absent one (as a form sends it).
    private static let queueParameters: OpenAPI.Parameter.Array = {
        let status = TicketStatus.allCases.map(\.rawValue).joined(separator: "|")
        let words = JSONSchema.string(maxLength: TicketQueueQuery.maxTextLength, pattern: Pieces.noNUL)
        // Years 1900 to 9999, as the server reads days.
        let day = JSONSchema.string(format: .date, pattern: "^(19|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$")
        func parameter(_ name: TicketQueueQuery.Parameter, _ schema: JSONSchema, _ description: String? = nil)
            -> Either<JSONReference<OpenAPI.Parameter>, OpenAPI.Parameter> {
            .parameter(OpenAPI.Parameter(name: name.rawValue, context: .query(allowEmptyValue: true), schema: schema,
                                         description: description))
        }
        return [
            parameter(.status, .string(maxLength: TicketQueueQuery.maxTextLength, pattern: "^(open|all|(\(status))(,(\(status)))*)$",
                                       defaultValue: "open"),
                      "`open` (the default), `all`, or one or more statuses separated by commas."),
            parameter(.scope, Pieces.oneOf(TicketQueueQuery.Scope.self, default: .queue),
                      "For partner agents: `queue`, the tickets routed to their partner; `territory`, every ticket of their conventions (read-only for the others). Members always see their establishment, observers the conventions their party is party to, administrators everything."),
            parameter(.establishment, words, "UAI of an establishment; narrows the caller's scope, never widens it."),
            parameter(.party, words, "Code of the responsible party in the convention (`CD`, `ACA`, `EPLE`…)."),
            parameter(.component, words, "Component id of the convention's catalogue (`bornes-wifi`)."),
            parameter(.team, words, "Code of a team of the responsible party (`CD35-RESEAUX`): that team's queue."),
            parameter(.q, words, "Words found in the reference, title, component, establishment or requester, whatever their case and accents."),
            parameter(.sla, .string(allowedValues: ServiceLevelStanding.filterable.map { AnyCodable($0.rawValue) }),
                      "Open tickets by service-level standing now: `breached` (a deadline passed), `at-risk` (a clock in its last 25 % of allowed time, or last working hour), `on-track`, `paused` (waiting for the requester or a third party). Read from the deadlines stored on each ticket; the data-restoration clock is not counted."),
            parameter(.sort, Pieces.oneOf(TicketQueueQuery.Order.self, default: .priority),
                      "`priority`: critical first, then the convention's order, then oldest; `due`: soonest deadline first, tickets without one last."),
            parameter(.openedFrom, day, "Opened on or after this day (`YYYY-MM-DD`, a day in Europe/Paris)."),
            parameter(.openedTo, day, "Opened on or before this day (`YYYY-MM-DD`, a day in Europe/Paris, included); before `opened_from`, an empty page."),
            parameter(.page, .integer(maximum: (TicketQueueQuery.pages.upperBound, exclusive: false),
                                      minimum: (TicketQueueQuery.pages.lowerBound, exclusive: false), defaultValue: 1)),
            parameter(.perPage, .integer(maximum: (TicketQueueQuery.pageSizes.upperBound, exclusive: false),
                                         minimum: (TicketQueueQuery.pageSizes.lowerBound, exclusive: false),
                                         defaultValue: AnyCodable(TicketQueueQuery.defaultPageSize))),
        ]
    }()

    // MARK: Schemas

    private static let notificationList = JSONSchema.object(properties: [
        "unread_count": .integer(minimum: (0, exclusive: false)),
        "items": Pieces.list(of: "Notification"),
    ])

    private static let notification = JSONSchema.object(properties: [
        "id": Pieces.uuid(),
        "ticket_id": Pieces.uuid(),
        "ticket_reference": .string(example: "T-2026-000042"),
        "ticket_title": .string,
        "kind": Pieces.oneOf(NotificationKind.self),
        "actor": .string(description: "Who did it (display name)."),
        "detail": .string(required: false, nullable: true, description: "The new status (`status-changed`), party (`transferred`) or team (`team-changed`), or the score (`rated`)."),
        "created_at": Pieces.instant(),
        "read_at": .string(format: .dateTime, required: false, nullable: true),
    ])

    /// Free text the API keeps: not blank, at most `limit` code points.
    private static func text(_ limit: Int, description: String? = nil) -> JSONSchema {
        .string(description: description, maxLength: limit, pattern: Pieces.notBlank)
    }

    private static let newTicket = JSONSchema.object(properties: [
        "establishment_uai": .string(required: false, nullable: true, description: "Required, except for establishment members, who file for their own establishment (absent or null: their own).", pattern: Pieces.noNUL),
        "kind": Pieces.oneOf(TicketKind.self),
        "component": .string(description: "Id of a component of the convention covering the establishment (`bornes-wifi`).", minLength: 1, pattern: Pieces.noNUL),
        "nature": Pieces.oneOf(WorkNature.self, description: "What is needed; it decides the activity of the matrix (breakdown → dépannage…)."),
        "funding": Pieces.oneOf(FundingOrigin.self, required: false, nullable: true, description: "Who funded the equipment, when the convention routes the component by it."),
        "zone": Pieces.oneOf(NetworkZone.self, required: false, nullable: true, description: "The network zone, when the convention routes the component by it."),
        "impacts_whole_establishment": .boolean(description: "With a critical component, makes the ticket critical."),
        "title": text(TicketIntake.titleLimit, description: "Not blank; lengths count Unicode code points."),
        "description": text(TicketIntake.descriptionLimit),
        "requester_name": text(TicketIntake.requesterNameLimit),
        "requester_email": .string(format: .other("email"), required: false, nullable: true, description: "Where the requester hears back; an establishment member's own address by default."),
        "asset_reference": .string(required: false, nullable: true, maxLength: TicketIntake.titleLimit, pattern: Pieces.noNUL),
    ])

    private static let attachmentUpload = JSONSchema.object(properties: [
        "file": .string(format: .binary, description: "The file; its part's filename names it."),
        "visibility": .string(required: false, allowedValues: ["public", "internal"], defaultValue: "public"),
    ])

    private static let attachment = JSONSchema.object(properties: [
        "id": Pieces.uuid(),
        "file_name": .string(description: "Without any path, control character or reserved punctuation."),
        "media_type": .string(example: "application/pdf"),
        "size": .integer(description: "In bytes."),
        "sha256": .string(description: "Hexadecimal SHA-256 of the bytes."),
        "uploaded_by": .string(description: "The account that added it."),
        "uploaded_at": Pieces.instant(),
        "visibility": .string(allowedValues: ["public", "internal"]),
        "download_url": .string,
    ])

    private static let comment = JSONSchema.object(properties: [
        "body": text(TicketIntake.descriptionLimit, description: "Not blank."),
        "visibility": .string(required: false, nullable: true, allowedValues: ["reply", "internal", nil], defaultValue: "reply"),
    ])

    /// The ticket's version as the caller last read it, sent back with a move.
    private static let version = JSONSchema.integer(
        format: .int64, description: "The `version` of the ticket as the caller last read it.", minimum: (1, exclusive: false))

    private static let transition = JSONSchema.object(properties: [
        "action": Pieces.oneOf(TicketAction.self, description: "`close` and `reopen` are the requester's side's; the others the responsible party's."),
        "version": version,
        "comment": .string(required: false, nullable: true, maxLength: TicketIntake.descriptionLimit, pattern: Pieces.noNUL),
    ])

    private static let teamChange = JSONSchema.object(properties: [
        "team": .string(description: "A team code of the ticket's party, or `next` for the first team of the level above (`team_change_refused` otherwise).", minLength: 1, pattern: Pieces.noNUL),
        "reason": text(TicketIntake.descriptionLimit, description: "Why; kept in the history and the audit trail."),
        "version": version,
    ])

    private static let routing = JSONSchema.object(properties: [
        "party": .string(description: "The responsible party's code in the convention (`CD`)."),
        "partner": .string(nullable: true, description: "The partner behind it (`CD35`); null when the establishment itself is responsible."),
        "team": .object(nullable: true, description: "The party's team holding the ticket; null when the party has no teams.", properties: [
            "code": .string,
            "name": .string(nullable: true),
            "level": Pieces.oneOf(EscalationLevel.self, nullable: true),
        ]),
        "informed": .array(items: .string),
        "reason": .string(description: "Why the ticket went there: the cell of the convention and its source."),
    ])

    private static let clock = JSONSchema.object(properties: [
        "kind": Pieces.oneOf(ServiceLevelClock.Kind.self),
        "duration": .string(description: "As the convention states it: `0.5wd` (working days), `4wh` (working hours), `2d` (calendar days), `asap`."),
        "state": Pieces.oneOf(ServiceLevelClock.State.self),
        "started_at": Pieces.instant(),
        "stopped_at": Pieces.instant(nullable: true),
        "deadline": Pieces.instant(nullable: true),
        "elapsed_seconds": .integer,
        "remaining_seconds": .integer(nullable: true, description: "Negative once breached; null without a target."),
        "explanation": .string(description: "One line in French."),
    ])

    private static let ticket = JSONSchema.object(properties: [
        "id": Pieces.uuid(),
        "reference": .string(example: "T-2026-000042"),
        "version": .integer(description: "Raised by every move; send it back with a transition."),
        "status": Pieces.oneOf(TicketStatus.self),
        "kind": Pieces.oneOf(TicketKind.self),
        "title": .string,
        "description": .string,
        "establishment_uai": .string,
        "convention_id": .string,
        "component_id": .string,
        "component_name": .string,
        "nature": Pieces.oneOf(WorkNature.self),
        "activity": Pieces.oneOf(Activity.self),
        "funding": Pieces.oneOf(FundingOrigin.self, nullable: true),
        "zone": Pieces.oneOf(NetworkZone.self, nullable: true),
        "asset_reference": .string(nullable: true),
        "impacts_whole_establishment": .boolean,
        "criticality": Pieces.oneOf(Criticality.self),
        "priority_rank": .integer(description: "0 for critical tickets, then the convention's order of non-critical kinds."),
        "requester_name": .string,
        "filed_by": .string(description: "The account that filed it (the requester, an agent transcribing a call, or an integration)."),
        "routing": Pieces.reference("Routing"),
        "opened_at": Pieces.instant(),
        "updated_at": Pieces.instant(),
        "resolved_at": Pieces.instant(nullable: true),
        "clocks": Pieces.list(of: "Clock", description: "Every service-level clock on a single ticket; the pick-up clock alone in lists."),
        "service_level": .object(
            description: "The deadlines stored on the ticket (clocks still running; none while it waits) and its standing now.",
            properties: [
                "standing": Pieces.oneOf(ServiceLevelStanding.self, nullable: true, description: "Null once the ticket is resolved or closed."),
                "due_at": Pieces.instant(nullable: true, description: "The soonest deadline: what `sort=due` orders by."),
                "pickup_due_at": Pieces.instant(nullable: true),
                "restoration_due_at": Pieces.instant(nullable: true),
            ]),
    ])

    private static let event = JSONSchema.object(properties: [
        "id": Pieces.uuid(),
        "at": Pieces.instant(),
        "actor": .string,
        "kind": Pieces.oneOf(APIEvent.Kind.self, description: "`team`: a change of team, `from_status`/`to_status` holding the team codes; `sla`: a warning or breach of a clock, `from_status` the clock and `to_status` `warning` or `breach`."),
        "from_status": .string(nullable: true),
        "to_status": .string(nullable: true),
        "body": .string(nullable: true),
    ])

    private static let ticketDetail = JSONSchema.all(of: [
        Pieces.reference("Ticket"),
        .object(properties: [
            "actions": .array(description: "The moves the caller may make now.", items: Pieces.oneOf(TicketAction.self)),
            "can_reply": .boolean(description: "Whether the caller may post a reply."),
            "history": Pieces.list(of: "Event", description: "Oldest first; internal notes only for their own party."),
            "attachments": Pieces.list(of: "Attachment", description: "Oldest first; internal files only for their own party."),
        ]),
    ])

    private static let ticketList = JSONSchema.object(properties: [
        "items": Pieces.list(of: "Ticket"),
        "page": .integer,
        "per_page": .integer,
        "total": .integer(description: "Tickets matching the filter, all pages together."),
    ])
}
