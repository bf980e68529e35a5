import EntenteCore
import Fluent
import Foundation

/// A row of `assets`. Internal: the store hands out `Asset`.
final class AssetRecord: Model, @unchecked Sendable {
    static let schema = "assets"

    @ID(key: .id) var id: UUID?
    @Field(key: "establishment_uai") var establishmentUAI: String
    @Field(key: "component_id") var componentID: String
    @OptionalField(key: "model") var model: String?
    @Field(key: "inventory_number") var inventoryNumber: String
    @OptionalField(key: "serial_number") var serialNumber: String?
    @OptionalField(key: "zone") var zone: String?
    @OptionalField(key: "building") var building: String?
    @OptionalField(key: "room") var room: String?
    /// A `FundingOrigin`, or `shared`.
    @Field(key: "funding") var funding: String
    @OptionalField(key: "funding_purchase") var fundingPurchase: String?
    /// For `shared`: `[{"origin": "collectivite", "cents": 30000}, …]`.
    @OptionalField(key: "funding_shares") var fundingShares: String?
    @OptionalField(key: "acquired_on") var acquiredOn: String?
    @OptionalField(key: "price_cents") var priceCents: Int64?
    @OptionalField(key: "warranty_ends_on") var warrantyEndsOn: String?
    @OptionalField(key: "end_of_life_on") var endOfLifeOn: String?
    @Field(key: "status") var status: String
    @Field(key: "status_since") var statusSince: Date
    @Field(key: "version") var version: Int

    init() {}

    init(_ asset: Asset) {
        id = asset.id
        update(from: asset)
    }

    func update(from asset: Asset) {
        let details = asset.details
        establishmentUAI = details.establishment.value
        componentID = details.componentID
        model = details.model
        inventoryNumber = details.inventoryNumber
        serialNumber = details.serialNumber
        zone = details.zone?.rawValue
        building = details.building
        room = details.room
        (funding, fundingPurchase, fundingShares) = Self.columns(of: details.funding)
        acquiredOn = details.acquiredOn?.description
        priceCents = details.price?.cents
        warrantyEndsOn = details.warrantyEndsOn?.description
        endOfLifeOn = details.endOfLifeOn?.description
        status = asset.status
        statusSince = asset.statusSince.date
        version = asset.version
    }

    static let shared = "shared"

    private struct Share: Codable {
        var origin: FundingOrigin
        var cents: Int64
    }

    private static func columns(of funding: AssetFunding) -> (String, String?, String?) {
        switch funding {
        case .collectivite, .academie: (funding.origin.rawValue, nil, nil)
        case .etablissement(let purchase): (FundingOrigin.etablissement.rawValue, purchase, nil)
        case .shared(let shares):
            (shared, nil, String(decoding: try! JSONEncoder().encode(shares.map { Share(origin: $0.origin, cents: $0.amount.cents) }),
                                 as: UTF8.self))
        }
    }

    /// The asset as the core knows it; a value no case knows is an error naming its column.
    func asset() throws -> Asset {
        func day(_ text: String?, _ column: String) throws -> CalendarDate? {
            guard let text else { return nil }
            guard let date = CalendarDate(iso: text) else { throw StoredValueError(table: Self.schema, column: column, value: text) }
            return date
        }
        let uai: UAI
        do { uai = try UAI(establishmentUAI) } catch {
            throw StoredValueError(table: Self.schema, column: "establishment_uai", value: establishmentUAI)
        }
        let details = AssetDetails(
            establishment: uai, componentID: componentID, model: model, inventoryNumber: inventoryNumber,
            serialNumber: serialNumber, zone: try StoredValueError.decode(zone, table: Self.schema, column: "zone"),
            building: building, room: room, funding: try storedFunding(),
            acquiredOn: try day(acquiredOn, "acquired_on"), price: priceCents.map(Money.init(cents:)),
            warrantyEndsOn: try day(warrantyEndsOn, "warranty_ends_on"), endOfLifeOn: try day(endOfLifeOn, "end_of_life_on"))
        return Asset(id: try requireID(), details: details, status: status, statusSince: Instant(statusSince), version: version)
    }

    private func storedFunding() throws -> AssetFunding {
        guard funding == Self.shared else {
            let origin: FundingOrigin = try StoredValueError.decode(funding, table: Self.schema, column: "funding")
            return AssetFunding(origin, purchase: fundingPurchase)
        }
        guard let text = fundingShares, let shares = try? JSONDecoder().decode([Share].self, from: Data(text.utf8)) else {
            throw StoredValueError(table: Self.schema, column: "funding_shares", value: fundingShares ?? "NULL")
        }
        return .shared(shares.map { FundingShare(origin: $0.origin, amount: Money(cents: $0.cents)) })
    }
}
