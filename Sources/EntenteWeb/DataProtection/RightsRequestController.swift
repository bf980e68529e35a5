import EntenteCore
import EntenteMail
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// Rights requests for the DPDs a crisis directory names: the register, a new request routed by the
/// convention's table, and its steps — identity, acknowledgement, extension, answer.
enum RightsRequestController {
    /// The DPD entries naming the user, by convention.
    private static func dpdConventions(_ request: Request) async throws -> (SignedInUser, [CrisisContact]) {
        let user = try request.requireUser()
        let entries = try await CrisisDirectoryStore(database: request.db).contacts(email: user.email).filter { $0.function == .dpd }
        return (user, entries)
    }

    @Sendable static func list(_ request: Request) async throws -> Response {
        let (_, entries) = try await dpdConventions(request)
        let requests = try await RightsRequestStore(database: request.db).requests(conventions: Set(entries.map(\.conventionID)))
            .filter { canHandle($0, entries) }
        return RightsRequestsPage(context: PageContext(request), requests: requests, today: request.entente.today,
                                  canRecord: !entries.isEmpty).render()
    }

    @Sendable static func csv(_ request: Request) async throws -> Response {
        let (_, entries) = try await dpdConventions(request)
        let today = request.entente.today
        let requests = try await RightsRequestStore(database: request.db).requests(conventions: Set(entries.map(\.conventionID)))
            .filter { canHandle($0, entries) }
        return CSVDocument(
            header: ["reference", "convention", "right", "requester", "received_by", "received_on", "handler", "with",
                     "identity", "acknowledged_on", "extended_on", "extension_reason", "last_day", "answered_on", "standing"],
            rows: requests.map { item in
                [item.reference, item.conventionID, item.right.rawValue, item.requester.rawValue, item.receivedBy,
                 item.receivedOn.description, item.handlerCode, item.contributorCodes.joined(separator: " "), item.identity.rawValue,
                 item.acknowledgedOn?.description ?? "", item.extendedOn?.description ?? "", item.extensionReason ?? "",
                 item.lastDay.description, item.answeredOn?.description ?? "",
                 RightsRequestPhrase.standing(item.standing(on: today), .en)]
            }).response(fileName: "registre-demandes-de-droits.csv")
    }

    struct RequestForm: Content {
        var convention: String?
        var right: String?
        var requester: String?
        var requester_name: String?
        var requester_contact: String?
        var received_by: String?
        var received_on: String?
    }

