import EntenteCore

/// One year's contribution worded step by step, for the page, the call for funds, its CSV and the command line.
public enum FinanceSteps {
    public static func lines(_ calculation: ContributionCalculation, schedule: ContributionSchedule, language: Language) -> [(String, String)] {
        let fr = language == .fr
        let euros = { (cents: ExactFraction) in (cents / ExactFraction(100)).approximateText(decimals: 4, minimum: 2) }
        let unit = schedule.unit.isEmpty ? (fr ? "unité" : "unit") : schedule.unit
        var lines: [(String, String)] = [
            (fr ? "année" : "year", "\(calculation.year) — \(schedule.title), \(schedule.payer) → \(schedule.payee)"),
            (fr ? "quantité" : "quantity", "\(calculation.quantity.count) (\(calculation.quantityGiven ? (fr ? "donnée" : "given") : calculation.quantity.source))"),
        ]
        if let revision = schedule.revision, let value = calculation.indexValue {
            lines.append((fr ? "indice" : "index", "\(revision.index) \(value.value) (\(calculation.indexGiven ? (fr ? "donné" : "given") : value.label)), "
                          + (fr ? "base" : "base") + " \(revision.base) (\(revision.baseLabel))"))
            lines.append((fr ? "coefficient" : "coefficient",
                          "\(revision.fixedPart) + \(revision.indexedPart) × \(value.value) / \(revision.base) = \(calculation.coefficient)"))
        }
        lines += [
            (fr ? "prix" : "price", "\(schedule.price) × \(calculation.coefficient) = \(euros(calculation.revisedPriceCents)) € " + (fr ? "par" : "per") + " \(unit)"),
            (fr ? "annuel" : "annual", "\(calculation.quantity.count) × \(euros(calculation.revisedPriceCents)) = \(euros(calculation.annualCents)) €"),
            ("prorata", "\(euros(calculation.annualCents)) × \(calculation.months) / 12 = \(euros(calculation.proratedCents)) €"),
            ((fr ? "arrondi" : "rounding") + " (\(calculation.rounding))", "\(calculation.amount) €"),
        ]
        lines += calculation.shares.map { ((fr ? "part " : "share ") + "\($0.label) \($0.percent) %", "\($0.amount) €") }
        lines += calculation.payments.map { ((fr ? "versement " : "instalment ") + $0.label + (fr ? ", échéance " : ", due ") + $0.due.description, "\($0.amount) €") }
        return lines
    }
}
