import Testing
@testable import EntenteCore

@Suite struct InventoryIndicatorsTests {
    let day = CalendarDate(year: 2026, month: 12, day: 5)!

    @Test func ageCountsWholeYearsSinceAcquisition() {
        func band(_ year: Int, _ month: Int, _ day: Int) -> InventoryIndicators.AgeBand {
            .of(acquiredOn: CalendarDate(year: year, month: month, day: day), on: self.day)
        }
        #expect(band(2024, 12, 6) == .underTwo, "one day short of two years")
        #expect(band(2024, 12, 5) == .twoToFour)
        #expect(band(2022, 12, 6) == .twoToFour)
        #expect(band(2022, 12, 5) == .fourToSix)
        #expect(band(2020, 12, 5) == .sixAndMore)
        #expect(InventoryIndicators.AgeBand.of(acquiredOn: nil, on: day) == .unknown)
    }

    @Test func pupilsPerDeviceIsInTenthsRoundedHalfUp() {
        var indicators = InventoryIndicators(byStanding: [.inService: 40, .unavailable: 5, .stock: 3], pupils: 170)
        #expect(indicators.pupilsPerDeviceTenths == 43, "170 / 40 = 4.25 → 4.3")
        #expect(indicators.deployed == 45)
        indicators.pupils = 161
        #expect(indicators.pupilsPerDeviceTenths == 40, "4.025 → 4.0")
        indicators.byStanding = [:]
        #expect(indicators.pupilsPerDeviceTenths == nil)
    }
}
