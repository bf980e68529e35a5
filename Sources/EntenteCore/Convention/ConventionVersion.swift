import Foundation

/// The initial text of a convention or one of its avenants.
public struct ConventionVersion: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, CaseIterable, Hashable, Sendable {
        case initial, avenant
    }

    /// A cell an avenant rewrites.
    public struct CellChange: Codable, Hashable, Sendable {
        public var componentID: String
        public var activity: Activity
        public var cell: ResponsibilityCell

        public init(componentID: String, activity: Activity, cell: ResponsibilityCell) {
            self.componentID = componentID
            self.activity = activity
            self.cell = cell
        }
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var effective: CalendarDate
    public var summary: String?
    public var changes: [CellChange]
    /// Partners that join the convention with this version (an adhesion).
    public var joining: [ConventionParty]
    /// Parties that leave it (a withdrawal): they sit on no body from then on.
    public var leaving: [String]

    public init(id: String, kind: Kind, title: String, effective: CalendarDate, summary: String? = nil,
                changes: [CellChange] = [], joining: [ConventionParty] = [], leaving: [String] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.effective = effective
        self.summary = summary
        self.changes = changes
        self.joining = joining
        self.leaving = leaving
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, title, effective, summary, changes, joining, leaving
    }

    /// Versions stored before adhesions and withdrawals existed read with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), kind: try container.decode(Kind.self, forKey: .kind),
                  title: try container.decode(String.self, forKey: .title), effective: try container.decode(CalendarDate.self, forKey: .effective),
                  summary: try container.decodeIfPresent(String.self, forKey: .summary),
                  changes: try container.decode([CellChange].self, forKey: .changes),
                  joining: try container.decodeIfPresent([ConventionParty].self, forKey: .joining) ?? [],
                  leaving: try container.decodeIfPresent([String].self, forKey: .leaving) ?? [])
    }
}
