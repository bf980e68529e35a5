import EntenteCore
import Foundation
import SQLKit

/// A row of `assets` as plain column values: the one place an `Asset` becomes columns and columns
/// become a typed `Asset`. The Fluent record reads and writes through it; imports and lists use it
/// straight with SQL, without a Fluent model per row (the import benchmark's largest cost).
struct AssetRow: Sendable {
    var id: UUID
    var establishment_uai: String
    var component_id: String
    var model: String?
    var inventory_number: String
    var serial_number: String?
    var zone: String?
    var building: String?
    var room: String?
    /// A `FundingOrigin`, or `shared`.
    var funding: String
    var funding_purchase: String?
    /// For `shared`: `[{"origin": "collectivite", "cents": 30000}, …]`.
    var funding_shares: String?
    var acquired_on: String?
    /// An `AcquisitionCondition`; nil when nobody said.
    var acquired_condition: String?
    var price_cents: Int64?
    var warranty_ends_on: String?
    var end_of_life_on: String?
    var status: String
    var status_since: Date
    var version: Int

    static let table = "assets"
    static let columns = ["id", "establishment_uai", "component_id", "model", "inventory_number", "serial_number", "zone", "building",
                          "room", "funding", "funding_purchase", "funding_shares", "acquired_on", "acquired_condition", "price_cents",
                          "warranty_ends_on", "end_of_life_on", "status", "status_since", "version"]

    static let shared = "shared"

    private struct Share: Codable {
        var origin: FundingOrigin
        var cents: Int64
    }

    /// The values of `columns`, in order, to insert.
    var values: [any Encodable & Sendable] {
        [id, establishment_uai, component_id, model, inventory_number, serial_number, zone, building, room, funding, funding_purchase,
         funding_shares, acquired_on, acquired_condition, price_cents, warranty_ends_on, end_of_life_on, status, status_since, version]
    }

    /// The asset as the core knows it; a value no case knows is an error naming its column.
    func asset() throws -> Asset {
        func day(_ text: String?, _ column: String) throws -> CalendarDate? {
            try StoredValueError.day(text, table: Self.table, column: column)
        }
        let uai = try StoredValueError.uai(establishment_uai, table: Self.table, column: "establishment_uai")
        let details = AssetDetails(
            establishment: uai, componentID: component_id, model: model, inventoryNumber: inventory_number,
            serialNumber: serial_number, zone: try StoredValueError.decode(zone, table: Self.table, column: "zone"),
            building: building, room: room, funding: try storedFunding(),
            acquiredOn: try day(acquired_on, "acquired_on"),
            condition: try StoredValueError.decode(acquired_condition, table: Self.table, column: "acquired_condition"), price: price_cents.map(Money.init(cents:)),
            warrantyEndsOn: try day(warranty_ends_on, "warranty_ends_on"), endOfLifeOn: try day(end_of_life_on, "end_of_life_on"))
        return Asset(id: id, details: details, status: status, statusSince: Instant(status_since), version: version)
    }

    private func storedFunding() throws -> AssetFunding {
        guard funding == Self.shared else {
            let origin: FundingOrigin = try StoredValueError.decode(funding, table: Self.table, column: "funding")
            return AssetFunding(origin, purchase: funding_purchase)
        }
        guard let text = funding_shares, let shares = try? JSONDecoder().decode([Share].self, from: Data(text.utf8)) else {
            throw StoredValueError(table: Self.table, column: "funding_shares", value: funding_shares ?? "NULL")
        }
        return .shared(shares.map { FundingShare(origin: $0.origin, amount: Money(cents: $0.cents)) })
    }

    static func read(_ row: any SQLRow) throws -> Asset {
        try AssetRow(row).asset()
    }
}

extension AssetRow {
    /// The columns of `asset` (an extension's initializer keeps the memberwise one for the record).
    init(_ asset: Asset) {
        let details = asset.details
        id = asset.id
        establishment_uai = details.establishment.value
        component_id = details.componentID
        model = details.model
        inventory_number = details.inventoryNumber
        serial_number = details.serialNumber
        zone = details.zone?.rawValue
        building = details.building
        room = details.room
        switch details.funding {
        case .collectivite, .academie: funding = details.funding.origin.rawValue
        case .etablissement(let purchase): (funding, funding_purchase) = (FundingOrigin.etablissement.rawValue, purchase)
        case .shared(let shares):
            funding = Self.shared
            // Encoding an array of plain structs cannot fail.
            funding_shares = String(decoding: try! JSONEncoder().encode(shares.map { Share(origin: $0.origin, cents: $0.amount.cents) }),
                                    as: UTF8.self)
        }
        acquired_on = details.acquiredOn?.description
        acquired_condition = details.condition?.rawValue
        price_cents = details.price?.cents
        warranty_ends_on = details.warrantyEndsOn?.description
        end_of_life_on = details.endOfLifeOn?.description
        status = asset.status
        status_since = asset.statusSince.date
        version = asset.version
    }
}

extension AssetRow {
    /// One column at a time: a `Decodable` reading through `SQLRowDecoder` costs as much again
    /// (as for tickets, docs/PERFORMANCE.md).
    init(_ row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        establishment_uai = try row.decode(column: "establishment_uai", as: String.self)
        component_id = try row.decode(column: "component_id", as: String.self)
        model = try row.decode(column: "model", as: String?.self)
        inventory_number = try row.decode(column: "inventory_number", as: String.self)
        serial_number = try row.decode(column: "serial_number", as: String?.self)
        zone = try row.decode(column: "zone", as: String?.self)
        building = try row.decode(column: "building", as: String?.self)
        room = try row.decode(column: "room", as: String?.self)
        funding = try row.decode(column: "funding", as: String.self)
        funding_purchase = try row.decode(column: "funding_purchase", as: String?.self)
        funding_shares = try row.decode(column: "funding_shares", as: String?.self)
        acquired_on = try row.decode(column: "acquired_on", as: String?.self)
        acquired_condition = try row.decode(column: "acquired_condition", as: String?.self)
        price_cents = try row.decode(column: "price_cents", as: Int64?.self)
        warranty_ends_on = try row.decode(column: "warranty_ends_on", as: String?.self)
        end_of_life_on = try row.decode(column: "end_of_life_on", as: String?.self)
        status = try row.decode(column: "status", as: String.self)
        status_since = try row.decode(column: "status_since", as: Date.self)
        version = try row.decode(column: "version", as: Int.self)
    }
}
