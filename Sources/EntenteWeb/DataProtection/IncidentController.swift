import EntenteCore
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// Security incidents: the register, the report routed by the convention's security chains, and for
/// those who handle it the qualification, the timeline, the school head informed, the closure, a breach.
enum IncidentController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let conventions = Set(desk.entries.filter { $0.function != .management }.map(\.conventionID))
        let incidents = try await SecurityIncidentStore(database: request.db).incidents(conventions: conventions, reportedBy: desk.user.email)
            .filter { desk.canHandle($0) || $0.reportedBy == desk.user.email }
        return IncidentsPage(context: PageContext(request), incidents: incidents).render()
    }

    struct ReportForm: Content {
        var convention: String?
        var establishment: String?
        var zone: String?
        var component: String?
        var asset: String?
        var summary: String?
    }

    @Sendable static func newForm(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let conventions = try await desk.declarableConventions()
        return IncidentFormPage(context: PageContext(request), conventions: conventions,
                                form: ReportForm(convention: conventions.first?.id, establishment: desk.user.establishmentUAI),
                                problems: []).render()
    }

    @Sendable static func report(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let conventions = try await desk.declarableConventions()
        let form = try request.content.decode(ReportForm.self, as: .urlEncodedForm)
        let language = PageContext(request).language
        func text(_ value: String?, _ limit: Int) -> String { String((value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit)) }
        var problems: [String] = []
        let convention = conventions.first { $0.id == form.convention }
        let zone = form.zone.flatMap(NetworkZone.init(rawValue:))
        let component = text(form.component, 200).isEmpty ? nil : text(form.component, 200)
        let uai = desk.user.establishmentUAI ?? (text(form.establishment, 8).isEmpty ? nil : text(form.establishment, 8).uppercased())
        if text(form.summary, 20_000).isEmpty {
            problems.append(IncidentPhrase.summary.text(language) + PageContext(request).colon + IncidentPhrase.required.text(language))
        }
        var route: SecurityIncidentRouting.Route?
        if let convention {
            do { route = try SecurityIncidentRouting.route(in: convention, zone: zone, componentID: component) } catch {
                problems.append(IncidentPhrase.noSecurityChain.text(language))
            }
        } else {
            problems.append(IncidentPhrase.convention.text(language) + PageContext(request).colon + IncidentPhrase.required.text(language))
        }
        guard problems.isEmpty, let convention, let route else {
            return IncidentFormPage(context: PageContext(request), conventions: conventions, form: form, problems: problems)
                .render(status: .unprocessableEntity)
        }
        let incident = try await SecurityIncidentStore(database: request.db).report(
            SecurityIncident(id: UUID(), number: 0, conventionID: convention.id, establishmentUAI: uai, reportedBy: desk.user.email,
                             reportedAt: desk.now, zone: zone, componentID: component, assetReference: text(form.asset, 100).isEmpty ? nil : text(form.asset, 100),
                             summary: text(form.summary, 20_000), route: route),
            at: desk.now)
        return request.redirect(to: SiteURL.incident(incident.id).path, redirectType: .normal)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let incident = try await readable(request, desk)
        return try await page(request, desk, incident)
    }

    private static func page(_ request: Request, _ desk: BreachDesk, _ incident: SecurityIncident, refusal: String? = nil) async throws -> Response {
        let handles = desk.canHandle(incident)
        return IncidentPage(context: PageContext(request), incident: incident, convention: desk.environment.conventions[incident.conventionID],
                            entries: handles ? try await SecurityIncidentStore(database: request.db).entries(of: incident.id) : [],
                            handles: handles, today: desk.environment.today, refusal: refusal)
            .render(status: refusal == nil ? .ok : .unprocessableEntity)
    }

    struct ChangeForm: Content {
        var category: String?
        var severity: String?
        var kind: String?
        var text: String?
        var party: String?
        var due_on: String?
        var lessons: String?
    }

    /// `qualification`, `head-informed`, `entries`, `closure`.
    @Sendable static func change(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        var incident = try await readable(request, desk)
        guard desk.canHandle(incident) else { throw Abort(.forbidden) }
        let form = try request.content.decode(ChangeForm.self, as: .urlEncodedForm)
        let store = SecurityIncidentStore(database: request.db)
        let language = PageContext(request).language
        switch request.parameters.get("change") {
        case "qualification":
            guard let category = form.category.flatMap(SecurityIncident.Category.init(rawValue:)),
                  let severity = form.severity.flatMap(SecurityIncident.Severity.init(rawValue:)) else {
                throw Abort(.badRequest, reason: "category and severity")
            }
            incident.category = category
            incident.severity = severity
            incident.qualifiedAt = desk.now
            try await store.save(incident, change: "qualified \(category.rawValue) \(severity.rawValue)", actor: desk.user.email, at: desk.now)
        case "head-informed":
            incident.headInformedAt = desk.now
            try await store.save(incident, change: "head informed", actor: desk.user.email, at: desk.now)
        case "entries":
            guard let kind = form.kind.flatMap(IncidentEntry.Kind.init(rawValue:)) else { throw Abort(.badRequest, reason: "kind") }
            let text = (form.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                return try await page(request, desk, incident, refusal: IncidentPhrase.text.text(language) + PageContext(request).colon
                                      + IncidentPhrase.required.text(language))
            }
            let party = form.party?.trimmingCharacters(in: .whitespaces)
            try await store.add(IncidentEntry(id: UUID(), incidentID: incident.id, kind: kind, at: desk.now, author: desk.user.email,
                                              text: String(text.prefix(20_000)), party: party?.isEmpty == false ? party : nil,
                                              dueOn: form.due_on.flatMap { CalendarDate(iso: $0) }),
                                at: desk.now)
        case "closure":
            do throws(SecurityIncident.Refusal) { try incident.close(at: desk.now, lessons: String((form.lessons ?? "").prefix(20_000))) } catch {
                return try await page(request, desk, incident,
                                      refusal: (error == .missingLessons ? IncidentPhrase.missingLessons : .alreadyClosed).text(language))
            }
            try await store.save(incident, change: "closed", actor: desk.user.email, at: desk.now)
        default:
            throw Abort(.notFound)
        }
        return request.redirect(to: SiteURL.incident(incident.id).path, redirectType: .normal)
    }

    @Sendable static func completeEntry(_ request: Request) async throws -> Response {
        let desk = try await BreachDesk.make(request)
        let incident = try await readable(request, desk)
        guard desk.canHandle(incident), let entryID = request.parameters.get("entryID", as: UUID.self) else { throw Abort(.forbidden) }
        try await SecurityIncidentStore(database: request.db).complete(entry: entryID, of: incident.id, actor: desk.user.email, at: desk.now)
        return request.redirect(to: SiteURL.incident(incident.id).path, redirectType: .normal)
    }

    static func readable(_ request: Request, _ desk: BreachDesk) async throws -> SecurityIncident {
        guard let id = request.parameters.get("id", as: UUID.self),
              let incident = try await SecurityIncidentStore(database: request.db).incident(id),
              desk.canHandle(incident) || incident.reportedBy == desk.user.email else { throw Abort(.notFound) }
        return incident
    }
}
