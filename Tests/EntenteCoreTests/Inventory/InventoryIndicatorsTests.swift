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

    /// The database sorts devices into bands by comparing days with `lastAcquisition`: the same bands as
    /// counting whole years, for every acquisition day of nine years seen from days around month ends
    /// and 29 February.
    @Test func bandsByLastAcquisitionDayAreTheBandsOfWholeYears() throws {
        let days = [(2026, 12, 5), (2028, 2, 29), (2027, 2, 28), (2027, 3, 1), (2026, 12, 31), (2026, 1, 1)]
            .compactMap { CalendarDate(year: $0.0, month: $0.1, day: $0.2) }
        #expect(days.count == 6)
        for day in days {
            var acquired = try #require(CalendarDate(year: day.year - 9, month: 1, day: 1))
            while acquired <= day {
                let band = InventoryIndicators.AgeBand.byMinimumYears.first { _, years in
                    acquired <= InventoryIndicators.AgeBand.lastAcquisition(forYears: years, on: day)
                }?.band ?? .underTwo
                #expect(band == .of(acquiredOn: acquired, on: day), "bought \(acquired), seen \(day)")
                acquired = acquired.adding(days: 1)
            }
        }
        #expect(InventoryIndicators.AgeBand.lastAcquisition(forYears: 2, on: try #require(CalendarDate(year: 2028, month: 2, day: 29)))
                == CalendarDate(year: 2026, month: 2, day: 28))
    }

    @Test func aTerritorysFiguresAreTheSumOfItsEstablishments() {
        var territory = InventoryIndicators(pupils: 100)
        territory.add(InventoryIndicators(byStanding: [.inService: 10, .stock: 2], inServiceByComponent: ["postes": 10], pupils: 300,
                                          byAge: [.underTwo: 6, .unknown: 4], warrantiesEndingSoon: 1, ownFunds: 2, reconditioned: 3,
                                          deployedByModel: ["postes": ["X1": 7, nil: 3]], retiredByYear: [2025: ["recycled": 2]]))
        territory.add(InventoryIndicators(byStanding: [.inService: 5, .unavailable: 5], inServiceByComponent: ["postes": 4, "tni": 1],
                                          pupils: 50, byAge: [.underTwo: 1, .sixAndMore: 9], warrantiesEndingSoon: 2, reconditioned: 2,
                                          deployedByModel: ["postes": ["X1": 9]], retiredByYear: [2025: ["recycled": 1, "lost": 1]]))
        #expect(territory.byStanding == [.inService: 15, .stock: 2, .unavailable: 5])
        #expect(territory.inServiceByComponent == ["postes": 14, "tni": 1])
        #expect(territory.pupils == 450)
        #expect(territory.byAge == [.underTwo: 7, .unknown: 4, .sixAndMore: 9])
        #expect(territory.warrantiesEndingSoon == 3 && territory.ownFunds == 2 && territory.reconditioned == 5)
        #expect(territory.deployedByModel == ["postes": ["X1": 16, nil: 3]])
        #expect(territory.retiredByYear == [2025: ["recycled": 3, "lost": 1]])
        #expect(territory.reconditionedPercent == 25, "5 of 20 deployed")
        #expect(InventoryIndicators().reconditionedPercent == nil)
    }

    @Test func theWarrantyWindowRunsSixMonthsFromTheDay() throws {
        func window(_ year: Int, _ month: Int, _ day: Int) throws -> String {
            let range = InventoryIndicators.warrantyWindow(on: try #require(CalendarDate(year: year, month: month, day: day)))
            return "\(range.lowerBound)..<\(range.upperBound)"
        }
        #expect(try window(2026, 9, 14) == "2026-09-14..<2027-03-14")
        #expect(try window(2026, 6, 30) == "2026-06-30..<2026-12-28", "the 28th at most")
        #expect(try window(2026, 7, 1) == "2026-07-01..<2027-01-01")
    }
}
