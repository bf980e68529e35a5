import Foundation

import EntenteCore

/// The responsibility matrix as a plain-text table, grouped by domain like the annex.
struct MatrixTable {
    let convention: Convention

    func render() -> String {
        var out = "\(convention.title)\n\(convention.territory) — en vigueur le \(convention.dates.effective)\n"
        out += "Parties: " + convention.parties.map { "\($0.code) = \($0.name)" }.joined(separator: "; ") + "\n"
        for domain in convention.domains {
            let header = ["Composant"] + domain.activities.map(\.frenchLabel)
            let rows = domain.components.map { component in
                [component.name + (component.criticality == .critical ? " (!)" : "")]
                    + domain.activities.map { component.cells[$0].map(Self.cellText) ?? "?" }
            }
            out += "\n== \(domain.name) ==\n" + Self.table([header] + rows)
        }
        out += "\n(!) composant critique. Cellules conditionnelles : PARTIE(financement|zone).\n"
        return out
    }

    static func cellText(_ cell: ResponsibilityCell) -> String {
        switch cell {
        case .notApplicable: return "—"
        case .seeComponent(let id): return "cf. \(id)"
        case .rules(let rules):
            return rules.map { rule in
                let condition = [rule.condition.funding?.rawValue, rule.condition.zone?.rawValue].compactMap { $0 }
                let parties = rule.raci.responsible.joined(separator: "+")
                return condition.isEmpty ? parties : "\(parties)(\(condition.joined(separator: ",")))"
            }.joined(separator: " ")
        }
    }

    static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in
            min(44, rows.map { $0[column].count }.max() ?? 0)
        }
        func line(_ row: [String]) -> String {
            zip(row, widths).map { text, width in
                let clipped = text.count > width ? String(text.prefix(width - 1)) + "…" : text
                return clipped.padding(toLength: width, withPad: " ", startingAt: 0)
            }.joined(separator: " | ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-")
        return ([line(rows[0]), rule] + rows.dropFirst().map(line)).joined(separator: "\n") + "\n"
    }
}
