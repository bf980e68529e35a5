import EntenteCore
import EntenteMail
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// Personal-data breaches: the register, the declaration, a breach with its clocks, its notifications,
/// the crisis cell's decision and its resolution, the register's exports and the sheet for the CNIL.
enum BreachController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let (handled, declared) = try await desk.register()
        return BreachesPage(context: PageContext(request), desk: desk, handled: handled, declared: declared).render()
    }

    struct DeclarationForm: Content {
        var convention: String?
        var origin: String?
        var aware: String?
        var service: String?
        var hosting: String?
        var started: String?
        var ended: String?
        var nature_confidentiality: String?
        var nature_integrity: String?
        var nature_availability: String?
        var summary: String?
        var data: String?
        var persons: String?
        var person_count: String?
        var record_count: String?
        var measures: String?
        /// The security incident the breach comes from.
        var incident: String?
    }

    @Sendable static func newForm(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let conventions = try await desk.declarableConventions()
        var form = DeclarationForm(convention: conventions.first?.id)
        // From an incident its handler opens: its convention, its handling party as origin, what was seen.
        if let id = request.query[UUID.self, at: "incident"],
           let incident = try await SecurityIncidentStore(database: request.db).incident(id), desk.canHandle(incident) {
            let local = TimeZone.europeParis.localDateTime(at: incident.reportedAt)
            form = DeclarationForm(convention: incident.conventionID, origin: incident.route.handlerCode,
                                   aware: "\(local.date)T\(local.hour.zeroPadded2):\(local.minute.zeroPadded2)",
                                   service: incident.componentID, summary: incident.summary,
                                   incident: incident.id.uuidString.lowercased())
        }
        return BreachFormPage(context: PageContext(request), conventions: conventions, form: form, problems: [:]).render()
    }

    @Sendable static func declare(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let conventions = try await desk.declarableConventions()
        let form = try request.content.decode(DeclarationForm.self, as: .urlEncodedForm)
        var reading: [BreachDeclaration.Field: BreachDeclaration.Problem] = [:]
        func instant(_ text: String?, _ field: BreachDeclaration.Field) -> Instant? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let instant = try? Instant.parse(iso: text, in: .europeParis) else { reading[field] = .invalid; return nil }
            return instant
        }
        func count(_ text: String?, _ field: BreachDeclaration.Field) -> Int? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = Int(text.filter { !$0.isWhitespace }) else { reading[field] = .invalid; return nil }
            return value
        }
        let convention = conventions.first { $0.id == form.convention }
        if convention == nil { reading[.origin] = .required }
        let origin = form.origin.flatMap { code in convention?.parties.first { $0.code == code }?.code }
        if origin == nil { reading[.origin] = .required }
        let awareness = instant(form.aware, .awareness)
        let natures = Set([(form.nature_confidentiality, BreachNature.confidentiality), (form.nature_integrity, .integrity),
                           (form.nature_availability, .availability)].compactMap { $0.0 == nil ? nil : $0.1 })
        func text(_ value: String?) -> String { value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
        let declaration = BreachDeclaration(
            service: text(form.service), hostingLocation: text(form.hosting), startedAt: instant(form.started, .startedAt),
            endedAt: instant(form.ended, .endedAt), natures: natures, summary: text(form.summary),
            dataCategories: text(form.data), personCategories: text(form.persons),
            personCount: count(form.person_count, .personCount), recordCount: count(form.record_count, .recordCount),
            measures: text(form.measures))
        let problems = declaration.problems(awareness: awareness, at: desk.now, reading: reading)
        guard problems.isEmpty, let convention, let origin, let awareness else {
            return BreachFormPage(context: PageContext(request), conventions: conventions, form: form, problems: problems)
                .render(status: .unprocessableEntity)
        }
        let breach = try await BreachStore(database: request.db).declare(
            Breach(id: UUID(), number: 0, conventionID: convention.id, originCode: origin, declaredBy: desk.user.email,
                   declaredAt: desk.now, declaration: declaration, progress: BreachProgress(awareness: awareness)),
            actor: desk.user.email, at: desk.now)
        if let id = form.incident.flatMap(UUID.init(uuidString:)),
           var incident = try await SecurityIncidentStore(database: request.db).incident(id), desk.canHandle(incident) {
            incident.breachID = breach.id
            try await SecurityIncidentStore(database: request.db).save(incident, change: "breach", actor: desk.user.email, at: desk.now)
        }
        await BreachMailer(desk: desk, logger: request.logger).declared(breach)
        return request.redirect(to: SiteURL.breach(breach.id).path, redirectType: .normal)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let breach = try await desk.readable(request.parameters.get("id", as: UUID.self))
        return try await page(request, desk: desk, breach: breach)
    }

    private static func page(_ request: Request, desk: BreachDesk, breach: Breach, refusal: String? = nil) async throws -> Response {
        let store = BreachStore(database: request.db)
        let handles = desk.canHandle(breach)
        let page = BreachPage(
            context: PageContext(request), breach: breach, convention: desk.environment.conventions[breach.conventionID],
            standing: BreachClock.standing(of: desk.obligations(of: breach), progress: breach.progress, at: desk.now),
            now: desk.now, handles: handles, notifications: try await store.notifications(of: breach.id),
            reads: handles ? try await store.reads(of: breach.id) : [], canMail: desk.mailSender != nil, refusal: refusal)
        return page.render(status: refusal == nil ? .ok : .unprocessableEntity)
    }

    struct NotificationForm: Content {
        var audience: String
        var phase: String
        var proof: String?
        var send_by_mail: String?
    }

    @Sendable static func notify(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let breach = try await desk.handled(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(NotificationForm.self, as: .urlEncodedForm)
        let language = PageContext(request).language
        guard let audience = BreachNotification.Audience(rawValue: form.audience),
              let phase = BreachNotification.Phase(rawValue: form.phase) else {
            throw Abort(.badRequest, reason: "audience: partners, authority, persons; phase: initial, complementary, final")
        }
        let store = BreachStore(database: request.db)
        let earlier = try await store.notifications(of: breach.id)
        let version: Int
        do throws(BreachNotification.Refusal) {
            version = try BreachNotification.nextVersion(of: phase, to: audience, after: earlier,
                                                         decision: breach.progress.authorityDecision)
        } catch {
            return try await page(request, desk: desk, breach: breach, refusal: BreachPhrase.refusal(error, language))
        }
        let byMail = form.send_by_mail != nil && audience == .partners && desk.mailSender != nil
        let recipients: [String] = switch audience {
        case .partners: try await desk.partnerRecipients(of: breach)
        case .authority: [BreachPhrase.supervisoryAuthority.text(.fr)]
        case .persons: [breach.declaration.personCategories.isEmpty ? BreachPhrase.dataSubjects.text(.fr) : breach.declaration.personCategories]
        }
        let proof: String
        if byMail {
            proof = try await BreachMailer(desk: desk, logger: request.logger)
                .send(breach, phase: phase, version: version, to: recipients)
        } else {
            let given = form.proof?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !given.isEmpty, given.count <= 2_000 else {
                return try await page(request, desk: desk, breach: breach, refusal: BreachPhrase.refusal(.missingProof, language))
            }
            proof = given
        }
        _ = try await store.record(
            BreachNotification(id: UUID(), breachID: breach.id, audience: audience, phase: phase, version: version,
                               sentAt: desk.now, sentBy: desk.user.email, recipients: recipients, content: breach.declaration,
                               proof: proof),
            actor: desk.user.email, at: desk.now)
        return request.redirect(to: SiteURL.breach(breach.id).path + "#notifications", redirectType: .normal)
    }

    struct DecisionForm: Content {
        var convened_at: String
        var members: String?
        var decision: String
        var reasoning: String
        var high_risk: String?
    }

    @Sendable static func decide(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        var breach = try await desk.handled(request.parameters.get("id", as: UUID.self))
        let form = try request.content.decode(DecisionForm.self, as: .urlEncodedForm)
        let language = PageContext(request).language
        guard let convened = try? Instant.parse(iso: form.convened_at, in: .europeParis), convened <= desk.now else {
            throw Abort(.unprocessableEntity, reason: BreachPhrase.convenedAt.text(language) + PageContext(request).colon
                        + BreachPhrase.invalid.text(language))
        }
        let reasoning = form.reasoning.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reasoning.isEmpty, reasoning.count <= 20_000 else {
            throw Abort(.unprocessableEntity, reason: BreachPhrase.reasoning.text(language) + PageContext(request).colon
                        + BreachPhrase.required.text(language))
        }
        let decision: BreachProgress.AuthorityDecision
        switch form.decision {
        case "notify": decision = .notify
        case "do-not-notify": decision = .doNotNotify
        default: throw Abort(.badRequest, reason: "decision: notify or do-not-notify")
        }
        breach.progress.crisisCellConvenedAt = convened
        breach.progress.authorityDecision = decision
        breach.progress.authorityDecidedAt = desk.now
        breach.progress.highRisk = switch form.high_risk { case "yes": true; case "no": false; default: nil }
        breach.decisionReasoning = reasoning
        breach.crisisCellMembers = form.members?.trimmingCharacters(in: .whitespacesAndNewlines).prefix(2_000).description
        try await BreachStore(database: request.db).save(breach, action: .breachDecided, actor: desk.user.email, at: desk.now)
        return request.redirect(to: SiteURL.breach(breach.id).path, redirectType: .normal)
    }

    @Sendable static func resolve(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        var breach = try await desk.handled(request.parameters.get("id", as: UUID.self))
        guard !breach.isResolved else { return request.redirect(to: SiteURL.breach(breach.id).path, redirectType: .normal) }
        breach.progress.resolvedAt = desk.now
        try await BreachStore(database: request.db).save(breach, action: .breachResolved, actor: desk.user.email, at: desk.now)
        return request.redirect(to: SiteURL.breach(breach.id).path, redirectType: .normal)
    }

    @Sendable static func authoritySheet(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let breach = try await desk.handled(request.parameters.get("id", as: UUID.self))
        return BreachAuthorityPage(context: PageContext(request), breach: breach,
                                   convention: desk.environment.conventions[breach.conventionID]).render()
    }

    @Sendable static func registerCSV(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let register = BreachRegister(breaches: try await desk.register().handled, desk: desk)
        return register.csv().response(fileName: "registre-violations.csv")
    }

    @Sendable static func registerJSON(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        return try APIJSON.response(BreachRegister(breaches: try await desk.register().handled, desk: desk).entries)
    }
}
