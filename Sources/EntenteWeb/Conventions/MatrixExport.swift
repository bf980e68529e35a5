import EntenteCore
import Foundation

/// The matrix flattened to one line per rule, for spreadsheets (CSV) and programs (JSON).
struct MatrixExport: Codable, Sendable {
    struct Row: Codable, Sendable {
        var domain: String
        var componentID: String
        var component: String
        var criticality: String
        var activity: String
        var responsible: [String]
        var accountable: [String]
        var consulted: [String]
        var informed: [String]
        var fundingCondition: String?
        var zoneCondition: String?
        var seeComponent: String?
        var note: String?
        var sourceFile: String
        var sourceSection: String
    }

    var conventionID: String
    var title: String
    var version: String?
    var rows: [Row]

    init(_ convention: Convention, version: String?) {
        conventionID = convention.id
        title = convention.title
        self.version = version
        rows = convention.components.flatMap { domain, component in
            domain.activities.flatMap { activity -> [Row] in
                let base = Row(domain: domain.name, componentID: component.id, component: component.name,
                               criticality: component.criticality.rawValue, activity: activity.rawValue,
                               responsible: [], accountable: [], consulted: [], informed: [],
                               sourceFile: component.source.file, sourceSection: component.source.section)
                switch component.cells[activity] ?? .notApplicable {
                case .notApplicable:
                    return [base]
                case .seeComponent(let id):
                    var row = base
                    row.seeComponent = id
                    return [row]
                case .rules(let rules):
                    return rules.map { rule in
                        var row = base
                        row.responsible = rule.raci.responsible
                        row.accountable = rule.raci.accountable
                        row.consulted = rule.raci.consulted
                        row.informed = rule.raci.informed
                        row.fundingCondition = rule.condition.funding?.rawValue
                        row.zoneCondition = rule.condition.zone?.rawValue
                        row.note = rule.note
                        return row
                    }
                }
            }
        }
    }

    static let csvHeader = ["domaine", "composant_id", "composant", "criticite", "activite", "responsable",
                            "approbateur", "consulte", "informe", "condition_financement", "condition_zone",
                            "voir_composant", "note", "source_fichier", "source_section"]

    /// `;`-separated with a BOM: what French spreadsheet software opens without an import dialog.
    var csv: CSVDocument {
        CSVDocument(header: Self.csvHeader, rows: rows.map { row in
            [row.domain, row.componentID, row.component, row.criticality, row.activity,
             row.responsible.joined(separator: " "), row.accountable.joined(separator: " "),
             row.consulted.joined(separator: " "), row.informed.joined(separator: " "),
             row.fundingCondition ?? "", row.zoneCondition ?? "", row.seeComponent ?? "", row.note ?? "",
             row.sourceFile, row.sourceSection]
        })
    }
}
