import Foundation
import Testing
@testable import EntenteCore

@Suite struct ServiceDurationTests {
    @Test func conventionUnitsAreParsedExactly() {
        #expect(ServiceDuration("asap") == .asSoonAsPossible)
        #expect(ServiceDuration("0.5wd") == .workingDays(0.5))
        #expect(ServiceDuration("1wd") == .workingDays(1))
        #expect(ServiceDuration("2d") == .calendarDays(2))
        #expect(ServiceDuration("PT48H") == .iso(ISODuration(hours: 48)))
        #expect(ServiceDuration("P3M") == .iso(ISODuration(months: 3)))
        #expect(ServiceDuration("P1Y2M10DT2H30M") == .iso(ISODuration(years: 1, months: 2, days: 10, hours: 2, minutes: 30)))
    }

    @Test(arguments: ["", "wd", "-1wd", "0wd", "P", "PT", "P3X", "PT4", "3", "1,5wd", "P1H", "T4H"])
    func malformedDurationsAreRefused(_ text: String) {
        #expect(ServiceDuration(text) == nil)
    }

    @Test(arguments: ["asap", "0.5wd", "2d", "PT48H", "P3M", "P1Y2M10DT2H30M"])
    func textRoundTrips(_ text: String) {
        #expect(ServiceDuration(text)?.text == text)
    }

    @Test func frenchLabelsReadAsTheConventionsSayIt() {
        #expect(ServiceDuration("0.5wd")?.frenchLabel == "½ journée ouvrée")
        #expect(ServiceDuration("2d")?.frenchLabel == "2 jours")
        #expect(ServiceDuration("P3M")?.frenchLabel == "3 mois")
        #expect(ServiceDuration("asap")?.frenchLabel == "au plus tôt")
    }
}
