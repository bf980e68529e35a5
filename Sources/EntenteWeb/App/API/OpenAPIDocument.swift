import EntenteCore
import EntenteStorage
import Vapor

/// The OpenAPI 3.0 description of the API, served at /api/openapi.json. The lists of values come
/// from the core's enums, so that the document cannot drift from what the API accepts; a test
/// checks its paths against the routes both ways.
enum OpenAPIDocument {
    @Sendable static func serve(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: json))
    }

    private static func values<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) -> String
        where Value.RawValue == String {
        "[" + Value.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]"
    }

    /// The values and `null`, for an optional field that takes null as absent.
    private static func nullableValues<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) -> String
        where Value.RawValue == String {
        String(values(type).dropLast()) + ", null]"
    }

    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "Entente service desk API",
        "version": "1.0.0",
        "description": "Tickets of the shared digital service, for integrations such as an ENT's help button. Every call but this document needs an API token (`entente token create --email ACCOUNT --name NAME`), sent as `Authorization: Bearer ent_…`. A token acts as its account, with exactly that account's rights: an establishment member files for and sees their own establishment; a partner's agent files for the establishments of its conventions, handles the tickets routed to its partner and reads, without acting, the other tickets of its territory; observers only read; internal notes are seen by their own party only. Errors always have the shape of `Error`. Filing for an establishment that is unknown or outside the caller's scope is a 422 on `establishment_uai` (an observer, who may never file, gets 403); a ticket the caller may not see is a 404, so that ids cannot be probed."
      },
      "servers": [{"url": "/"}],
      "security": [{"bearerAuth": []}],
      "tags": [{"name": "tickets"}, {"name": "notifications"}, {"name": "meta"}],
      "paths": \#(paths),
      "components": {
        "securitySchemes": {
          "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "ent_ followed by 43 base64url characters",
                         "description": "An API token; it acts as the account it was issued for."}
        },
        "parameters": {
          "TicketID": {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}
        },
        "responses": \#(object(SharedResponse.allCases.map { ($0.rawValue, $0.described) })),
        "schemas": {
          "NotificationList": {
            "type": "object",
            "required": ["items", "unread_count"],
            "properties": {
              "unread_count": {"type": "integer", "minimum": 0},
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/Notification"}}
            }
          },
          "Notification": {
            "type": "object",
            "required": ["id", "ticket_id", "ticket_reference", "ticket_title", "kind", "actor", "created_at"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "ticket_id": {"type": "string", "format": "uuid"},
              "ticket_reference": {"type": "string", "example": "T-2026-000042"},
              "ticket_title": {"type": "string"},
              "kind": {"type": "string", "enum": \#(values(NotificationKind.self))},
              "actor": {"type": "string", "description": "Who did it (display name)."},
              "detail": {"type": "string", "nullable": true, "description": "The new status (`status-changed`), party (`transferred`) or team (`team-changed`), or the score (`rated`)."},
              "created_at": {"type": "string", "format": "date-time"},
              "read_at": {"type": "string", "format": "date-time", "nullable": true}
            }
          },
          "Error": {
            "type": "object",
            "required": ["error"],
            "properties": {
              "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {
                  "code": {"type": "string", "enum": ["malformed_json", "unauthorized", "forbidden", "not_found", "transition_not_allowed", "stale_version", "team_change_refused", "payload_too_large", "unsupported_media_type", "attachment_type_refused", "too_many_attachments", "validation_failed", "bad_request", "method_not_allowed", "idempotency_in_progress", "idempotency_key_reused", "internal_error"]},
                  "message": {"type": "string", "description": "In English, for the developer."},
                  "fields": {"type": "object", "additionalProperties": {"type": "string"}, "description": "For `validation_failed`: the problem of each field, by its JSON name."}
                }
              }
            },
            "example": {"error": {"code": "validation_failed", "message": "Some fields are missing or invalid; nothing was written.", "fields": {"funding": "the convention assigns this component by funding: give it (collectivite → CD; etablissement → EPLE)"}}}
          },
          "NewTicket": {
            "type": "object",
            "required": ["kind", "component", "nature", "impacts_whole_establishment", "title", "description", "requester_name"],
            "properties": {
              "establishment_uai": {"type": "string", "nullable": true, "pattern": "^[^\\x00]*$", "description": "Required, except for establishment members, who file for their own establishment (absent or null: their own)."},
              "kind": {"type": "string", "enum": \#(values(TicketKind.self))},
              "component": {"type": "string", "minLength": 1, "pattern": "^[^\\x00]*$", "description": "Id of a component of the convention covering the establishment (`bornes-wifi`)."},
              "nature": {"type": "string", "enum": \#(values(WorkNature.self)), "description": "What is needed; it decides the activity of the matrix (breakdown → dépannage…)."},
              "funding": {"type": "string", "nullable": true, "enum": \#(nullableValues(FundingOrigin.self)), "description": "Who funded the equipment, when the convention routes the component by it."},
              "zone": {"type": "string", "nullable": true, "enum": \#(nullableValues(NetworkZone.self)), "description": "The network zone, when the convention routes the component by it."},
              "impacts_whole_establishment": {"type": "boolean", "description": "With a critical component, makes the ticket critical."},
              "title": {"type": "string", "maxLength": \#(TicketIntake.titleLimit), "pattern": "^[^\\x00]*\\S[^\\x00]*$", "description": "Not blank; lengths count Unicode code points."},
              "description": {"type": "string", "maxLength": \#(TicketIntake.descriptionLimit), "pattern": "^[^\\x00]*\\S[^\\x00]*$"},
              "requester_name": {"type": "string", "maxLength": \#(TicketIntake.requesterNameLimit), "pattern": "^[^\\x00]*\\S[^\\x00]*$"},
              "requester_email": {"type": "string", "nullable": true, "format": "email", "description": "Where the requester hears back; an establishment member's own address by default."},
              "asset_reference": {"type": "string", "nullable": true, "pattern": "^[^\\x00]*$", "maxLength": \#(TicketIntake.titleLimit)}
            }
          },
          "AttachmentUpload": {
            "type": "object",
            "required": ["file"],
            "properties": {
              "file": {"type": "string", "format": "binary", "description": "The file; its part's filename names it."},
              "visibility": {"type": "string", "enum": ["public", "internal"], "default": "public"}
            }
          },
          "Attachment": {
            "type": "object",
            "required": ["id", "file_name", "media_type", "size", "sha256", "uploaded_by", "uploaded_at", "visibility", "download_url"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "file_name": {"type": "string", "description": "Without any path, control character or reserved punctuation."},
              "media_type": {"type": "string", "example": "application/pdf"},
              "size": {"type": "integer", "description": "In bytes."},
              "sha256": {"type": "string", "description": "Hexadecimal SHA-256 of the bytes."},
              "uploaded_by": {"type": "string", "description": "The account that added it."},
              "uploaded_at": {"type": "string", "format": "date-time"},
              "visibility": {"type": "string", "enum": ["public", "internal"]},
              "download_url": {"type": "string"}
            }
          },
          "Comment": {
            "type": "object",
            "required": ["body"],
            "properties": {
              "body": {"type": "string", "maxLength": \#(TicketIntake.descriptionLimit), "pattern": "^[^\\x00]*\\S[^\\x00]*$", "description": "Not blank."},
              "visibility": {"type": "string", "nullable": true, "enum": ["reply", "internal", null], "default": "reply"}
            }
          },
          "Transition": {
            "type": "object",
            "required": ["action", "version"],
            "properties": {
              "action": {"type": "string", "enum": \#(values(TicketAction.self)), "description": "`close` and `reopen` are the requester's side's; the others the responsible party's."},
              "version": {"type": "integer", "format": "int64", "minimum": 1, "description": "The `version` of the ticket as the caller last read it."},
              "comment": {"type": "string", "nullable": true, "pattern": "^[^\\x00]*$", "maxLength": \#(TicketIntake.descriptionLimit)}
            }
          },
          "TeamChange": {
            "type": "object",
            "required": ["team", "reason", "version"],
            "properties": {
              "team": {"type": "string", "minLength": 1, "pattern": "^[^\\x00]*$", "description": "A team code of the ticket's party, or `next` for the first team of the level above (`team_change_refused` otherwise)."},
              "reason": {"type": "string", "pattern": "^[^\\x00]*\\S[^\\x00]*$", "maxLength": \#(TicketIntake.descriptionLimit), "description": "Why; kept in the history and the audit trail."},
              "version": {"type": "integer", "format": "int64", "minimum": 1, "description": "The `version` of the ticket as the caller last read it."}
            }
          },
          "Routing": {
            "type": "object",
            "required": ["party", "partner", "team", "informed", "reason"],
            "properties": {
              "party": {"type": "string", "description": "The responsible party's code in the convention (`CD`)."},
              "partner": {"type": "string", "nullable": true, "description": "The partner behind it (`CD35`); null when the establishment itself is responsible."},
              "team": {"type": "object", "nullable": true, "required": ["code", "name", "level"], "description": "The party's team holding the ticket; null when the party has no teams.",
                       "properties": {"code": {"type": "string"}, "name": {"type": "string", "nullable": true}, "level": {"type": "string", "nullable": true, "enum": \#(nullableValues(EscalationLevel.self))}}},
              "informed": {"type": "array", "items": {"type": "string"}},
              "reason": {"type": "string", "description": "Why the ticket went there: the cell of the convention and its source."}
            }
          },
          "Clock": {
            "type": "object",
            "required": ["kind", "duration", "state", "started_at", "stopped_at", "deadline", "elapsed_seconds", "remaining_seconds", "explanation"],
            "properties": {
              "kind": {"type": "string", "enum": \#(values(ServiceLevelClock.Kind.self))},
              "duration": {"type": "string", "description": "As the convention states it: `0.5wd` (working days), `2d`, `asap`."},
              "state": {"type": "string", "enum": \#(values(ServiceLevelClock.State.self))},
              "started_at": {"type": "string", "format": "date-time"},
              "stopped_at": {"type": "string", "format": "date-time", "nullable": true},
              "deadline": {"type": "string", "format": "date-time", "nullable": true},
              "elapsed_seconds": {"type": "integer"},
              "remaining_seconds": {"type": "integer", "nullable": true, "description": "Negative once breached; null without a target."},
              "explanation": {"type": "string", "description": "One line in French."}
            }
          },
          "Ticket": {
            "type": "object",
            "required": ["id", "reference", "version", "status", "kind", "title", "description", "establishment_uai", "convention_id", "component_id", "component_name", "nature", "activity", "funding", "zone", "asset_reference", "impacts_whole_establishment", "criticality", "priority_rank", "requester_name", "filed_by", "routing", "opened_at", "updated_at", "resolved_at", "clocks", "service_level"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "reference": {"type": "string", "example": "T-2026-000042"},
              "version": {"type": "integer", "description": "Raised by every move; send it back with a transition."},
              "status": {"type": "string", "enum": \#(values(TicketStatus.self))},
              "kind": {"type": "string", "enum": \#(values(TicketKind.self))},
              "title": {"type": "string"},
              "description": {"type": "string"},
              "establishment_uai": {"type": "string"},
              "convention_id": {"type": "string"},
              "component_id": {"type": "string"},
              "component_name": {"type": "string"},
              "nature": {"type": "string", "enum": \#(values(WorkNature.self))},
              "activity": {"type": "string", "enum": \#(values(Activity.self))},
              "funding": {"type": "string", "nullable": true},
              "zone": {"type": "string", "nullable": true},
              "asset_reference": {"type": "string", "nullable": true},
              "impacts_whole_establishment": {"type": "boolean"},
              "criticality": {"type": "string", "enum": \#(values(Criticality.self))},
              "priority_rank": {"type": "integer", "description": "0 for critical tickets, then the convention's order of non-critical kinds."},
              "requester_name": {"type": "string"},
              "filed_by": {"type": "string", "description": "The account that filed it (the requester, an agent transcribing a call, or an integration)."},
              "routing": {"$ref": "#/components/schemas/Routing"},
              "opened_at": {"type": "string", "format": "date-time"},
              "updated_at": {"type": "string", "format": "date-time"},
              "resolved_at": {"type": "string", "format": "date-time", "nullable": true},
              "clocks": {"type": "array", "items": {"$ref": "#/components/schemas/Clock"}, "description": "Every service-level clock on a single ticket; the pick-up clock alone in lists."},
              "service_level": {"type": "object", "required": ["standing", "due_at", "pickup_due_at", "restoration_due_at"],
                "description": "The deadlines stored on the ticket (clocks still running; none while it waits) and its standing now.",
                "properties": {
                  "standing": {"type": "string", "nullable": true, "enum": \#(values(ServiceLevelStanding.self)), "description": "Null once the ticket is resolved or closed."},
                  "due_at": {"type": "string", "format": "date-time", "nullable": true, "description": "The soonest deadline: what `sort=due` orders by."},
                  "pickup_due_at": {"type": "string", "format": "date-time", "nullable": true},
                  "restoration_due_at": {"type": "string", "format": "date-time", "nullable": true}
                }}
            }
          },
          "Event": {
            "type": "object",
            "required": ["id", "at", "actor", "kind", "from_status", "to_status", "body"],
            "properties": {
              "id": {"type": "string", "format": "uuid"},
              "at": {"type": "string", "format": "date-time"},
              "actor": {"type": "string"},
              "kind": {"type": "string", "enum": \#(values(APIEvent.Kind.self)), "description": "`team`: a change of team, `from_status`/`to_status` holding the team codes; `sla`: a warning or breach of a clock, `from_status` the clock and `to_status` `warning` or `breach`."},
              "from_status": {"type": "string", "nullable": true},
              "to_status": {"type": "string", "nullable": true},
              "body": {"type": "string", "nullable": true}
            }
          },
          "TicketDetail": {
            "allOf": [
              {"$ref": "#/components/schemas/Ticket"},
              {
                "type": "object",
                "required": ["actions", "can_reply", "history", "attachments"],
                "properties": {
                  "actions": {"type": "array", "items": {"type": "string", "enum": \#(values(TicketAction.self))}, "description": "The moves the caller may make now."},
                  "can_reply": {"type": "boolean", "description": "Whether the caller may post a reply."},
                  "history": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}, "description": "Oldest first; internal notes only for their own party."},
                  "attachments": {"type": "array", "items": {"$ref": "#/components/schemas/Attachment"}, "description": "Oldest first; internal files only for their own party."}
                }
              }
            ]
          },
          "TicketList": {
            "type": "object",
            "required": ["items", "page", "per_page", "total"],
            "properties": {
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/Ticket"}},
              "page": {"type": "integer"},
              "per_page": {"type": "integer"},
              "total": {"type": "integer", "description": "Tickets matching the filter, all pages together."}
            }
          }
        }
      }
    }
    """#

    // MARK: Operations

    /// Every endpoint under /api, each operation once; what several share is in the pieces below.
    private static let paths = object([
        ("/api/openapi.json", object([("get", #"""
            {"tags": ["meta"], "operationId": "getOpenAPIDocument", "summary": "This document.", "security": [],
             "responses": {"200": {"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}}}
            """#)])),
        ("/api/v1/tickets", object([
            ("post", operation(
                "createTicket", summary: "File a ticket; the convention routes it to the responsible party.",
                description: "With an `Idempotency-Key` (IETF draft \"The Idempotency-Key HTTP Header Field\"), a retry of the same request within 24 hours — same key, same body — gets the first answer again, marked `Idempotent-Replayed: true`, and files nothing more.",
                parameters: [#"{"name": "Idempotency-Key", "in": "header", "required": false, "schema": {"type": "string", "minLength": 1, "maxLength": \#(IdempotentCreation.maxKeyLength)}, "description": "A unique key for this creation, chosen by the client (a UUID); a structured-field string (`\"…\"`) or the bare text."}"#],
                body: body("NewTicket"),
                answers: [201: response("Filed and routed. `Location` is the ticket's URL.", schema: "TicketDetail", header: "Location"),
                          409: response("A request with this `Idempotency-Key` is still being answered (`idempotency_in_progress`): retry later.", schema: "Error")],
                failures: [.badQuery, .unauthorized, .forbidden, .tooLarge, .invalid])),
            ("get", operation(
                "listTickets", summary: "The caller's queue (or territory), most urgent first, one page at a time.",
                parameters: queueParameters,
                answers: [200: response("A page of tickets.", schema: "TicketList")],
                failures: [.badQuery, .unauthorized, .invalid])),
        ])),
        ("/api/v1/tickets/{id}", object([("get", operation(
            "getTicket",
            summary: "A ticket with all its clocks, the moves the caller may make and the history the caller may see.",
            parameters: [ticketID],
            answers: [200: response("The ticket.", schema: "TicketDetail")],
            failures: [.unauthorized, .notFound]))])),
        ("/api/v1/tickets/{id}/comments", object([("post", operation(
            "commentTicket",
            summary: "A reply (seen by the requester's side) or an internal note (seen by the writer's party only).",
            parameters: [ticketID], body: body("Comment"),
            answers: [201: response("Added; the ticket with its history.", schema: "TicketDetail")],
            failures: [.malformed, .unauthorized, .forbidden, .notFound, .tooLarge, .invalid]))])),
        ("/api/v1/tickets/{id}/transitions", object([("post", move(
            "moveTicket", summary: "Move the ticket through its workflow, from the version the caller last read.",
            body: "Transition"))])),
        ("/api/v1/tickets/{id}/team", object([("post", move(
            "changeTicketTeam",
            summary: "Escalate, de-escalate or reassign the ticket to another team of the same party, with a reason (the handling party's agents and administrators). Status and clocks carry on; another party is a transfer.",
            body: "TeamChange"))])),
        ("/api/v1/tickets/{id}/attachments", object([("post", operation(
            "attachToTicket",
            summary: "Attach a file, as multipart/form-data: a `file` part whose filename names it, and `visibility` (`public`, seen by whoever reads the ticket, or `internal`, seen by the caller's party only, like an internal note).",
            description: "Accepted: PDF, PNG, JPEG, GIF, text (.txt, .csv, .log), e-mail (.eml), OpenDocument (.odt, .ods, .odp) and Office Open XML (.docx, .xlsx, .pptx), when the file's content and its extension agree; \(AttachmentRefusal.megabytes(AttachmentPolicy.standard.maxFileSize)) MB at most per file by default (`ENTENTE_ATTACHMENT_MAX_MB`), \(AttachmentPolicy.standard.maxFilesPerTicket) files per ticket. Programs, scripts, archives, web pages, SVG images and macro-enabled documents are refused. The type stored is decided from the content, never from the part's `Content-Type`. Nothing is written when the file is refused.",
            parameters: [ticketID], body: body("AttachmentUpload", as: "multipart/form-data"),
            answers: [
                201: response("Stored. `Location` is the file's URL.", schema: "Attachment", header: "Location"),
                409: response("The ticket already holds as many files as allowed (`too_many_attachments`).", schema: "Error"),
                413: response("The file is over the size allowed (`payload_too_large`; `fields.file` says by how much).",
                              schema: "Error"),
                415: response("Not multipart/form-data (`unsupported_media_type`), or a type refused, or content that does not match the extension (`attachment_type_refused`; `fields.file` says why).",
                              schema: "Error"),
            ],
            failures: [.malformed, .unauthorized, .forbidden, .notFound, .invalid]))])),
        ("/api/v1/tickets/{id}/attachments/{attachmentID}", object([("get", operation(
            "downloadAttachment", summary: "The file's bytes, with its stored type and `Content-Disposition: attachment`.",
            parameters: [ticketID,
                         #"{"name": "attachmentID", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}"#],
            answers: [200: "{\"description\": \"The file, in the type decided from its content when stored.\", \"content\": "
                + object(Set(AttachmentType.allCases.map(\.mediaType)).sorted().map { ($0, #"{"schema": {"type": "string", "format": "binary"}}"#) }) + "}"],
            failures: [.unauthorized, .notFound]))])),
        ("/api/v1/notifications", object([("get", operation(
            "listNotifications", tag: "notifications",
            summary: "The caller's own in-app notifications, newest first (at most 200), and how many are unread. Reading them here does not mark them read.",
            parameters: [#"{"name": "unread", "in": "query", "required": false, "description": "`true`: only the unread ones.", "schema": {"type": "boolean", "default": false}}"#],
            answers: [200: response("The notifications.", schema: "NotificationList")],
            failures: [.badQuery, .unauthorized]))])),
    ])

    /// The filters and the page of the ticket list, with the bounds `TicketQueueQuery` enforces. An
    /// empty value is an absent one (as a form sends it).
    private static let queueParameters: [String] = {
        let status = TicketStatus.allCases.map(\.rawValue).joined(separator: "|")
        let words = #""type": "string", "maxLength": \#(TicketQueueQuery.maxTextLength), "pattern": "^[^\\x00]*$""#
        // Years 1900 to 9999, as the server reads days.
        let day = #""type": "string", "format": "date", "pattern": "^(19|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$""#
        func parameter(_ name: TicketQueueQuery.Parameter, _ schema: String, _ description: String? = nil) -> String {
            #"{"name": "\#(name.rawValue)", "in": "query", "allowEmptyValue": true, "schema": {\#(schema)}"#
                + (description.map { #", "description": \#(text($0))"# } ?? "") + "}"
        }
        return [
            parameter(.status, #""type": "string", "default": "open", "maxLength": \#(TicketQueueQuery.maxTextLength), "pattern": "^(open|all|(\#(status))(,(\#(status)))*)$""#,
                      "`open` (the default), `all`, or one or more statuses separated by commas."),
            parameter(.scope, #""type": "string", "enum": \#(values(TicketQueueQuery.Scope.self)), "default": "queue""#,
                      "For partner agents: `queue`, the tickets routed to their partner; `territory`, every ticket of their conventions (read-only for the others). Members always see their establishment, observers the conventions their party is party to, administrators everything."),
            parameter(.establishment, words, "UAI of an establishment; narrows the caller's scope, never widens it."),
            parameter(.party, words, "Code of the responsible party in the convention (`CD`, `ACA`, `EPLE`…)."),
            parameter(.component, words, "Component id of the convention's catalogue (`bornes-wifi`)."),
            parameter(.team, words, "Code of a team of the responsible party (`CD35-RESEAUX`): that team's queue."),
            parameter(.q, words, "Words found in the reference, title, component, establishment or requester, whatever their case and accents."),
            parameter(.sla, #""type": "string", "enum": \#("[" + ServiceLevelStanding.filterable.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]")"#,
                      "Open tickets by service-level standing now: `breached` (a deadline passed), `at-risk` (a clock in its last 25 % of allowed time, or last working hour), `on-track`, `paused` (waiting for the requester or a third party). Read from the deadlines stored on each ticket; the data-restoration clock is not counted."),
            parameter(.sort, #""type": "string", "enum": \#(values(TicketQueueQuery.Order.self)), "default": "priority""#,
                      "`priority`: critical first, then the convention's order, then oldest; `due`: soonest deadline first, tickets without one last."),
            parameter(.openedFrom, day, "Opened on or after this day (`YYYY-MM-DD`, a day in Europe/Paris)."),
            parameter(.openedTo, day, "Opened on or before this day (`YYYY-MM-DD`, a day in Europe/Paris, included); before `opened_from`, an empty page."),
            parameter(.page, #""type": "integer", "minimum": \#(TicketQueueQuery.pages.lowerBound), "maximum": \#(TicketQueueQuery.pages.upperBound), "default": 1"#),
            parameter(.perPage, #""type": "integer", "minimum": \#(TicketQueueQuery.pageSizes.lowerBound), "maximum": \#(TicketQueueQuery.pageSizes.upperBound), "default": \#(TicketQueueQuery.defaultPageSize)"#),
        ]
    }()

    /// A move of the ticket from the version the caller last read: the ticket at its new version,
    /// or a conflict when the move is not allowed or the ticket changed meanwhile.
    private static func move(_ id: String, summary: String, body schema: String) -> String {
        operation(id, summary: summary, parameters: [ticketID], body: body(schema),
                  answers: [200: response("Moved; the ticket at its new version.", schema: "TicketDetail")],
                  failures: [.malformed, .unauthorized, .forbidden, .notFound, .conflict, .tooLarge, .invalid])
    }

    /// One operation: `answers` are its own responses by status, `failures` the shared ones it may give.
    private static func operation(_ id: String, tag: String = "tickets", summary: String, description: String? = nil,
                                  parameters: [String] = [], body: String? = nil,
                                  answers: [Int: String], failures: [SharedResponse]) -> String {
        var members = [("tags", "[\(text(tag))]"), ("operationId", text(id)), ("summary", text(summary))]
        if let description { members.append(("description", text(description))) }
        if !parameters.isEmpty { members.append(("parameters", "[" + parameters.joined(separator: ", ") + "]")) }
        if let body { members.append(("requestBody", body)) }
        let responses = answers.map { ($0.key, $0.value) } + failures.map { ($0.status, reference("responses/\($0.rawValue)")) }
        members.append(("responses", object(responses.sorted { $0.0 < $1.0 }.map { (String($0.0), $0.1) })))
        return object(members)
    }

    /// The error answers several operations give, each described once under `components/responses`.
    private enum SharedResponse: String, CaseIterable {
        case badQuery = "BadQuery", malformed = "Malformed", unauthorized = "Unauthorized", forbidden = "Forbidden"
        case notFound = "NotFound", conflict = "Conflict", tooLarge = "TooLarge", invalid = "Invalid"

        var status: Int {
            switch self {
            case .badQuery, .malformed: 400
            case .unauthorized: 401
            case .forbidden: 403
            case .notFound: 404
            case .conflict: 409
            case .tooLarge: 413
            case .invalid: 422
            }
        }

        var described: String {
            switch self {
            case .badQuery:
                response("A query parameter or header that is not what it should be — a page out of range, an unknown status, `sla` or `sort`, a date that is not a day — each named in `fields` (`bad_request`). Every invalid query value is a 400.", schema: "Error")
            case .malformed:
                response("The body is not JSON, or a value has the wrong JSON type (`malformed_json`); or a query parameter or header that is not what it should be (`bad_request`, each named in `fields`).", schema: "Error")
            case .unauthorized:
                response("No token, or an unknown or revoked one (`unauthorized`).", schema: "Error", header: "WWW-Authenticate")
            case .forbidden:
                response("The caller's account may not do this (`forbidden`).", schema: "Error")
            case .notFound:
                response("No such ticket, or one the caller may not see (`not_found`).", schema: "Error")
            case .conflict:
                response("`transition_not_allowed`: the move is impossible from the ticket's status; `stale_version`: the ticket changed since the version sent. Nothing was written.", schema: "Error")
            case .tooLarge:
                response("The body is over 256 kB (`payload_too_large`).", schema: "Error")
            case .invalid:
                response("Missing or invalid fields, each named in `fields` (`validation_failed`); a change of team the party's teams refuse (`team_change_refused`); an `Idempotency-Key` already used with another body (`idempotency_key_reused`). Nothing was written.", schema: "Error")
            }
        }
    }

    // MARK: JSON pieces

    /// The ticket's id in the path.
    private static let ticketID = reference("parameters/TicketID")

    /// A response with a body of `schema` in JSON; `header` names a string header it carries too.
    private static func response(_ description: String, schema: String, header: String? = nil) -> String {
        "{\"description\": \(text(description)), "
            + (header.map { "\"headers\": {\(text($0)): {\"schema\": {\"type\": \"string\"}}}, " } ?? "")
            + "\"content\": \(content(schema))}"
    }

    /// A required request body of `schema`.
    private static func body(_ schema: String, as mediaType: String = "application/json") -> String {
        "{\"required\": true, \"content\": \(content(schema, as: mediaType))}"
    }

    private static func content(_ schema: String, as mediaType: String = "application/json") -> String {
        "{\(text(mediaType)): {\"schema\": \(reference("schemas/\(schema)"))}}"
    }

    /// A `$ref` to `path` under `components`.
    private static func reference(_ path: String) -> String {
        ##"{"$ref": "#/components/\##(path)"}"##
    }

    /// An object of `members` in their order, one a line.
    private static func object(_ members: [(String, String)]) -> String {
        "{\n" + members.map { "\(text($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}"
    }

    /// `value` as a JSON string.
    private static func text(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
