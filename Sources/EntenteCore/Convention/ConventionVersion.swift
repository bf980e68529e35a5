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

    public init(id: String, kind: Kind, title: String, effective: CalendarDate, summary: String? = nil,
                changes: [CellChange] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.effective = effective
        self.summary = summary
        self.changes = changes
    }
}
