/// Responsible / Accountable / Consulted / Informed party codes of one cell or rule.
public struct RACI: Codable, Hashable, Sendable {
    public var responsible: [String]
    public var accountable: [String]
    public var consulted: [String]
    public var informed: [String]

    public init(responsible: [String], accountable: [String] = [], consulted: [String] = [], informed: [String] = []) {
        self.responsible = responsible
        self.accountable = accountable
        self.consulted = consulted
        self.informed = informed
    }

    /// Every party code named, in R, A, C, I order, without repeats.
    public var allParties: [String] {
        var seen = Set<String>()
        return (responsible + accountable + consulted + informed).filter { seen.insert($0).inserted }
    }

    /// True when only the responsible parties are given (the annex's usual cell).
    public var isResponsibleOnly: Bool { accountable.isEmpty && consulted.isEmpty && informed.isEmpty }
}

/// One line of a cell: who is responsible in a given situation.
public struct ResponsibilityRule: Codable, Hashable, Sendable {
    public var condition: ResponsibilityCondition
    public var raci: RACI
    public var note: String?

    public init(condition: ResponsibilityCondition = .init(), raci: RACI, note: String? = nil) {
        self.condition = condition
        self.raci = raci
        self.note = note
    }
}

/// One cell of the responsibility matrix: a component × an activity.
public enum ResponsibilityCell: Codable, Hashable, Sendable {
    /// The annex leaves the cell empty: nobody under this convention.
    case notApplicable
    /// "cf …": the same activity of another component.
    case seeComponent(String)
    /// One or several rules; several when the responsibility depends on funding or zone.
    case rules([ResponsibilityRule])

    /// A plain cell: these parties are responsible, whatever the situation.
    public static func responsible(_ codes: String...) -> ResponsibilityCell {
        .rules([ResponsibilityRule(raci: RACI(responsible: codes))])
    }

    /// True when the cell depends on funding origin or network zone.
    public var isConditional: Bool {
        guard case .rules(let rules) = self else { return false }
        return rules.contains { !$0.condition.isUnconditional }
    }

    /// Every party code the cell names.
    public var partyCodes: [String] {
        guard case .rules(let rules) = self else { return [] }
        var seen = Set<String>()
        return rules.flatMap(\.raci.allParties).filter { seen.insert($0).inserted }
    }
}
