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
    /// A `FundingOrigin`, or `shared` (see `AssetRow`).
    @Field(key: "funding") var funding: String
    @OptionalField(key: "funding_purchase") var fundingPurchase: String?
    @OptionalField(key: "funding_shares") var fundingShares: String?
    @OptionalField(key: "acquired_on") var acquiredOn: String?
    @OptionalField(key: "acquired_condition") var acquiredCondition: String?
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
        let row = AssetRow(asset)
        establishmentUAI = row.establishment_uai
        componentID = row.component_id
        model = row.model
        inventoryNumber = row.inventory_number
        serialNumber = row.serial_number
        zone = row.zone
        building = row.building
        room = row.room
        funding = row.funding
        fundingPurchase = row.funding_purchase
        fundingShares = row.funding_shares
        acquiredOn = row.acquired_on
        acquiredCondition = row.acquired_condition
        priceCents = row.price_cents
        warrantyEndsOn = row.warranty_ends_on
        endOfLifeOn = row.end_of_life_on
        status = row.status
        statusSince = row.status_since
        version = row.version
    }

    /// The asset as the core knows it, read through `AssetRow`.
    func asset() throws -> Asset {
        try AssetRow(id: try requireID(), establishment_uai: establishmentUAI, component_id: componentID, model: model,
                     inventory_number: inventoryNumber, serial_number: serialNumber, zone: zone, building: building, room: room,
                     funding: funding, funding_purchase: fundingPurchase, funding_shares: fundingShares, acquired_on: acquiredOn,
                     acquired_condition: acquiredCondition, price_cents: priceCents, warranty_ends_on: warrantyEndsOn, end_of_life_on: endOfLifeOn, status: status,
                     status_since: statusSince, version: version).asset()
    }
}
