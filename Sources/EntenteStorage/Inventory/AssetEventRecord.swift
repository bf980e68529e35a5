import EntenteCore
import Fluent
import Foundation

/// A row of `asset_events`: one kind of line per `AssetEvent.Fact` case, each in its own columns.
final class AssetEventRecord: Model, @unchecked Sendable {
    static let schema = "asset_events"

    enum Kind: String {
        case created, updated
        case statusChanged = "status-changed"
        case loanStarted = "loan-started"
        case loanEnded = "loan-ended"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "asset_id") var assetID: UUID
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "status_from") var statusFrom: String?
    @OptionalField(key: "status_to") var statusTo: String?
    /// The fields an update changed, as a JSON array of `AssetField` names.
    @OptionalField(key: "fields") var fields: String?
    @OptionalField(key: "import_id") var importID: UUID?
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "loan_id") var loanID: UUID?
    /// An `AssetLoan.Ending`, for `loan-ended`.
    @OptionalField(key: "loan_ending") var loanEnding: String?

    init() {}

    init(_ event: AssetEvent) {
        id = event.id
        assetID = event.assetID
        at = event.at.date
        actor = event.actor
        switch event.fact {
        case .created(let status, let importID):
            kind = Kind.created.rawValue
            statusTo = status
            self.importID = importID
        case .updated(let fields, let importID):
            kind = Kind.updated.rawValue
            self.fields = String(decoding: try! JSONEncoder().encode(fields), as: UTF8.self)
            self.importID = importID
        case .statusChanged(let from, let to, let note):
            kind = Kind.statusChanged.rawValue
            (statusFrom, statusTo, self.note) = (from, to, note)
        case .loanStarted(let loanID):
            kind = Kind.loanStarted.rawValue
            self.loanID = loanID
        case .loanEnded(let loanID, let ending):
            kind = Kind.loanEnded.rawValue
            (self.loanID, loanEnding) = (loanID, ending.rawValue)
        }
    }

    func event() throws -> AssetEvent {
        let kind: Kind = try StoredValueError.decode(kind, table: Self.schema, column: "kind")
        let fact: AssetEvent.Fact
        switch kind {
        case .created:
            fact = .created(status: try required(statusTo, "status_to"), importID: importID)
        case .updated:
            let text = try required(fields, "fields")
            guard let names = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
                throw StoredValueError(table: Self.schema, column: "fields", value: text)
            }
            fact = .updated(fields: try names.map { try StoredValueError.decode($0, table: Self.schema, column: "fields") },
                            importID: importID)
        case .statusChanged:
            fact = .statusChanged(from: try required(statusFrom, "status_from"), to: try required(statusTo, "status_to"), note: note)
        case .loanStarted:
            fact = .loanStarted(loanID: try required(loanID, "loan_id"))
        case .loanEnded:
            fact = .loanEnded(loanID: try required(loanID, "loan_id"),
                              ending: try StoredValueError.decode(try required(loanEnding, "loan_ending"), table: Self.schema, column: "loan_ending"))
        }
        return AssetEvent(id: try requireID(), assetID: assetID, at: Instant(at), actor: actor, fact: fact)
    }

    private func required<Value>(_ value: Value?, _ column: String) throws -> Value {
        guard let value else { throw StoredValueError(table: Self.schema, column: column, value: "NULL") }
        return value
    }
}
