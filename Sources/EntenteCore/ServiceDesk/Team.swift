/// A team of one party of a convention: the queue its agents work from, at one escalation level.
/// Codes are unique across every convention ("CD35-RESEAUX"), so that a ticket or an agent names
/// its team with the code alone.
public struct Team: Codable, Hashable, Sendable, Identifiable {
    public var code: String
    public var name: String
    /// The convention's code of the party the team belongs to ("CD").
    public var partyCode: String
    public var level: EscalationLevel
    /// Receives what none of the party's rules claims; without one, the party's lowest level does.
    public var isDefault: Bool

    public init(code: String, name: String, partyCode: String, level: EscalationLevel, isDefault: Bool = false) {
        self.code = code
        self.name = name
        self.partyCode = partyCode
        self.level = level
        self.isDefault = isDefault
    }

    public var id: String { code }

    /// "Réseaux et Wi-Fi (N2)".
    public var label: String { "\(name) (\(level.shortLabel))" }
}
