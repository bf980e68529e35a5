/// A field of an asset a file or a form can give, by its stable name (CLI, API, mapping).
public enum AssetField: String, CaseIterable, Hashable, Codable, Sendable {
    /// Entente's id of the asset, to update what an export gave.
    case id
    case establishment
    case inventoryNumber = "inventory-number"
    case serialNumber = "serial-number"
    case component
    case model
    case zone
    case building
    case room
    case funding
    /// The reference of the validated own-funds purchase.
    case purchase
    case acquiredOn = "acquired-on"
    /// New or reconditioned when bought.
    case condition
    case price
    case warrantyEndsOn = "warranty-ends-on"
    case endOfLifeOn = "end-of-life-on"
    case status

    /// What a new asset cannot do without.
    public static let required: [AssetField] = [.establishment, .inventoryNumber, .component, .funding]
}

/// How an import row finds the asset it speaks of.
public enum AssetMatchKey: String, CaseIterable, Hashable, Codable, Sendable {
    case inventoryNumber = "inventory-number"
    case serialNumber = "serial-number"
    case id

    public var field: AssetField {
        switch self {
        case .inventoryNumber: .inventoryNumber
        case .serialNumber: .serialNumber
        case .id: .id
        }
    }
}
