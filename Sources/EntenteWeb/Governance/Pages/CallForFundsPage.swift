import EntenteCore
import Plot
import Vapor

/// The call for funds of one year's contribution, ready to print: who pays whom, the amount, the arithmetic,
/// the split by budget nature and the instalments with their due dates.
struct CallForFundsPage {
    let context: PageContext
    let convention: Convention
    let schedule: ContributionSchedule
    let calculation: ContributionCalculation

    func render() -> Response {
        let f = { (phrase: FinancePhrase) in phrase.text(context.language) }
        let payer = convention.party(code: schedule.payer)?.name ?? schedule.payer
        let payee = convention.party(code: schedule.payee)?.name ?? schedule.payee
        let title = f(.callForFunds) + " \(calculation.year) — " + schedule.title
        return Layout(context: context, title: title).render(
            .p(.class("no-print"), .a(.href(SiteURL.finance(convention.id).path), .text("← " + f(.title)))),
            .h1(.text(title)),
            .dl(.class("facts"),
                .dt(.text(f(.payer))), .dd(.text(payer)),
                .dt(.text(f(.payee))), .dd(.text(payee)),
                .dt(.text(f(.amount))), .dd(.strong(.text(calculation.amount.description + " €")))),
            .h2(.text(f(.steps))),
            GovernanceForms.table([f(.step), f(.amount)], FinanceSteps.lines(calculation, schedule: schedule, language: context.language).map {
                .tr(.th(.attribute(named: "scope", value: "row"), .text($0.0)), .td(.text($0.1)))
            }),
            .p(.text(convention.title + " — " + schedule.source.section)))
    }
}
