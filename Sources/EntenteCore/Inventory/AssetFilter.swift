/// Which assets a list shows. Every field narrows; `text` is found in the inventory number, serial,
/// model or room, whatever its case.
public struct AssetFilter: Hashable, Sendable {
    /// The establishments the viewer may see; nil for all of the territory.
    public var establishments: Set<UAI>?
    public var establishment: UAI?
    public var status: String?
    public var zone: NetworkZone?
    public var componentID: String?
    public var text: String?

    public init(establishments: Set<UAI>? = nil, establishment: UAI? = nil, status: String? = nil, zone: NetworkZone? = nil,
                componentID: String? = nil, text: String? = nil) {
        self.establishments = establishments
        self.establishment = establishment
        self.status = status
        self.zone = zone
        self.componentID = componentID
        self.text = text
    }
}
