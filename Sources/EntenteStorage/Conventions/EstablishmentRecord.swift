import EntenteCore
import Fluent
import Foundation

/// A row of `establishments`; pupil counts per school year are kept as JSON.
final class EstablishmentRecord: Model, @unchecked Sendable {
    static let schema = "establishments"

    @ID(custom: "uai", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    /// Lowercased, accent-free name and commune, for search.
    @Field(key: "search_text") var searchText: String
    @Field(key: "kind") var kind: String
    @Field(key: "commune") var commune: String
    @Field(key: "department_code") var departmentCode: String
    @Field(key: "academy") var academy: String
    @OptionalField(key: "collectivity_code") var collectivityCode: String?
    @Field(key: "pupils") var pupils: String
    @Field(key: "is_demo") var isDemo: Bool

    init() {}

    init(_ establishment: Establishment) {
        id = establishment.uai.value
        update(from: establishment)
    }

    func update(from establishment: Establishment) {
        name = establishment.name
        searchText = ClosestNames.folded("\(establishment.name) \(establishment.commune) \(establishment.uai.value)")
        kind = establishment.kind.rawValue
        commune = establishment.commune
        departmentCode = establishment.departmentCode
        academy = establishment.academy
        collectivityCode = establishment.collectivityCode
        pupils = String(decoding: (try? JSONEncoder.sorted.encode(establishment.pupils)) ?? Data("{}".utf8), as: UTF8.self)
        isDemo = establishment.isDemo
    }

    /// The establishment as the core knows it; a UAI or a kind no version of Entente wrote is an error.
    func establishment() throws -> Establishment {
        try Self.establishment(uai: try requireID(), name: name, kind: kind, commune: commune, departmentCode: departmentCode,
                               academy: academy, collectivityCode: collectivityCode, pupils: pupils, isDemo: isDemo, decoder: JSONDecoder())
    }

    static let columns = ["uai", "name", "kind", "commune", "department_code", "academy", "collectivity_code", "pupils", "is_demo"]

    /// An establishment from its columns' values, whether read through the model or straight with SQL.
    static func establishment(uai id: String, name: String, kind: String, commune: String, departmentCode: String, academy: String,
                              collectivityCode: String?, pupils: String, isDemo: Bool, decoder: JSONDecoder) throws -> Establishment {
        guard let uai = try? UAI(id) else { throw StoredValueError(table: schema, column: "uai", value: id) }
        let counts = (try? decoder.decode([String: Int].self, from: Data(pupils.utf8))) ?? [:]
        return Establishment(uai: uai, name: name, kind: try StoredValueError.decode(kind, table: schema, column: "kind"),
                             commune: commune, departmentCode: departmentCode, academy: academy, collectivityCode: collectivityCode,
                             pupils: counts, isDemo: isDemo)
    }
}

extension JSONEncoder {
    /// Keys sorted, so that the same value always gives the same text (stable diffs and audit entries).
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
