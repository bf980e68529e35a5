import EntenteCore
import EntenteStorage
import Plot
import Vapor

/// A convention's sums: contributions per year with the call for funds and payments; cost-sharing envelopes
/// under each hypothesis and among the participants; the budget affectations with their totals checked,
/// their commitments, what remains and the drafting of a commitment.
struct FinancePage {
    let context: PageContext
    let convention: Convention
    let payments: [FinanceStore.Payment]
    let commitments: [BudgetCommitment]
    let records: Bool
    let problem: String?
    let warning: String?
    /// A sum to divide by the final key (penalties paid back), with the number of participants at the end.
    let redistribution: (total: Money, participants: Int)?

    private func f(_ phrase: FinancePhrase) -> String { phrase.text(context.language) }
    private func euros(_ money: Money) -> String { money.description + " €" }
    private func post(_ change: String, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(SiteURL.financeChange(convention.id, change).path),
              .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)), .group(content))
    }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: f(.title) + " — " + convention.title).render(
            .p(.a(.href(SiteURL.governance.path), .text("← " + GovernancePhrase.navigation.text(context.language)))),
            .h1(.text(f(.title))),
            .p(.text(convention.title)),
            .unwrap(problem) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .unwrap(warning) { .div(.class("warning"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            contributions, costSharing, budget)
        response.status = status
        return response
    }

    private var contributions: Node<HTML.BodyContext> {
        .section(.h2(.text(f(.contributions))), .if(convention.contributions.isEmpty, .p(.text(f(.noContribution)))),
                 .group(convention.contributions.map(scheduleTable)),
                 paymentList, paymentForm)
    }

    private func scheduleTable(_ schedule: ContributionSchedule) -> Node<HTML.BodyContext> {
        let rows: [Node<HTML.TableContext>] = schedule.years.compactMap { year in yearRow(schedule, year) }
        return .group(.h3(.text(schedule.title + " (\(schedule.payer) → \(schedule.payee))")),
                      GovernanceForms.table([f(.year), f(.amount), f(.paid), f(.remainingDue), f(.callForFunds)], rows))
    }

    private func yearRow(_ schedule: ContributionSchedule, _ year: Int) -> Node<HTML.TableContext>? {
        guard let calculation = try? ContributionCalculation.compute(schedule, year: year) else { return nil }
        let paid = payments.filter { $0.scheduleID == schedule.id && $0.year == year }.map(\.amount).reduce(Money(cents: 0), +)
        let query = "?schedule=\(schedule.id)&year=\(year)"
        let call: Node<HTML.BodyContext> = .group(
            .a(.href(SiteURL.callForFunds(convention.id).path + query), .text(f(.callForFunds) + " \(year)")), .text(" · "),
            .a(.href(SiteURL.callForFundsCSV(convention.id).path + query),
               .attribute(named: "aria-label", value: f(.callForFunds) + " \(year) — CSV"), .text(f(.csv))))
        return .tr(.th(.attribute(named: "scope", value: "row"), .text(String(year))),
                   .td(.text(euros(calculation.amount))), .td(.text(euros(paid))),
                   .td(.text(euros(Money(cents: calculation.amount.cents - paid.cents)))), .td(call))
    }

    private var paymentList: Node<HTML.BodyContext> {
        let rows: [Node<HTML.TableContext>] = payments.map { payment in
            .tr(.th(.attribute(named: "scope", value: "row"), .text(payment.paidOn.frenchLabel)), .td(.text(payment.scheduleID)),
                .td(.text(String(payment.year))), .td(.text(euros(payment.amount))), .td(.text(payment.reference)))
        }
        return .if(!payments.isEmpty, .group(.h3(.text(f(.payments))),
                                             GovernanceForms.table([f(.paidOn), f(.schedule), f(.year), f(.amount), f(.reference)], rows)))
    }

    private var paymentForm: Node<HTML.BodyContext> {
        let years = Set(convention.contributions.flatMap(\.years)).sorted().map { (String($0), String($0)) }
        return .if(records && !convention.contributions.isEmpty, post("payments",
            GovernanceForms.select("payment-schedule", name: "schedule", f(.schedule), convention.contributions.map { ($0.id, $0.title) }),
            GovernanceForms.select("payment-year", name: "year", f(.year), years),
            GovernanceForms.input("payment-date", name: "paid_on", f(.paidOn), type: .date),
            GovernanceForms.input("payment-amount", name: "amount", f(.amount)),
            GovernanceForms.input("payment-reference", name: "reference", f(.reference), required: false),
            .button(.type(.submit), .text(f(.record)))))
    }

    private var costSharing: Node<HTML.BodyContext> {
        .if(!convention.costSharing.isEmpty, .section(.h2(.text(f(.costSharing))), .p(.text(f(.remainderNote))),
                                                      .group(convention.costSharing.map(planTable)), redistributionForm))
    }

    private func planTable(_ plan: CostSharingPlan) -> Node<HTML.BodyContext> {
        let headers = [f(.envelope), f(.total)] + plan.hypotheses.map { "\($0.name) (\($0.participants) \(f(.participants)))" }
        let rows: [Node<HTML.TableContext>] = plan.envelopes.map { envelope in
            .tr(.th(.attribute(named: "scope", value: "row"), .text(envelope.name)), .td(.text(euros(envelope.total))),
                .group(plan.hypotheses.map { shareCell(envelope, $0) }))
        }
        return .group(.h3(.text(plan.name)), .p(.text("\(plan.start.frenchLabel) – \(plan.end.frenchLabel)")), GovernanceForms.table(headers, rows))
    }

    /// Penalties paid back to the participants by the final key: equal shares among those at the end.
    private var redistributionForm: Node<HTML.BodyContext> {
        let shares = redistribution.flatMap { try? CostSharing.equalShares(of: $0.total, among: $0.participants) } ?? []
        return .group(
            .h3(.text(f(.redistribution))),
            .form(.method(.get), .action(SiteURL.finance(convention.id).path),
                  GovernanceForms.input("penalty", name: "penalty", f(.penaltyAmount), value: redistribution?.total.description),
                  GovernanceForms.input("penalty-participants", name: "participants", f(.finalParticipants), type: .number,
                                        value: redistribution.map { String($0.participants) }),
                  .button(.type(.submit), .text(f(.divide)))),
            .if(!shares.isEmpty, .ol(.group(shares.map { .li(.text(euros($0.amount) + ($0.receivedRemainderCent ? " (+1 c)" : ""))) }))))
    }

    /// The shares of one hypothesis: the amounts they take (differing by a remainder cent) and the exact quotient.
    private func shareCell(_ envelope: CostSharingPlan.Envelope, _ hypothesis: CostSharingPlan.Hypothesis) -> Node<HTML.TableRowContext> {
        let shares = (try? CostSharing.equalShares(of: envelope.total, among: hypothesis.participants)) ?? []
        let amounts = Set(shares.map(\.amount)).sorted().map(euros).joined(separator: " / ")
        let exact = ExactFraction(envelope.total.cents, Int64(max(hypothesis.participants, 1)) * 100).approximateText(decimals: 4, minimum: 2)
        return .td(.text(amounts + " (" + exact + " €)"))
    }

    private var budget: Node<HTML.BodyContext> {
        .if(!convention.budget.isEmpty, .section(.h2(.text(f(.budget))), .group(convention.budget.map { deliberation in
            .group(
                .h3(.text("\(deliberation.reference) — \(deliberation.date.frenchLabel)")),
                .p(.text(deliberation.mismatches.isEmpty ? f(.totalsChecked) : f(.totalsMismatch))),
                .ul(.group(deliberation.statedTotals.map { total in
                    .li(.text(FinancePhrase.kind(total.kind, context.language) + (total.functionalCode.map { " — " + f(.functionalCode) + " " + $0 } ?? "")
                              + context.colon + euros(deliberation.total(total.kind, functionalCode: total.functionalCode))))
                })),
                GovernanceForms.table([f(.article), f(.affectation), f(.kind), f(.chapter), f(.functionalCode), f(.programme), f(.action),
                                       f(.amount), f(.committed), f(.drafted), f(.remaining)],
                    deliberation.authorizations.map { authorization in
                        let position = BudgetPosition(authorization: authorization, commitments: commitments)
                        return .tr(.th(.attribute(named: "scope", value: "row"), .text(authorization.article)), .td(.text(authorization.label)),
                                   .td(.text(FinancePhrase.kind(authorization.kind, context.language))), .td(.text(authorization.chapter)),
                                   .td(.text(authorization.functionalCode)), .td(.text(authorization.programme)), .td(.text(authorization.action)),
                                   .td(.text(euros(authorization.amount))), .td(.text(euros(position.confirmed))), .td(.text(euros(position.drafted))),
                                   .td(.text(euros(position.remaining))))
                    }),
                commitmentList,
                .if(records, post("commitments",
                    .h4(.text(f(.draftCommitment))),
                    GovernanceForms.select("commitment-authorization", name: "authorization", f(.affectation),
                                           deliberation.authorizations.map { ($0.id, "\($0.article) — \($0.label)") }),
                    GovernanceForms.input("commitment-label", name: "label", f(.label)),
                    GovernanceForms.input("commitment-amount", name: "amount", f(.amount)),
                    GovernanceForms.select("commitment-status", name: "status", f(.status), [("draft", f(.draft)), ("confirmed", f(.confirmed))]),
                    .button(.type(.submit), .text(f(.draftCommitment))))))
        })))
    }

    private var commitmentList: Node<HTML.BodyContext> {
        .if(!commitments.isEmpty, GovernanceForms.table([f(.label), f(.affectation), f(.amount), f(.status)], commitments.map { commitment in
            .tr(.th(.attribute(named: "scope", value: "row"), .text(commitment.label)), .td(.text(commitment.authorizationID)),
                .td(.text(euros(commitment.amount))),
                .td(.if(records && commitment.status == .draft, post("commitment-status",
                        .input(.type(.hidden), .name("commitment"), .value(commitment.id.uuidString)),
                        .input(.type(.hidden), .name("status"), .value("confirmed")),
                        .button(.type(.submit), .attribute(named: "aria-label", value: f(.confirmed) + " — " + commitment.label),
                                .text(FinancePhrase.status(.draft, context.language) + " → " + f(.confirmed)))),
                    else: .text(FinancePhrase.status(commitment.status, context.language)))))
        }))
    }
}
