import Foundation

/// A batch of retired devices leaving the park together: to a reconditioner, to a beneficiary as a
/// donation, or to a collector for recycling, whose certificate is attached once received. The batch
/// keeps a snapshot of its devices as they were when it was made, so that it reads the same after
/// the assets change; its devices leave the indicators of the park but stay in history.
public struct DisposalBatch: Hashable, Sendable, Identifiable {
    public enum Destination: Hashable, Sendable {
        case reconditioning(provider: String)
        case donation(beneficiary: String)
        case recycling(collector: String)

        /// Who receives the devices.
        public var recipient: String {
            switch self {
            case .reconditioning(let name), .donation(let name), .recycling(let name): name
            }
        }

        /// The devices' status once the batch has left: a second life, or recycled.
        public var assetStatus: String {
            if case .recycling = self { "recycled" } else { "second-life" }
        }
    }

    /// A device as it was when the batch was made.
    public struct Item: Hashable, Sendable {
        public var assetID: UUID
        public var inventoryNumber: String
        public var serialNumber: String?
        public var componentID: String
        public var model: String?
        public var acquiredOn: CalendarDate?

        public init(_ asset: Asset) {
            self.init(assetID: asset.id, inventoryNumber: asset.details.inventoryNumber, serialNumber: asset.details.serialNumber,
                      componentID: asset.details.componentID, model: asset.details.model, acquiredOn: asset.details.acquiredOn)
        }

        public init(assetID: UUID, inventoryNumber: String, serialNumber: String?, componentID: String, model: String?,
                    acquiredOn: CalendarDate?) {
            self.assetID = assetID
            self.inventoryNumber = inventoryNumber
            self.serialNumber = serialNumber
            self.componentID = componentID
            self.model = model
            self.acquiredOn = acquiredOn
        }
    }

    /// The collector's certificate (or the beneficiary's receipt), as received.
    public struct Certificate: Hashable, Sendable {
        public var fileName: String
        public var mediaType: String
        public var size: Int

        public init(fileName: String, mediaType: String, size: Int) {
            self.fileName = fileName
            self.mediaType = mediaType
            self.size = size
        }
    }

    public var id: UUID
    public var establishment: UAI
    public var destination: Destination
    public var madeOn: CalendarDate
    public var items: [Item]
    public var certificate: Certificate?

    public init(id: UUID = UUID(), establishment: UAI, destination: Destination, madeOn: CalendarDate, items: [Item],
                certificate: Certificate? = nil) {
        self.id = id
        self.establishment = establishment
        self.destination = destination
        self.madeOn = madeOn
        self.items = items
        self.certificate = certificate
    }

    public enum Refusal: Error, Hashable, Sendable {
        case empty
        case noRecipient
        /// Only retired devices leave in a batch: these are not (inventory numbers).
        case notRetired([String])
        case otherEstablishment([String])
        /// Already in another batch.
        case alreadyInABatch([String])
        /// Inventory numbers or serials no device of the establishment has.
        case unknownDevices([String])
        case unknownEstablishment(String)
    }

    /// A batch of `devices` of `establishment`, checked: each retired, of that establishment, in no
    /// other batch (`batched`).
    public static func make(of devices: [Asset], establishment: UAI, destination: Destination, on day: CalendarDate,
                            batched: Set<UUID>) throws(Refusal) -> DisposalBatch {
        guard !devices.isEmpty else { throw .empty }
        guard !destination.recipient.trimmingCharacters(in: .whitespaces).isEmpty else { throw .noRecipient }
        let elsewhere = devices.filter { $0.details.establishment != establishment }.map(\.details.inventoryNumber)
        guard elsewhere.isEmpty else { throw .otherEstablishment(elsewhere) }
        let notRetired = devices.filter { $0.status != "retired" }.map(\.details.inventoryNumber)
        guard notRetired.isEmpty else { throw .notRetired(notRetired) }
        let twice = devices.filter { batched.contains($0.id) }.map(\.details.inventoryNumber)
        guard twice.isEmpty else { throw .alreadyInABatch(twice) }
        return DisposalBatch(establishment: establishment, destination: destination, madeOn: day,
                             items: devices.sorted { $0.details.inventoryNumber < $1.details.inventoryNumber }.map(Item.init))
    }
}
