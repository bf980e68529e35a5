import EntenteCore
import Fluent
import Foundation

/// A row of `conventions`: the listing fields as columns, the validated convention as JSON.
public final class ConventionRecord: Model, @unchecked Sendable {
    public static let schema = "conventions"

    @ID(custom: "id", generatedBy: .user) public var id: String?
    @Field(key: "title") public var title: String
    @Field(key: "territory") public var territory: String
    @Field(key: "effective") public var effective: String
    @OptionalField(key: "end_date") public var end: String?
    @Field(key: "document") public var document: String

    public init() {}

    public init(_ convention: Convention) throws {
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

    public func convention() throws -> Convention {
        try JSONDecoder().decode(Convention.self, from: Data(document.utf8))
    }
}
