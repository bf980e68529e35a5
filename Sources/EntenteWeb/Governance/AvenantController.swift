import EntenteCore
import EntenteStorage
import Foundation
import Vapor

/// The avenant workflow of a convention: proposed with the cells it rewrites, put in concertation, approved by
/// each signatory party with its deliberation, effective from a date no earlier than the last approval —
/// then a new version of the convention, whose diff shows the changed cells.
enum AvenantController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let partnership = try PartnershipDesk.make(request)
        return try await render(request, partnership)
    }

    static func render(_ request: Request, _ partnership: PartnershipDesk, form: ProposalForm = ProposalForm(), problem: String? = nil) async throws -> Response {
        AvenantsPage(context: PageContext(request), convention: partnership.convention, avenants: try await partnership.avenants.avenants(conventionID: partnership.convention.id),
                     proposes: partnership.acts && !partnership.ownParties.isEmpty, form: form, problem: problem,
                     today: partnership.desk.environment.today)
            .render(status: problem == nil ? .ok : .unprocessableEntity)
    }

    struct ProposalForm: Content {
        var title: String?
        var summary: String?
        var component: String?
        var activity: String?
        var parties: String?
        var joining_code: String?
        var joining_name: String?
        var joining_kind: String?
        var joining_partner: String?
        var leaving: String?
    }

    @Sendable static func propose(_ request: Request) async throws -> Response {
        let partnership = try PartnershipDesk.make(request)
        guard partnership.acts, let proposer = partnership.ownParties.first else { throw Abort(.forbidden) }
        let form = try request.content.decode(ProposalForm.self, as: .urlEncodedForm)
        let language = PageContext(request).language
        let title = (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let codes = (form.parties ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !title.isEmpty else { return try await render(request, partnership, form: form, problem: AvenantPhrase.titleRequired.text(language)) }
        func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        // A cell rewritten when a split is given; a partner joining when its code is; a party leaving when chosen.
        var changes: [ConventionVersion.CellChange] = []
        if !codes.isEmpty {
            guard let activity = form.activity.flatMap(Activity.init(rawValue:)), let component = form.component,
                  partnership.convention.component(id: component)?.domain.activities.contains(activity) == true else {
                return try await render(request, partnership, form: form, problem: AvenantPhrase.cellUnknown.text(language))
            }
            let declared = Set(partnership.convention.parties.map(\.code))
            guard codes.allSatisfy({ $0 == "none" || declared.contains($0) }) else {
                return try await render(request, partnership, form: form, problem: AvenantPhrase.partiesUnknown(declared.sorted(), language))
            }
            let cell: ResponsibilityCell = codes == ["none"] ? .notApplicable : .rules([ResponsibilityRule(raci: RACI(responsible: codes))])
            changes = [ConventionVersion.CellChange(componentID: component, activity: activity, cell: cell)]
        }
        var joining: [ConventionParty] = []
        if !clean(form.joining_code).isEmpty {
            guard let kind = form.joining_kind.flatMap(PartnerKind.init(rawValue:)), !clean(form.joining_name).isEmpty else {
                return try await render(request, partnership, form: form, problem: AvenantPhrase.refusal(.notANewPartner(clean(form.joining_code)), language))
            }
            joining = [ConventionParty(code: clean(form.joining_code).uppercased(), partnerCode: clean(form.joining_partner).isEmpty ? nil : clean(form.joining_partner),
                                       kind: kind, name: String(clean(form.joining_name).prefix(200)))]
        }
        let leaving = clean(form.leaving).isEmpty ? [] : [clean(form.leaving)]
        do throws(Avenant.Refusal) { try Avenant.validate(changes, joining: joining, leaving: leaving, in: partnership.convention) } catch {
            return try await render(request, partnership, form: form, problem: AvenantPhrase.refusal(error, language))
        }
        let proposed = try await partnership.avenants.propose(
            Avenant(conventionID: partnership.convention.id, number: 0, title: String(title.prefix(300)),
                    summary: String((form.summary ?? "").prefix(5000)), proposedBy: partnership.desk.user.email + " (\(proposer))",
                    proposedAt: partnership.desk.now, changes: changes, joining: joining, leaving: leaving),
            after: partnership.convention.versions.filter { $0.kind == .avenant }.count, at: partnership.desk.now)
        return request.redirect(to: SiteURL.avenant(partnership.convention.id, proposed.number).path, redirectType: .normal)
    }

    static func find(_ request: Request, _ partnership: PartnershipDesk) async throws -> Avenant {
        guard let number = request.parameters.get("number", as: Int.self),
              let avenant = try await partnership.avenants.avenants(conventionID: partnership.convention.id).first(where: { $0.number == number })
        else { throw Abort(.notFound) }
        return avenant
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let partnership = try PartnershipDesk.make(request)
        return try await page(request, partnership, try await find(request, partnership))
    }

    /// The page reads the stored convention — its initial cells and its versions — to show each version as it read.
    static func page(_ request: Request, _ partnership: PartnershipDesk, _ avenant: Avenant, refusal: String? = nil) async throws -> Response {
        let stored = try await TerritoryStore(database: partnership.desk.database).convention(id: partnership.convention.id) ?? partnership.convention
        return AvenantPage(context: PageContext(request), convention: stored, avenant: avenant,
                    signatories: avenant.approvers(in: partnership.convention),
                    ownParties: partnership.acts ? partnership.ownParties(among: avenant.approvers(in: partnership.convention)) : [],
                    refusal: refusal).render(status: refusal == nil ? .ok : .unprocessableEntity)
    }

    struct StepForm: Content {
        var party: String?
        var deliberation: String?
        var date: String?
        var effective: String?
    }

    /// `concertation`, `approval`, `withdrawal`.
    @Sendable static func step(_ request: Request) async throws -> Response {
        let partnership = try PartnershipDesk.make(request)
        guard partnership.acts, !partnership.ownParties.isEmpty else { throw Abort(.forbidden) }
        var avenant = try await find(request, partnership)
        let form = try request.content.decode(StepForm.self, as: .urlEncodedForm)
        let desk = partnership.desk, language = PageContext(request).language
        let step = request.parameters.get("step") ?? ""
        guard ["concertation", "approval", "withdrawal"].contains(step) else { throw Abort(.notFound) }
        var approval: Avenant.Approval?
        if step == "approval" {
            guard let party = form.party, partnership.ownParties(among: avenant.approvers(in: partnership.convention)).contains(party),
                  let date = form.date.flatMap({ CalendarDate(iso: $0) }) else {
                return try await page(request, partnership, avenant, refusal: AvenantPhrase.approvalIncomplete.text(language))
            }
            approval = Avenant.Approval(party: party, deliberation: String((form.deliberation ?? "").trimmingCharacters(in: .whitespaces).prefix(300)),
                                        date: date, recordedBy: desk.user.email)
        }
        let effective = form.effective.flatMap { CalendarDate(iso: $0) }
        do throws(Avenant.Refusal) {
            switch (step, approval) {
            case ("concertation", _): avenant = try avenant.inConcertation()
            case ("approval", let approval?): avenant = try avenant.approving(approval, effective: effective, in: partnership.convention)
            default:
                guard avenant.status != .approved else { throw .notOpen(avenant.status) }
                avenant.status = .withdrawn
            }
        } catch {
            return try await page(request, partnership, avenant, refusal: AvenantPhrase.refusal(error, language))
        }
        let change = switch step {
        case "approval": "approved by \(approval?.party ?? "") (\(approval?.deliberation ?? ""))"
            + (avenant.status == .approved ? ", effective \(avenant.effective?.description ?? "")" : "")
        default: step
        }
        try await partnership.avenants.save(avenant, change: change, actor: desk.user.email, at: desk.now)
        if avenant.status == .approved {
            // The server runs on the stored text with its versions, now this one too.
            if let stored = try await TerritoryStore(database: desk.database).convention(id: partnership.convention.id) {
                desk.environment.book.replace(stored.current)
            }
        }
        return request.redirect(to: SiteURL.avenant(partnership.convention.id, avenant.number).path, redirectType: .normal)
    }
}
