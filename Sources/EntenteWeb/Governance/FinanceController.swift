import EntenteCore
import EntenteStorage
import Foundation
import Vapor

/// A convention's sums: each year's contribution with its arithmetic, the call for funds (printable and
/// CSV) and the payments received; the cost-sharing envelopes and their shares; the budget affectations,
/// their commitments and what remains, with the overrun a draft would cause.
enum FinanceController {
    @Sendable static func page(_ request: Request) async throws -> Response {
        try await render(request, try PartnershipDesk.make(request))
    }

    static func render(_ request: Request, _ finance: PartnershipDesk, problem: String? = nil, warning: String? = nil) async throws -> Response {
        FinancePage(context: PageContext(request), convention: finance.convention,
                    payments: try await finance.finances.payments(conventionID: finance.convention.id),
                    commitments: try await finance.finances.commitments(conventionID: finance.convention.id),
                    records: finance.acts,
                    problem: problem, warning: warning, redistribution: redistribution(request))
            .render(status: problem == nil && warning == nil ? HTTPStatus.ok : .unprocessableEntity)
    }

    /// `?penalty=…&participants=…`: a sum to pay back by the final key, when both are sound.
    static func redistribution(_ request: Request) -> (total: Money, participants: Int)? {
        guard let text = request.query[String.self, at: "penalty"], let total = try? Money(parsing: text), total.cents > 0,
              let count = request.query[Int.self, at: "participants"], (1...1000).contains(count) else { return nil }
        return (total, count)
    }

    /// The calculation asked by `?schedule=…&year=…`.
    static func calculation(_ request: Request, _ finance: PartnershipDesk) throws -> (ContributionSchedule, ContributionCalculation) {
        guard let schedule = finance.convention.contributions.first(where: { $0.id == request.query[String.self, at: "schedule"] }),
              let year = request.query[Int.self, at: "year"] else { throw Abort(.badRequest, reason: "schedule and year") }
        do { return (schedule, try ContributionCalculation.compute(schedule, year: year)) } catch {
            throw Abort(.notFound, reason: "\(schedule.id) has no contribution for \(year)")
        }
    }

    @Sendable static func callForFunds(_ request: Request) async throws -> Response {
        let finance = try PartnershipDesk.make(request)
        let (schedule, calculation) = try calculation(request, finance)
        return CallForFundsPage(context: PageContext(request), convention: finance.convention, schedule: schedule, calculation: calculation).render()
    }

    @Sendable static func callForFundsCSV(_ request: Request) async throws -> Response {
        let finance = try PartnershipDesk.make(request)
        let (schedule, calculation) = try calculation(request, finance)
        let lines = FinanceSteps.lines(calculation, schedule: schedule, language: PageContext(request).language)
        return CSVDocument(header: ["step", "value"], rows: lines.map { [$0.0, $0.1] })
            .response(fileName: "appel-de-fonds-\(schedule.id)-\(calculation.year).csv")
    }

    struct ChangeForm: Content {
        var schedule: String?
        var year: Int?
        var paid_on: String?
        var amount: String?
        var reference: String?
        var authorization: String?
        var label: String?
        var status: String?
        var commitment: String?
    }

    /// `payments`, `commitments` (drafted with the overrun warning, confirmed once it fits), `commitment-status`.
    @Sendable static func change(_ request: Request) async throws -> Response {
        let finance = try PartnershipDesk.make(request)
        guard finance.acts else { throw Abort(.forbidden) }
        let form = try request.content.decode(ChangeForm.self, as: .urlEncodedForm)
        let language = PageContext(request).language
        let desk = finance.desk
        let amount = try? Money(parsing: form.amount ?? "")
        switch request.parameters.get("change") {
        case "payments":
            guard let schedule = finance.convention.contributions.first(where: { $0.id == form.schedule }), let year = form.year,
                  schedule.months[year] != nil, let paid = form.paid_on.flatMap({ CalendarDate(iso: $0) }), let amount, amount.cents > 0 else {
                return try await render(request, finance, problem: FinancePhrase.paymentIncomplete.text(language))
            }
            try await finance.finances.record(FinanceStore.Payment(conventionID: finance.convention.id, scheduleID: schedule.id, year: year, paidOn: paid,
                                                                amount: amount, reference: String((form.reference ?? "").prefix(200)),
                                                                recordedBy: desk.user.email), at: desk.now)
        case "commitments":
            let authorizations = finance.convention.budget.flatMap(\.authorizations)
            let label = (form.label ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard let authorization = authorizations.first(where: { $0.id == form.authorization }), let amount, amount.cents > 0, !label.isEmpty else {
                return try await render(request, finance, problem: FinancePhrase.commitmentIncomplete.text(language))
            }
            let position = BudgetPosition(authorization: authorization, commitments: try await finance.finances.commitments(conventionID: finance.convention.id))
            let status: BudgetCommitment.Status = form.status == "confirmed" ? .confirmed : .draft
            // A draft that would overrun is kept, with the warning; a confirmation that would overrun is refused.
            let overrun = position.overrun(adding: amount)
            if let overrun, status == .confirmed {
                return try await render(request, finance, problem: FinancePhrase.overrunRefused(overrun, authorization, language))
            }
            try await finance.finances.record(BudgetCommitment(conventionID: finance.convention.id, authorizationID: authorization.id,
                                                            label: String(label.prefix(300)), amount: amount, status: status,
                                                            date: desk.environment.today, author: desk.user.email), at: desk.now)
            if let overrun {
                return try await render(request, finance, warning: FinancePhrase.overrunWarning(overrun, authorization, language))
            }
        case "commitment-status":
            guard let id = form.commitment.flatMap(UUID.init(uuidString:)), let status = form.status.flatMap(BudgetCommitment.Status.init(rawValue:)),
                  let commitment = try await finance.finances.commitments(conventionID: finance.convention.id).first(where: { $0.id == id }),
                  let authorization = finance.convention.budget.flatMap(\.authorizations).first(where: { $0.id == commitment.authorizationID })
            else { throw Abort(.badRequest, reason: "commitment and status") }
            if status == .confirmed {
                let others = try await finance.finances.commitments(conventionID: finance.convention.id).filter { $0.id != id && $0.status == .confirmed }
                if let overrun = BudgetPosition(authorization: authorization, commitments: others).overrun(adding: commitment.amount) {
                    return try await render(request, finance, problem: FinancePhrase.overrunRefused(overrun, authorization, language))
                }
            }
            try await finance.finances.setStatus(of: id, to: status, actor: desk.user.email, at: desk.now)
        default:
            throw Abort(.notFound)
        }
        return request.redirect(to: SiteURL.finance(finance.convention.id).path, redirectType: .normal)
    }
}
