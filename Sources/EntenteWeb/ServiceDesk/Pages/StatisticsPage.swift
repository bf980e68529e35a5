import EntenteCore
import Foundation
import Plot
import Vapor

/// The monthly statistics: a month picker, then volumes, breakdowns, commitments met, times and
/// satisfaction, each chart followed by a table of the same figures.
struct StatisticsPage {
    let context: PageContext
    /// What the month field shows: the month displayed, or the text that was refused.
    let monthText: String
    let scope: StatisticsController.Scope
    /// Why no figures are shown (an invalid month).
    let problem: String?
    let statistics: MonthlyStatistics?
    let names: StatisticsNames
    /// The twelve-month trend and low ratings' comments (`SatisfactionFigures`); nil: not shown.
    var satisfactionFigures: SatisfactionFigures? = nil
    /// Why no figures are shown when the scope asked for is not one.
    var scopeProblem: String? = nil

    /// How many components and establishments the page lists; the CSV has them all.
    static let top = 10

    func render() -> Response {
        let heading = statistics.map { "\(phrase(.title)) — \(monthLabel($0.month))" } ?? phrase(.title)
        return Layout(context: context, title: heading).render(
            .h1(.text(heading)),
            .p(.text(phrase(.intro))),
            scopeLine,
            .unwrap(scopeProblem) { .p(.class("field-error"), .attribute(named: "role", value: "alert"), .text($0)) },
            picker,
            .unwrap(statistics) { figures($0) }
        )
    }

    // MARK: Month and scope

    private var territory: Bool {
        if case .territory = scope { return true }
        return false
    }

    private func url(_ target: SiteURL, month: String?, territory: Bool? = nil) -> String {
        var components = URLComponents()
        components.path = target.path
        var items: [URLQueryItem] = []
        if let month { items.append(URLQueryItem(name: "month", value: month)) }
        if territory ?? self.territory { items.append(URLQueryItem(name: "scope", value: "territory")) }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? target.path
    }

    private var scopeLine: Node<HTML.BodyContext> {
        let month = statistics?.month.description
        let (description, toggle): (String, Node<HTML.BodyContext>) = switch scope {
        case .everything: (phrase(.scopeEverything), .empty)
        case .establishment(let uai): ("\(phrase(.scopeEstablishment)) (\(names.establishment(uai)))", .empty)
        case .partner(let partner):
            ("\(phrase(.scopePartner)) (\(names.party(partner, context.language)))",
             .a(.href(url(.statistics, month: month, territory: true)), .text(phrase(.showTerritory))))
        case .territory(let partner):
            ("\(phrase(.scopeTerritory)) — \(names.party(partner, context.language))",
             context.user?.role == .partnerAgent
                 ? .a(.href(url(.statistics, month: month, territory: false)), .text(phrase(.showOwnParty))) : .empty)
        }
        return .p(.strong(.text(phrase(.scope))), .text(" \(description). "), toggle)
    }

    private var picker: Node<HTML.BodyContext> {
        .div(
            .form(
                .class("filters"), .method(.get), .action(SiteURL.statistics.path),
                .div(.class("field"),
                     .label(.for("month"), .text(phrase(.month))),
                     .input(.type(.month), .id("month"), .name("month"), .value(monthText),
                            .attribute(named: "pattern", value: "[0-9]{4}-[0-9]{2}"),
                            .attribute(named: "aria-describedby", value: problem == nil ? "month-hint" : "month-hint month-error"),
                            .attribute(named: "aria-invalid", value: problem == nil ? nil : "true")),
                     .small(.id("month-hint"), .text(phrase(.monthHint))),
                     .unwrap(problem) { problem in
                         .p(.class("field-error"), .id("month-error"), .attribute(named: "role", value: "alert"),
                            .text(problem))
                     }),
                .if(territory, .input(.type(.hidden), .name("scope"), .value("territory"))),
                .button(.type(.submit), .text(phrase(.show)))
            ),
            .unwrap(statistics) { statistics in
                .group(
                    .nav(.attribute(named: "aria-label", value: phrase(.neighbourMonths)),
                         .a(.href(url(.statistics, month: statistics.month.previous.description)),
                            .text("← \(phrase(.previousMonth)) (\(monthLabel(statistics.month.previous)))")),
                         .text(" · "),
                         .a(.href(url(.statistics, month: statistics.month.next.description)),
                            .text("\(phrase(.nextMonth)) (\(monthLabel(statistics.month.next))) →"))),
                    .p(.a(.class("button"), .href(url(.statisticsCSV, month: statistics.month.description)),
                          .text(phrase(.downloadCSV))))
                )
            }
        )
    }

