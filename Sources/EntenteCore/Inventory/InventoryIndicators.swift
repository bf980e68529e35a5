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
    /// Devices in service or unavailable bought reconditioned.
    public var reconditioned: Int
    /// Devices in service or unavailable by component id, then model (nil: none given): what conformance
    /// to the équipement référentiel counts.
    public var deployedByModel: [String: [String?: Int]]
    /// Devices that left the park, by year of leaving and final status (retired, second life, recycled, lost, stolen).
    public var retiredByYear: [Int: [String: Int]]

    public init(byStanding: [AssetStatus.Standing: Int] = [:], inServiceByComponent: [String: Int] = [:], pupils: Int = 0,
                byAge: [AgeBand: Int] = [:], warrantiesEndingSoon: Int = 0, ownFunds: Int = 0, reconditioned: Int = 0,
                deployedByModel: [String: [String?: Int]] = [:], retiredByYear: [Int: [String: Int]] = [:]) {
        self.byStanding = byStanding
        self.inServiceByComponent = inServiceByComponent
        self.pupils = pupils
        self.byAge = byAge
        self.warrantiesEndingSoon = warrantiesEndingSoon
        self.ownFunds = ownFunds
        self.reconditioned = reconditioned
        self.deployedByModel = deployedByModel
        self.retiredByYear = retiredByYear
    }

    public var inService: Int { byStanding[.inService, default: 0] }
    /// The deployed park: in service or unavailable (broken, in repair).
    public var deployed: Int { inService + byStanding[.unavailable, default: 0] }

    /// Every count is a sum over devices (or pupils), so a territory's indicators are the sum of its
    /// establishments'.
    public mutating func add(_ other: InventoryIndicators) {
        byStanding.merge(other.byStanding, uniquingKeysWith: +)
        inServiceByComponent.merge(other.inServiceByComponent, uniquingKeysWith: +)
        pupils += other.pupils
        byAge.merge(other.byAge, uniquingKeysWith: +)
        warrantiesEndingSoon += other.warrantiesEndingSoon
        ownFunds += other.ownFunds
        reconditioned += other.reconditioned
        deployedByModel.merge(other.deployedByModel) { $0.merging($1, uniquingKeysWith: +) }
        retiredByYear.merge(other.retiredByYear) { $0.merging($1, uniquingKeysWith: +) }
    }

    /// The share of the deployed park bought reconditioned, in percent rounded half up; nil without devices.
    public var reconditionedPercent: Int? {
        guard deployed > 0 else { return nil }
        return (reconditioned * 200 + deployed) / (deployed * 2)
    }

    /// The days on which a warranty ending counts as "within six months" of `day`: from the day, to the same
    /// day six months later excluded (the 28th at most, so that every month has it).
    public static func warrantyWindow(on day: CalendarDate) -> Range<CalendarDate> {
        let end = CalendarDate(year: day.month > 6 ? day.year + 1 : day.year, month: (day.month + 5) % 12 + 1,
                               day: min(day.day, 28)) ?? day
        return day..<end
    }

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

        /// The last acquisition day at which a device has `years` whole years on `day` — bought after it, it
        /// is younger (29 February falls back to the 28th in common years): how a database sorts devices
        /// into bands by comparing days, the same bands as `of(acquiredOn:on:)`.
        public static func lastAcquisition(forYears years: Int, on day: CalendarDate) -> CalendarDate {
            var last = day.day
            while CalendarDate(year: day.year - years, month: day.month, day: last) == nil { last -= 1 }
            return CalendarDate(year: day.year - years, month: day.month, day: last)!
        }

        /// The bands of known age from the oldest, each with the least number of whole years a device in it has
        /// (none for the youngest, under two).
        public static let byMinimumYears: [(band: AgeBand, years: Int)] = [(.sixAndMore, 6), (.fourToSix, 4), (.twoToFour, 2)]
    }
}
