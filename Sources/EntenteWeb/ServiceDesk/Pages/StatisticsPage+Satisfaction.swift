import EntenteCore
import Foundation
import Plot

/// The statistics page's satisfaction beyond the month: the twelve-month trend (a chart and its
/// table) and, for the handling party, the comments of low ratings.
extension StatisticsPage {
    func satisfactionBeyondTheMonth(_ figures: SatisfactionFigures) -> Node<HTML.BodyContext> {
        let language = context.language
        let text = { (phrase: SatisfactionPhrase) in phrase.text(language) }
        let points = figures.trend.points
        let label = { (month: StatisticsMonth) in month.text(language) }
        let scores = Array(MonthlyStatistics.RatingSummary.scores)
        let ratingsWord = StatisticsPhrase.ratings.text(language)
        let chart = SVGChart(
            id: "chart-satisfaction-trend", title: text(.trend), description: text(.trendDescription),
            categories: points.map { label($0.month) },
            series: [SVGChart.Series(name: ratingsWord, color: SVGChart.blue, values: points.map(\.summary.count))],
            orientation: .vertical)
        return .group(
            .section(
                .id("satisfaction-tendance"),
                .h2(.text(text(.trend))),
                .div(.class("chart"), .raw(chart.svg), .div(.class("listing-wrapper"), .table(
                    .class("listing"),
                    .caption(.text(text(.trend))),
                    .thead(.tr(columnHeader(text(.month)), columnHeader(ratingsWord),
                               columnHeader(StatisticsPhrase.mean.text(language)),
                               .group(scores.map { columnHeader("\(StatisticsPhrase.score.text(language)) \($0)") }))),
                    .tbody(.group(points.map { point in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(label(point.month))),
                            .td(.text("\(point.summary.count)")), .td(.text(meanText(point.summary))),
                            .group(scores.map { .td(.text("\(point.summary.count(ofScore: $0))")) }))
                    }))
                )))
            ),
            .if(context.user?.role == .partnerAgent || context.user?.role == .administrator, .section(
                .id("avis-defavorables"),
                .h2(.text(text(.lowRated))),
                .p(.text(text(.lowRatedIntro))),
                .if(figures.lowRated.isEmpty, .p(.class("empty"), .text(text(.noLowRated))), else: .table(
                    .class("listing"),
                    .caption(.text(text(.lowRated))),
                    .thead(.tr(columnHeader(text(.ticket)), columnHeader(text(.score)), columnHeader(text(.comment)))),
                    .tbody(.group(figures.lowRated.map { rating in
                        .tr(.th(.attribute(named: "scope", value: "row"),
                                .a(.href(SiteURL.ticket(rating.ticketID).path), .text("\(rating.reference) — \(rating.title)"))),
                            .td(.text("\(rating.score)")),
                            .td(.text(rating.comment)))
                    }))
                ))
            ))
        )
    }

    private func columnHeader(_ text: String) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .text(text))
    }

    private func meanText(_ summary: MonthlyStatistics.RatingSummary) -> String {
        guard let mean = summary.mean else { return "—" }
        let text = String(format: "%.1f", mean)
        return context.language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
