/// What a person says about a device: everything of an asset but its identity, status and history.
/// Forms and import rows produce it; `Asset` adds what Entente keeps.
public struct AssetDetails: Hashable, Sendable {
    public var establishment: UAI
    /// A component of the catalogue of the convention covering the establishment (`postes-pedagogiques`).
    public var componentID: String
    /// The model, as the équipement référentiel names it when there is one.
    public var model: String?
    /// Unique within the territory.
    public var inventoryNumber: String
    /// Unique within the territory when given.
    public var serialNumber: String?
    public var zone: NetworkZone?
    public var building: String?
    public var room: String?
    public var funding: AssetFunding
    public var acquiredOn: CalendarDate?
    /// Nil when nobody said: counted as new.
    public var condition: AcquisitionCondition?
    public var price: Money?
    public var warrantyEndsOn: CalendarDate?
    public var endOfLifeOn: CalendarDate?

    public init(establishment: UAI, componentID: String, model: String? = nil, inventoryNumber: String,
                serialNumber: String? = nil, zone: NetworkZone? = nil, building: String? = nil, room: String? = nil,
                funding: AssetFunding, acquiredOn: CalendarDate? = nil, condition: AcquisitionCondition? = nil, price: Money? = nil,
                warrantyEndsOn: CalendarDate? = nil, endOfLifeOn: CalendarDate? = nil) {
        self.establishment = establishment
        self.componentID = componentID
        self.model = model
        self.inventoryNumber = inventoryNumber
        self.serialNumber = serialNumber
        self.zone = zone
        self.building = building
        self.room = room
        self.funding = funding
        self.acquiredOn = acquiredOn
        self.condition = condition
        self.price = price
        self.warrantyEndsOn = warrantyEndsOn
        self.endOfLifeOn = endOfLifeOn
    }
}
