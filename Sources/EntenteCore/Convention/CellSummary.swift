/// Short text forms of a cell, as the annex table and the terminal show them.
extension ResponsibilityCell {
    /// "CD", "ACA + EPLE", "CD (financé par la collectivité) / EPLE (fonds propres de l'établissement)", "—".
    public var summary: String {
        switch self {
        case .notApplicable:
            return "—"
        case .seeComponent(let id):
            return "cf. \(id)"
        case .rules(let rules):
            return rules.map { rule in
                var text = rule.raci.responsible.joined(separator: " + ")
                if !rule.raci.isResponsibleOnly { text += " [\(rule.raci.detail)]" }
                if !rule.condition.isUnconditional { text += " (\(rule.condition.frenchLabel))" }
                return text
            }.joined(separator: " / ")
        }
    }
}

extension RACI {
    /// "A: CD · C: ACA · I: EPLE" — the letters beyond R.
    public var detail: String {
        [("A", accountable), ("C", consulted), ("I", informed)]
            .filter { !$0.1.isEmpty }
            .map { "\($0.0): \($0.1.joined(separator: ", "))" }
            .joined(separator: " · ")
    }
}
