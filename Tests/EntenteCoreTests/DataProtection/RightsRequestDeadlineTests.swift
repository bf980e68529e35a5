import Testing
@testable import EntenteCore

/// One month to answer a person, three when extended, and an extension only with a reason, in time.
@Suite struct RightsRequestDeadlineTests {
    @Test func oneMonthFromReceiptThreeWhenExtended() {
        #expect(RightsRequestDeadline.lastDay(received: isoDay("2026-03-15"), extended: false) == isoDay("2026-04-15"))
        #expect(RightsRequestDeadline.lastDay(received: isoDay("2026-03-15"), extended: true) == isoDay("2026-06-15"))
        #expect(RightsRequestDeadline.lastDay(received: isoDay("2026-01-31"), extended: false) == isoDay("2026-02-28"))
        // Three months from receipt, not two from the end of the first: 30 April, not 28.
        #expect(RightsRequestDeadline.lastDay(received: isoDay("2026-01-31"), extended: true) == isoDay("2026-04-30"))
    }

    @Test func anExtensionNeedsAReasonAndComesWithinTheFirstMonth() throws {
        let received = isoDay("2026-03-15")
        try RightsRequestDeadline.checkExtension(received: received, decidedOn: isoDay("2026-04-15"), reason: "demandes multiples")
        #expect(throws: RightsRequestDeadline.ExtensionRefusal.missingReason) {
            try RightsRequestDeadline.checkExtension(received: received, decidedOn: isoDay("2026-04-01"), reason: "  ")
        }
        #expect(throws: RightsRequestDeadline.ExtensionRefusal.firstMonthEnded(lastDay: isoDay("2026-04-15"))) {
            try RightsRequestDeadline.checkExtension(received: received, decidedOn: isoDay("2026-04-16"), reason: "complexe")
        }
    }
}
