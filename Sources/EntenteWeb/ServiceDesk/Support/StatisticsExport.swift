import EntenteCore
import Foundation

/// The monthly statistics as one long table, a line per figure (`mois;indicateur;axe;cle;libelle;valeur`),
/// which a spreadsheet pivots as it likes: `axe` says what the figure is broken down by (empty for the
/// whole month, `jour`, `composant`, `etablissement`, `partie`), `cle` and `libelle` which one.
/// `;`-separated with a BOM and decimal commas, like the matrix export, for French spreadsheet software.
/// Durations are in seconds; breakdowns list every component and establishment, not only the first ones.
struct StatisticsExport: Sendable {
    let statistics: MonthlyStatistics
    let names: StatisticsNames
    /// Adds the twelve-month satisfaction trend, one group of lines per month (`axe` = `mois`).
    var trend: SatisfactionTrend? = nil

    static let header = ["mois", "indicateur", "axe", "cle", "libelle", "valeur"]

    private struct Line {
        var indicator: String
        var axis = ""
        var key = ""
        var label = ""
        var value: String
    }

    var csv: CSVDocument {
        let month = statistics.month.description
        return CSVDocument(header: Self.header, rows: lines.map { line in
            [month, line.indicator, line.axis, line.key, line.label, line.value]
        })
    }

    private var lines: [Line] {
        let volumes = statistics.volumes
        var lines = [
            Line(indicator: "ouvertes", value: "\(volumes.opened)"),
            Line(indicator: "ouvertes_critiques", value: "\(volumes.openedCritical)"),
            Line(indicator: "resolues", value: "\(volumes.resolved)"),
            Line(indicator: "stock_debut_de_mois", value: "\(volumes.backlogAtStart)"),
            Line(indicator: "stock_fin_de_mois", value: "\(volumes.backlogAtEnd)"),
        ]
        for day in statistics.days {
            lines.append(Line(indicator: "ouvertes", axis: "jour", key: day.date.description, value: "\(day.opened)"))
        }
        for day in statistics.days {
            lines.append(Line(indicator: "resolues", axis: "jour", key: day.date.description, value: "\(day.resolved)"))
        }
        for entry in statistics.byComponent.entries {
            lines.append(Line(indicator: "ouvertes", axis: "composant", key: entry.key, label: entry.label,
                              value: "\(entry.count)"))
        }
        for entry in statistics.byEstablishment.entries {
            lines.append(Line(indicator: "ouvertes", axis: "etablissement", key: entry.key,
                              label: names.establishment(entry.key), value: "\(entry.count)"))
        }
        lines += compliance(statistics.pickup, "prise_en_charge") + compliance(statistics.restoration, "retablissement")
        for party in statistics.complianceByParty {
            let label = names.party(party.party, .fr)
            lines += compliance(party.pickup, "prise_en_charge", axis: "partie", key: party.party, label: label)
            lines += compliance(party.restoration, "retablissement", axis: "partie", key: party.party, label: label)
        }
        lines += durations(statistics.timeToPickup, "delai_prise_en_charge")
        lines += durations(statistics.timeToResolution, "delai_resolution")
        lines += ratings(statistics.satisfaction.overall)
        for group in statistics.satisfaction.byParty {
            lines += ratings(group.summary, axis: "partie", key: group.key, label: names.party(group.key, .fr))
        }
        for group in statistics.satisfaction.byEstablishment {
            lines += ratings(group.summary, axis: "etablissement", key: group.key, label: names.establishment(group.key))
        }
        for point in trend?.points ?? [] {
            lines += ratings(point.summary, axis: "mois", key: point.month.description, label: point.month.text(.fr))
        }
        return lines
    }

    private func compliance(_ figures: MonthlyStatistics.Compliance, _ clock: String, axis: String = "", key: String = "",
                            label: String = "") -> [Line] {
        [("respectes", "\(figures.met)"), ("depasses", "\(figures.breached)"), ("au_plus_tot", "\(figures.noTarget)"),
         ("sans_engagement", "\(figures.unmeasured)"),
         ("taux_respect_pct", figures.metPercent.map { Self.decimal($0, places: 1) } ?? "")].map { suffix, value in
            Line(indicator: "\(clock)_\(suffix)", axis: axis, key: key, label: label, value: value)
        }
    }

    private func durations(_ figures: MonthlyStatistics.Durations, _ measure: String) -> [Line] {
        func distribution(_ values: MonthlyStatistics.Distribution, _ prefix: String) -> [Line] {
            [Line(indicator: "\(prefix)_nombre", value: "\(values.count)"),
             Line(indicator: "\(prefix)_mediane_s", value: values.median.map(String.init) ?? ""),
             Line(indicator: "\(prefix)_p90_s", value: values.percentile90.map(String.init) ?? "")]
        }
        return distribution(figures.elapsed, measure) + (figures.working.map { distribution($0, "\(measure)_ouvre") } ?? [])
    }

    private func ratings(_ summary: MonthlyStatistics.RatingSummary, axis: String = "", key: String = "",
                         label: String = "") -> [Line] {
        [Line(indicator: "satisfaction_avis", axis: axis, key: key, label: label, value: "\(summary.count)"),
         Line(indicator: "satisfaction_moyenne", axis: axis, key: key, label: label,
              value: summary.mean.map { Self.decimal($0, places: 2) } ?? "")]
            + MonthlyStatistics.RatingSummary.scores.map { score in
                Line(indicator: "satisfaction_note_\(score)", axis: axis, key: key, label: label,
                     value: "\(summary.count(ofScore: score))")
            }
    }

    /// `87,5`: a decimal comma whatever the server's locale.
    static func decimal(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
