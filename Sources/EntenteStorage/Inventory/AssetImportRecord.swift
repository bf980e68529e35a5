import EntenteCore
import Fluent
import Foundation

/// A row of `asset_imports`: an uploaded file between its dry run and its confirmation.
final class AssetImportRecord: Model, @unchecked Sendable {
    static let schema = "asset_imports"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: Data
    @Field(key: "match_key") var matchKey: String
    @Field(key: "only_valid") var onlyValid: Bool
    /// The user's choices per header, `{"Type": "component", "Commentaire": null}`.
    @Field(key: "mapping") var mapping: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "applied_at") var appliedAt: Date?
    @OptionalField(key: "created_count") var createdCount: Int?
    @OptionalField(key: "updated_count") var updatedCount: Int?
    /// For an import applied in the background: `running`, `done`, `failed` or `interrupted`.
    @OptionalField(key: "job_state") var jobState: String?
    /// Rows to write, and rows committed so far.
    @OptionalField(key: "job_total") var jobTotal: Int?
    @OptionalField(key: "job_done") var jobDone: Int?
    @OptionalField(key: "job_message") var jobMessage: String?

    init() {}
}
