import EntenteCore
import Fluent
import Foundation

/// A row of `disposal_batches`. Internal: the store hands out `DisposalBatch`.
final class DisposalBatchRecord: Model, @unchecked Sendable {
    static let schema = "disposal_batches"

    enum Destination: String {
        case reconditioning, donation, recycling
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "establishment_uai") var establishmentUAI: String
    @Field(key: "destination") var destination: String
    @Field(key: "recipient") var recipient: String
    @Field(key: "made_on") var madeOn: String
    @Field(key: "made_by") var madeBy: String
    @OptionalField(key: "certificate_name") var certificateName: String?
    @OptionalField(key: "certificate_media_type") var certificateMediaType: String?
    @OptionalField(key: "certificate_size") var certificateSize: Int?
    @OptionalField(key: "certificate_content") var certificateContent: Data?

    init() {}

    init(_ batch: DisposalBatch, madeBy: String) {
        id = batch.id
        establishmentUAI = batch.establishment.value
        (destination, recipient) = switch batch.destination {
        case .reconditioning(let name): (Destination.reconditioning.rawValue, name)
        case .donation(let name): (Destination.donation.rawValue, name)
        case .recycling(let name): (Destination.recycling.rawValue, name)
        }
        madeOn = batch.madeOn.description
        self.madeBy = madeBy
    }

    func batch(items: [DisposalItemRecord]) throws -> DisposalBatch {
        let kind: Destination = try StoredValueError.decode(destination, table: Self.schema, column: "destination")
        let uai = try StoredValueError.uai(establishmentUAI, table: Self.schema, column: "establishment_uai")
        let day = try StoredValueError.day(madeOn, table: Self.schema, column: "made_on")
        let certificate = certificateName.map { name in
            DisposalBatch.Certificate(fileName: name, mediaType: certificateMediaType ?? "application/octet-stream",
                                      size: certificateSize ?? 0)
        }
        let destination: DisposalBatch.Destination = switch kind {
        case .reconditioning: .reconditioning(provider: recipient)
        case .donation: .donation(beneficiary: recipient)
        case .recycling: .recycling(collector: recipient)
        }
        return DisposalBatch(id: try requireID(), establishment: uai, destination: destination, madeOn: day,
                             items: try items.map { try $0.item() }, certificate: certificate)
    }
}

/// A row of `disposal_items`: a device of a batch as it was when the batch was made.
final class DisposalItemRecord: Model, @unchecked Sendable {
    static let schema = "disposal_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "batch_id") var batchID: UUID
    @Field(key: "asset_id") var assetID: UUID
    @Field(key: "inventory_number") var inventoryNumber: String
    @OptionalField(key: "serial_number") var serialNumber: String?
    @Field(key: "component_id") var componentID: String
    @OptionalField(key: "model") var model: String?
    @OptionalField(key: "acquired_on") var acquiredOn: String?

    init() {}

    init(_ item: DisposalBatch.Item, batchID: UUID) {
        id = UUID()
        self.batchID = batchID
        assetID = item.assetID
        inventoryNumber = item.inventoryNumber
        serialNumber = item.serialNumber
        componentID = item.componentID
        model = item.model
        acquiredOn = item.acquiredOn?.description
    }

    func item() throws -> DisposalBatch.Item {
        let day = try StoredValueError.day(acquiredOn, table: Self.schema, column: "acquired_on")
        return DisposalBatch.Item(assetID: assetID, inventoryNumber: inventoryNumber, serialNumber: serialNumber,
                                  componentID: componentID, model: model, acquiredOn: day)
    }
}
