/// The equipment indicators of an establishment or a territory on a day: what the partners share,
/// and the equipment part of what a Région sends to the ministry. Retired devices leave every
/// count of the park but the retirements themselves.
public struct InventoryIndicators: Hashable, Sendable {
    /// Devices by standing (in service, unavailable, in stock, ordered), retired ones excepted.
    public var byStanding: [AssetStatus.Standing: Int]
    /// Devices in service, by component id.
    public var inServiceByComponent: [String: Int]
    /// Pupils of the establishments in scope (their latest known count).
    public var pupils: Int
    /// Devices in service or unavailable, by age.
    public var byAge: [AgeBand: Int]
    /// Devices in service or unavailable whose warranty ends within six months of the day.
    public var warrantiesEndingSoon: Int
    /// Devices in service or unavailable bought on the establishments' own funds.
    public var ownFunds: Int
    /// Devices that left the park, by year of leaving and final status (retired, second life, recycled, lost, stolen).
    public var retiredByYear: [Int: [String: Int]]

    public init(byStanding: [AssetStatus.Standing: Int] = [:], inServiceByComponent: [String: Int] = [:], pupils: Int = 0,
                byAge: [AgeBand: Int] = [:], warrantiesEndingSoon: Int = 0, ownFunds: Int = 0, retiredByYear: [Int: [String: Int]] = [:]) {
        self.byStanding = byStanding
        self.inServiceByComponent = inServiceByComponent
        self.pupils = pupils
        self.byAge = byAge
        self.warrantiesEndingSoon = warrantiesEndingSoon
        self.ownFunds = ownFunds
        self.retiredByYear = retiredByYear
    }

    public var inService: Int { byStanding[.inService, default: 0] }
    /// The deployed park: in service or unavailable (broken, in repair).
    public var deployed: Int { inService + byStanding[.unavailable, default: 0] }

    /// Pupils per device in service, in tenths (`42` reads 4.2), rounded half up; nil without devices.
    public var pupilsPerDeviceTenths: Int? {
        guard inService > 0 else { return nil }
        return (pupils * 20 + inService) / (inService * 2)
    }

    /// Age bands of a device, from its acquisition day.
    public enum AgeBand: String, CaseIterable, Hashable, Sendable {
        case underTwo = "under-2"
        case twoToFour = "2-4"
        case fourToSix = "4-6"
        case sixAndMore = "6-and-more"
        case unknown

        /// The band of a device acquired on `acquired` (nil: unknown), seen on `day`: whole years elapsed.
        public static func of(acquiredOn acquired: CalendarDate?, on day: CalendarDate) -> AgeBand {
            guard let acquired else { return .unknown }
            var years = day.year - acquired.year
            if (day.month, day.day) < (acquired.month, acquired.day) { years -= 1 }
            switch years {
            case ..<2: return .underTwo
            case 2..<4: return .twoToFour
            case 4..<6: return .fourToSix
            default: return .sixAndMore
            }
        }
    }
}
