import EntenteCore
import EntenteStorage
import Foundation
import Vapor

/// The avenant workflow of a convention: proposed with the cells it rewrites, put in concertation, approved by
/// each signatory party with its deliberation, effective from a date no earlier than the last approval —
/// then a new version of the convention, whose diff shows the changed cells.
enum AvenantController {
    struct Desk {
        let desk: GovernanceDesk
        let convention: Convention

        static func make(_ request: Request) throws -> Desk {
            let desk = try GovernanceDesk.make(request)
            guard let convention = request.parameters.get("id").flatMap({ desk.environment.conventions[$0] }),
                  GovernanceAccess.canReadPartnership(desk.user.viewer, in: convention) else { throw Abort(.notFound) }
            return Desk(desk: desk, convention: convention)
        }

        var store: AvenantStore { AvenantStore(database: desk.database) }
        var acts: Bool { GovernanceAccess.canActForAParty(desk.user.viewer, in: convention) }

        /// The signatory parties the user may speak for: theirs, or every one for an administrator.
        var ownParties: [String] {
            Avenant.signatories(of: convention).filter { GovernanceAccess.parties(of: desk.user.viewer, in: convention).contains($0) }
        }
    }

    @Sendable static func list(_ request: Request) async throws -> Response {
        let avenants = try Desk.make(request)
        return try await render(request, avenants)
    }

    static func render(_ request: Request, _ avenants: Desk, form: ProposalForm = ProposalForm(), problem: String? = nil) async throws -> Response {
        AvenantsPage(context: PageContext(request), convention: avenants.convention, avenants: try await avenants.store.avenants(conventionID: avenants.convention.id),
                     proposes: avenants.acts && !avenants.ownParties.isEmpty, form: form, problem: problem,
                     today: avenants.desk.environment.today)
            .render(status: problem == nil ? .ok : .unprocessableEntity)
    }

    struct ProposalForm: Content {
        var title: String?
        var summary: String?
        var component: String?
        var activity: String?
        var parties: String?
    }

    @Sendable static func propose(_ request: Request) async throws -> Response {
        let avenants = try Desk.make(request)
        guard avenants.acts, let proposer = avenants.ownParties.first else { throw Abort(.forbidden) }
        let form = try request.content.decode(ProposalForm.self, as: .urlEncodedForm)
        let language = PageContext(request).language
        let title = (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let codes = (form.parties ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !title.isEmpty else { return try await render(request, avenants, form: form, problem: AvenantPhrase.titleRequired.text(language)) }
        guard let activity = form.activity.flatMap(Activity.init(rawValue:)), let component = form.component,
              avenants.convention.component(id: component)?.domain.activities.contains(activity) == true else {
            return try await render(request, avenants, form: form, problem: AvenantPhrase.cellUnknown.text(language))
        }
        let declared = Set(avenants.convention.parties.map(\.code))
        guard !codes.isEmpty, codes.allSatisfy({ $0 == "none" || declared.contains($0) }) else {
            return try await render(request, avenants, form: form, problem: AvenantPhrase.partiesUnknown(declared.sorted(), language))
        }
        let cell: ResponsibilityCell = codes == ["none"] ? .notApplicable : .rules([ResponsibilityRule(raci: RACI(responsible: codes))])
        let changes = [ConventionVersion.CellChange(componentID: component, activity: activity, cell: cell)]
        do throws(Avenant.Refusal) { try Avenant.validate(changes, in: avenants.convention) } catch {
            return try await render(request, avenants, form: form, problem: AvenantPhrase.cellUnknown.text(language))
        }
        let proposed = try await avenants.store.propose(
            Avenant(conventionID: avenants.convention.id, number: 0, title: String(title.prefix(300)),
                    summary: String((form.summary ?? "").prefix(5000)), proposedBy: avenants.desk.user.email + " (\(proposer))",
                    proposedAt: avenants.desk.now, changes: changes),
            after: avenants.convention.versions.filter { $0.kind == .avenant }.count, at: avenants.desk.now)
        return request.redirect(to: SiteURL.avenant(avenants.convention.id, proposed.number).path, redirectType: .normal)
    }

    static func find(_ request: Request, _ avenants: Desk) async throws -> Avenant {
        guard let number = request.parameters.get("number", as: Int.self),
              let avenant = try await avenants.store.avenants(conventionID: avenants.convention.id).first(where: { $0.number == number })
        else { throw Abort(.notFound) }
        return avenant
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let avenants = try Desk.make(request)
        return try await page(request, avenants, try await find(request, avenants))
    }

    /// The page reads the stored convention — its initial cells and its versions — to show each version as it read.
    static func page(_ request: Request, _ avenants: Desk, _ avenant: Avenant, refusal: String? = nil) async throws -> Response {
        let stored = try await TerritoryStore(database: avenants.desk.database).convention(id: avenants.convention.id) ?? avenants.convention
        return AvenantPage(context: PageContext(request), convention: stored, avenant: avenant,
                    signatories: Avenant.signatories(of: avenants.convention), ownParties: avenants.acts ? avenants.ownParties : [],
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
        let avenants = try Desk.make(request)
        guard avenants.acts, !avenants.ownParties.isEmpty else { throw Abort(.forbidden) }
        var avenant = try await find(request, avenants)
        let form = try request.content.decode(StepForm.self, as: .urlEncodedForm)
        let desk = avenants.desk, language = PageContext(request).language
        let step = request.parameters.get("step") ?? ""
        guard ["concertation", "approval", "withdrawal"].contains(step) else { throw Abort(.notFound) }
        var approval: Avenant.Approval?
        if step == "approval" {
            guard let party = form.party, avenants.ownParties.contains(party), let date = form.date.flatMap({ CalendarDate(iso: $0) }) else {
                return try await page(request, avenants, avenant, refusal: AvenantPhrase.approvalIncomplete.text(language))
            }
            approval = Avenant.Approval(party: party, deliberation: String((form.deliberation ?? "").trimmingCharacters(in: .whitespaces).prefix(300)),
                                        date: date, recordedBy: desk.user.email)
        }
        let effective = form.effective.flatMap { CalendarDate(iso: $0) }
        do throws(Avenant.Refusal) {
            switch (step, approval) {
            case ("concertation", _): avenant = try avenant.inConcertation()
            case ("approval", let approval?): avenant = try avenant.approving(approval, effective: effective, in: avenants.convention)
            default:
                guard avenant.status != .approved else { throw .notOpen(avenant.status) }
                avenant.status = .withdrawn
            }
        } catch {
            return try await page(request, avenants, avenant, refusal: AvenantPhrase.refusal(error, language))
        }
        let change = switch step {
        case "approval": "approved by \(approval?.party ?? "") (\(approval?.deliberation ?? ""))"
            + (avenant.status == .approved ? ", effective \(avenant.effective?.description ?? "")" : "")
        default: step
        }
        try await avenants.store.save(avenant, change: change, actor: desk.user.email, at: desk.now)
        if avenant.status == .approved {
            desk.environment.book.replace(avenants.convention.amended(by: [avenant]).current)
        }
        return request.redirect(to: SiteURL.avenant(avenants.convention.id, avenant.number).path, redirectType: .normal)
    }
}
