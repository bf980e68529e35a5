/// How a device was bought: new, or reconditioned (the responsible-digital policy of seed 000,
/// art. 8: "Achat de matériels reconditionnés"), which the indicators count as a share of the park.
public enum AcquisitionCondition: String, CaseIterable, Hashable, Codable, Sendable {
    case new
    case reconditioned
}