    // MARK: Figures

    private func figures(_ statistics: MonthlyStatistics) -> Node<HTML.BodyContext> {
        .group(
            volumes(statistics),
            perDay(statistics),
            components(statistics),
            establishments(statistics),
            serviceLevels(statistics),
            times(statistics),
            satisfaction(statistics),
            .unwrap(satisfactionFigures) { satisfactionBeyondTheMonth($0) },
            definitions
        )
    }

    private func volumes(_ statistics: MonthlyStatistics) -> Node<HTML.BodyContext> {
        let volumes = statistics.volumes
        let items: [(String, Int, String)] = [
            ("opened", volumes.opened, "\(phrase(.opened)) (\(phrase(.openedCritical))\(context.colon)\(volumes.openedCritical))"),
            ("resolved", volumes.resolved, phrase(.resolved)),
            ("backlog-start", volumes.backlogAtStart, phrase(.backlogAtStart)),
            ("backlog-end", volumes.backlogAtEnd, phrase(.backlogAtEnd)),
        ]
        return .section(
            .h2(.text(phrase(.volumes))),
            .ul(.class("figures"), .group(items.map { key, value, label in
                .li(.attribute(named: "data-figure", value: key), .strong(.text("\(value)")), .text(label))
            }))
        )
    }

    private func perDay(_ statistics: MonthlyStatistics) -> Node<HTML.BodyContext> {
        let chart = SVGChart(
            id: "chart-days", title: "\(phrase(.perDay)) — \(monthLabel(statistics.month))",
            description: phrase(.perDayDescription), categories: statistics.days.map { "\($0.date.day)" },
            series: [SVGChart.Series(name: phrase(.opened), color: SVGChart.blue, values: statistics.days.map(\.opened)),
                     SVGChart.Series(name: phrase(.resolved), color: SVGChart.green, values: statistics.days.map(\.resolved))],
            orientation: .vertical)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: context.language == .fr ? "fr_FR" : "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEEE d MMMM"
        return .section(
            .h2(.text(phrase(.perDay))),
            chartFigure(chart, table: .table(
                .class("listing"),
                .caption(.text(chart.title)),
                .thead(.tr(header(phrase(.day)), header(phrase(.opened)), header(phrase(.resolved)))),
                .tbody(.group(statistics.days.map { day in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(formatter.string(from: Self.noon(of: day.date)))),
                        .td(.text("\(day.opened)")), .td(.text("\(day.resolved)")))
                }))
            ))
        )
    }

    private func components(_ statistics: MonthlyStatistics) -> Node<HTML.BodyContext> {
        let top = statistics.byComponent.top(Self.top)
        guard !top.entries.isEmpty else { return .empty }
        let chart = SVGChart(
            id: "chart-components", title: phrase(.byComponent), description: phrase(.byComponentDescription),
            categories: top.entries.map(\.label),
            series: [SVGChart.Series(name: phrase(.tickets), color: SVGChart.blue, values: top.entries.map(\.count))],
            orientation: .horizontal)
        return .section(
            .h2(.text(phrase(.byComponent))),
            chartFigure(chart, table: ranking(caption: phrase(.byComponent), firstColumn: DeskPhrase.component.text(context.language),
                                              rows: top.entries.map { ($0.label, $0.count) }, otherKeys: top.otherKeys,
                                              otherTickets: top.otherTickets))
        )
    }

    private func establishments(_ statistics: MonthlyStatistics) -> Node<HTML.BodyContext> {
        let top = statistics.byEstablishment.top(Self.top)
        guard !top.entries.isEmpty else { return .empty }
        return .section(
            .h2(.text(phrase(.byEstablishment))),
            ranking(caption: phrase(.byEstablishment), firstColumn: DeskPhrase.establishment.text(context.language),
                    rows: top.entries.map { ("\(names.establishment($0.key)) (\($0.key))", $0.count) },
                    otherKeys: top.otherKeys, otherTickets: top.otherTickets)
        )
    }

    private func ranking(caption: String, firstColumn: String, rows: [(String, Int)], otherKeys: Int,
                         otherTickets: Int) -> Node<HTML.BodyContext> {
        .table(
            .class("listing"),
            .caption(.text(caption)),
            .thead(.tr(header(firstColumn), header(phrase(.count)))),
            .tbody(
                .group(rows.map { label, count in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(label)), .td(.text("\(count)")))
                }),
                .if(otherKeys > 0, .tr(.th(.attribute(named: "scope", value: "row"),
                                           .text(StatisticsPhrase.others(keys: otherKeys, context.language))),
                                       .td(.text("\(otherTickets)"))))
            )
        )
    }

    private func serviceLevels(_ statistics: MonthlyStatistics) -> Node<HTML.BodyContext> {
        let columns: [StatisticsPhrase] = [.met, .breached, .noTarget, .unmeasured, .metRate]
        func cells(_ figures: MonthlyStatistics.Compliance) -> Node<HTML.TableRowContext> {
            .group(.td(.text("\(figures.met)")), .td(.text("\(figures.breached)")), .td(.text("\(figures.noTarget)")),
                   .td(.text("\(figures.unmeasured)")), .td(.text(percent(figures.metPercent))))
        }
        func rate(_ figures: MonthlyStatistics.Compliance) -> String {
            "\(percent(figures.metPercent)) (\(figures.met) / \(figures.withTarget))"
        }
        return .section(
            .h2(.text(phrase(.serviceLevels))),
            .table(
                .class("listing"),
                .caption(.text(phrase(.serviceLevels))),
                .thead(.tr(header(phrase(.clock)), .group(columns.map { header(phrase($0)) }))),
                .tbody(
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(phrase(.pickup))), cells(statistics.pickup)),
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(phrase(.restoration))), cells(statistics.restoration))
                )
            ),
            .if(!statistics.complianceByParty.isEmpty, .table(
                .class("listing"),
                .caption(.text("\(phrase(.serviceLevels)) — \(phrase(.byParty))")),
                .thead(.tr(header(phrase(.party)), header("\(phrase(.pickup))\(context.colon)\(phrase(.metRate))"),
                           header("\(phrase(.restoration))\(context.colon)\(phrase(.metRate))"))),
                .tbody(.group(statistics.complianceByParty.map { party in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(partyLabel(party.party))),
                        .td(.text(rate(party.pickup))), .td(.text(rate(party.restoration))))
                }))
            ))
        )
    }

    private func times(_ statistics: MonthlyStatistics) -> Node<HTML.BodyContext> {
        let working = statistics.timeToPickup.working != nil
        func row(_ label: StatisticsPhrase, _ durations: MonthlyStatistics.Durations) -> Node<HTML.TableContext> {
            .tr(.th(.attribute(named: "scope", value: "row"), .text(phrase(label))),
                .td(.text("\(durations.elapsed.count)")),
                .td(.text(duration(durations.elapsed.median, days: true))),
                .td(.text(duration(durations.elapsed.percentile90, days: true))),
                .if(working, .group(.td(.text(duration(durations.working?.median, days: false))),
                                    .td(.text(duration(durations.working?.percentile90, days: false))))))
        }
        return .section(
            .h2(.text(phrase(.times))),
            .table(
                .class("listing"),
                .caption(.text(phrase(.times))),
                .thead(.tr(header(phrase(.measure)), header(phrase(.count)),
                           header("\(phrase(.median)) (\(phrase(.elapsed)))"),
                           header("\(phrase(.percentile90)) (\(phrase(.elapsed)))"),
                           .if(working, .group(header("\(phrase(.median)) (\(phrase(.working)))"),
                                               header("\(phrase(.percentile90)) (\(phrase(.working)))"))))),
                .tbody(row(.timeToPickup, statistics.timeToPickup), row(.timeToResolution, statistics.timeToResolution))
            ),
            .p(.class("notes"), .text(phrase(.timesNote)))
        )
    }

    private func satisfaction(_ statistics: MonthlyStatistics) -> Node<HTML.BodyContext> {
        let satisfaction = statistics.satisfaction
        guard satisfaction.overall.count > 0 else {
            return .section(.h2(.text(phrase(.satisfaction))), .p(.class("empty"), .text(phrase(.noRatings))))
        }
        let scores = Array(MonthlyStatistics.RatingSummary.scores)
        let chart = SVGChart(
            id: "chart-scores", title: phrase(.scoreDistribution), description: phrase(.scoreDistributionDescription),
            categories: scores.map { "\(phrase(.score)) \($0)" },
            series: [SVGChart.Series(name: phrase(.ratings), color: SVGChart.blue,
                                     values: scores.map { satisfaction.overall.count(ofScore: $0) })],
            orientation: .horizontal)
        let establishments = satisfaction.byEstablishment.prefix(Self.top).map {
            ("\(names.establishment($0.key)) (\($0.key))", $0.summary)
        }
        let others = satisfaction.byEstablishment.dropFirst(Self.top)
        let rest: [(String, MonthlyStatistics.RatingSummary)] = others.isEmpty ? [] : [
            (StatisticsPhrase.others(keys: others.count, context.language),
             others.reduce(MonthlyStatistics.RatingSummary()) { $0.merged(with: $1.summary) }),
        ]
        return .section(
            .h2(.text(phrase(.satisfaction))),
            .ul(.class("figures"),
                .li(.attribute(named: "data-figure", value: "ratings"), .strong(.text("\(satisfaction.overall.count)")),
                    .text(phrase(.ratings))),
                .li(.attribute(named: "data-figure", value: "mean"), .strong(.text(mean(satisfaction.overall))),
                    .text("\(phrase(.mean)) / 5"))),
            chartFigure(chart, table: .table(
                .class("listing"),
                .caption(.text(phrase(.scoreDistribution))),
                .thead(.tr(header(phrase(.score)), header(phrase(.ratings)))),
                .tbody(.group(scores.map { score in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text("\(score)")),
                        .td(.text("\(satisfaction.overall.count(ofScore: score))")))
                }))
            )),
            ratingTable(caption: "\(phrase(.satisfaction)) — \(phrase(.byParty))", firstColumn: phrase(.party),
                        groups: satisfaction.byParty.map { (partyLabel($0.key), $0.summary) }),
            ratingTable(caption: "\(phrase(.satisfaction)) — \(phrase(.byEstablishmentRatings))",
                        firstColumn: DeskPhrase.establishment.text(context.language),
                        groups: establishments + rest)
        )
    }

    private func ratingTable(caption: String, firstColumn: String,
                             groups: [(String, MonthlyStatistics.RatingSummary)]) -> Node<HTML.BodyContext> {
        let scores = Array(MonthlyStatistics.RatingSummary.scores)
        return .table(
            .class("listing"),
            .caption(.text(caption)),
            .thead(.tr(header(firstColumn), header(phrase(.ratings)), header(phrase(.mean)),
                       .group(scores.map { header("\(phrase(.score)) \($0)") }))),
            .tbody(.group(groups.map { label, summary in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(label)),
                    .td(.text("\(summary.count)")), .td(.text(mean(summary))),
                    .group(scores.map { .td(.text("\(summary.count(ofScore: $0))")) }))
            }))
        )
    }

    private var definitions: Node<HTML.BodyContext> {
        .details(
            .summary(.text(phrase(.definitions))),
            .ul(.group([StatisticsPhrase.definitionVolumes, .definitionBacklog, .definitionServiceLevels, .definitionTimes,
                        .definitionSatisfaction, .definitionParty].map { .li(.text(phrase($0))) }))
        )
    }

    // MARK: Pieces

    /// The chart, then the table that gives its figures to screen readers and to everyone else.
    private func chartFigure(_ chart: SVGChart, table: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(.class("chart"), .raw(chart.svg), .div(.class("listing-wrapper"), table))
    }

    private func header(_ text: String) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .text(text))
    }

    private func phrase(_ phrase: StatisticsPhrase) -> String { phrase.text(context.language) }


    private func monthLabel(_ month: StatisticsMonth) -> String {
        context.label(month)
    }

    private func partyLabel(_ key: String) -> String {
        let name = names.party(key, context.language)
        return name == key ? key : "\(name) (\(key))"
    }

    private func decimal(_ value: Double, places: Int) -> String {
        let text = String(format: "%.\(places)f", value)
        return context.language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// "87,5 %" / "87.5%"; a dash when nothing had a target.
    private func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return context.language == .fr ? "\(decimal(value, places: 1)) %" : "\(decimal(value, places: 1))%"
    }

    private func mean(_ summary: MonthlyStatistics.RatingSummary) -> String {
        summary.mean.map { decimal($0, places: 1) } ?? "—"
    }

    /// "2 j 4 h", "3 h 20 min", "12 min"; working time in hours only, as its days are not 24 hours long.
    private func duration(_ seconds: Int?, days: Bool) -> String {
        guard let seconds else { return "—" }
        let french = context.language == .fr
        let minutes = seconds / 60
        if seconds > 0 && minutes == 0 { return french ? "moins d'1 min" : "under 1 min" }
        if days && minutes >= 24 * 60 {
            let hours = minutes % (24 * 60) / 60
            return "\(minutes / (24 * 60)) \(french ? "j" : "d")" + (hours > 0 ? " \(hours) h" : "")
        }
        if minutes >= 60 { return "\(minutes / 60) h" + (minutes % 60 > 0 ? " \(minutes % 60) min" : "") }
        return "\(minutes) min"
    }

    /// Noon UTC of a date: formats as that date in any zone a formatter is set to.
    private static func noon(of date: CalendarDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86_400 + 43_200))
    }
}