    @Sendable static func newForm(_ request: Request) async throws -> Response {
        let (_, entries) = try await dpdConventions(request)
        guard !entries.isEmpty else { throw Abort(.forbidden) }
        return RightsRequestFormPage(context: PageContext(request), conventions: conventions(entries, request),
                                     form: RequestForm(received_on: request.entente.today.description), problems: []).render()
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let (user, entries) = try await dpdConventions(request)
        guard !entries.isEmpty else { throw Abort(.forbidden) }
        let form = try request.content.decode(RequestForm.self, as: .urlEncodedForm)
        let allowed = conventions(entries, request)
        let language = PageContext(request).language
        var problems: [String] = []
        func text(_ value: String?) -> String { String((value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(500)) }
        let convention = allowed.first { $0.id == form.convention }
        if convention == nil { problems.append(RightsRequestPhrase.notOnAllowedConvention.text(language)) }
        let right = form.right.flatMap(DataSubjectRight.init(rawValue:))
        let requester = form.requester.flatMap(RequesterCategory.init(rawValue:))
        let received = form.received_on.flatMap { CalendarDate(iso: $0.trimmingCharacters(in: .whitespaces)) }
        for (value, phrase) in [(right as Any?, RightsRequestPhrase.right), (requester, .requester), (received, .receivedOn)] where value == nil {
            problems.append(phrase.text(language) + PageContext(request).colon + RightsRequestPhrase.required.text(language))
        }
        if text(form.requester_name).isEmpty {
            problems.append(RightsRequestPhrase.requesterName.text(language) + PageContext(request).colon + RightsRequestPhrase.required.text(language))
        }
        if let received, received > request.entente.today { problems.append(RightsRequestPhrase.receivedInFuture.text(language)) }
        var route: RightsRequestRouting.Route?
        if let convention, let right, let requester, let receiver = form.received_by {
            do { route = try RightsRequestRouting.route(right: right, requester: requester, receivedBy: receiver, in: convention) } catch {
                problems.append(RightsRequestPhrase.receivedBy.text(language) + PageContext(request).colon + RightsRequestPhrase.required.text(language))
            }
        }
        guard problems.isEmpty, let convention, let right, let requester, let received, let route, let receiver = form.received_by else {
            return RightsRequestFormPage(context: PageContext(request), conventions: allowed, form: form, problems: problems)
                .render(status: .unprocessableEntity)
        }
        let recorded = try await RightsRequestStore(database: request.db).record(
            RightsRequest(id: UUID(), number: 0, conventionID: convention.id, right: right, requester: requester,
                          requesterName: text(form.requester_name), requesterContact: text(form.requester_contact),
                          receivedBy: receiver, receivedOn: received, handlerCode: route.handlerCode,
                          contributorCodes: route.contributorCodes, recordedBy: user.email),
            actor: user.email, at: Instant(request.entente.now()))
        return request.redirect(to: SiteURL.rightsRequest(recorded.id).path, redirectType: .normal)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let (item, _) = try await readable(request)
        return try page(request, item)
    }

    private static func page(_ request: Request, _ item: RightsRequest, refusal: String? = nil) throws -> Response {
        let convention = request.entente.conventions[item.conventionID]
        let route = convention.flatMap { try? RightsRequestRouting.route(right: item.right, requester: item.requester,
                                                                          receivedBy: item.receivedBy, in: $0) }
        return RightsRequestPage(context: PageContext(request), item: item, convention: convention, route: route,
                                 today: request.entente.today, refusal: refusal)
            .render(status: refusal == nil ? .ok : .unprocessableEntity)
    }

    struct StepForm: Content {
        var identity: String?
        var identity_note: String?
        var reason: String?
        var answer: String?
    }

    /// One step of the request: `identity`, `acknowledgement`, `extension` or `answer`.
    @Sendable static func step(_ request: Request) async throws -> Response {
        var (item, user) = try await readable(request)
        let form = try request.content.decode(StepForm.self, as: .urlEncodedForm)
        let today = request.entente.today, now = Instant(request.entente.now())
        let step = request.parameters.get("step") ?? ""
        guard ["identity", "acknowledgement", "extension", "answer"].contains(step) else { throw Abort(.notFound) }
        let identity = form.identity.flatMap(RightsRequest.Identity.init(rawValue:))
        if step == "identity", identity == nil { throw Abort(.badRequest, reason: "identity: pending, verified, not-needed") }
        var change = step
        do throws(RightsRequest.Refusal) {
            switch step {
            case "identity":
                item.identity = identity ?? .pending
                item.identityNote = form.identity_note.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(2_000)) }
                change = "identity=\(item.identity.rawValue)"
            case "acknowledgement":
                item.acknowledgedOn = today
            case "extension":
                try item.extend(on: today, reason: String((form.reason ?? "").prefix(2_000)))
            default:
                try item.recordAnswer(String((form.answer ?? "").prefix(20_000)), on: today)
            }
        } catch {
            return try page(request, item, refusal: RightsRequestPhrase.refusal(error, PageContext(request).language))
        }
        if step == "acknowledgement" { await acknowledge(item, request) }
        try await RightsRequestStore(database: request.db).save(item, change: change, actor: user.email, at: now)
        return request.redirect(to: SiteURL.rightsRequest(item.id).path, redirectType: .normal)
    }

    /// Mails the acknowledgement when the requester gave an e-mail address and a mail server is set.
    private static func acknowledge(_ item: RightsRequest, _ request: Request) async {
        guard let sender = request.entente.notifier.sender, CrisisContact.isEmail(item.requesterContact) else { return }
        let handler = request.entente.conventions[item.conventionID]?.party(code: item.handlerCode)?.name ?? item.handlerCode
        let text = RightsRequestPhrase.acknowledgementText(item, handler: handler)
        do {
            try await sender.send(MailMessage(from: request.entente.notifier.from, to: [item.requesterContact],
                                              subject: "Accusé de réception — \(item.reference)", body: text,
                                              messageID: "\(item.reference).ack@entente"))
        } catch {
            request.logger.warning("acknowledgement of \(item.reference) not mailed: \(error)")
        }
    }

    private static func readable(_ request: Request) async throws -> (RightsRequest, SignedInUser) {
        let (user, entries) = try await dpdConventions(request)
        guard let id = request.parameters.get("id", as: UUID.self), let item = try await RightsRequestStore(database: request.db).request(id),
              canHandle(item, entries) || item.recordedBy == user.email else { throw Abort(.notFound) }
        return (item, user)
    }

    /// A DPD of one of the parties concerned, in the request's convention.
    private static func canHandle(_ item: RightsRequest, _ entries: [CrisisContact]) -> Bool {
        entries.contains { $0.conventionID == item.conventionID && item.partiesConcerned.contains($0.partyCode) }
    }

    private static func conventions(_ entries: [CrisisContact], _ request: Request) -> [Convention] {
        Set(entries.map(\.conventionID)).compactMap { request.entente.conventions[$0] }.sorted { $0.id < $1.id }
    }
}
