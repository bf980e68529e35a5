import Foundation

/// A line of an asset's history: what happened, when and by whom. Statuses are dated here, so
/// that indicators can say what was in service on any day.
public struct AssetEvent: Hashable, Sendable, Identifiable {
    public enum Fact: Hashable, Sendable {
        /// Entered in Entente, in its first status (by a form, or by the import named).
        case created(status: String, importID: UUID?)
        /// Values changed (by a form, or by the import named).
        case updated(fields: [AssetField], importID: UUID?)
        case statusChanged(from: String, to: String, note: String?)
        /// Lent or allocated (the loan says to whom).
        case loanStarted(loanID: UUID)
        case loanEnded(loanID: UUID, ending: AssetLoan.Ending)
    }

    public var id: UUID
    public var assetID: UUID
    public var at: Instant
    public var actor: String
    public var fact: Fact

    public init(id: UUID = UUID(), assetID: UUID, at: Instant, actor: String, fact: Fact) {
        self.id = id
        self.assetID = assetID
        self.at = at
        self.actor = actor
        self.fact = fact
    }
}
