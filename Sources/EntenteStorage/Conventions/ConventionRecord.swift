import EntenteCore
import Fluent
import Foundation

/// A row of `conventions`: the listing fields as columns, the validated convention as JSON.
final class ConventionRecord: Model, @unchecked Sendable {
    static let schema = "conventions"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "title") var title: String
    @Field(key: "territory") var territory: String
    @Field(key: "effective") var effective: String
    @OptionalField(key: "end_date") var end: String?
    @Field(key: "document") var document: String

    init() {}

    init(_ convention: Convention) throws {
        id = convention.id
        try update(from: convention)
    }

    func update(from convention: Convention) throws {
        title = convention.title
        territory = convention.territory
        effective = convention.dates.effective.description
        end = convention.dates.end?.description
        document = String(decoding: try JSONEncoder.sorted.encode(convention), as: UTF8.self)
    }

    func convention() throws -> Convention {
        try JSONDecoder().decode(Convention.self, from: Data(document.utf8))
    }
}
