import Foundation

/// Hours of calendar time, as the law counts a notification deadline (GDPR's 72 hours, a convention's
/// 24 or 48 hours): day and night, weekends and public holidays included — never working time
/// (`WorkingDuration`). They are elapsed hours from the instant of the event, so a period that crosses a
/// change of summer time ends one wall-clock hour earlier or later, never with an hour more or less.
///
/// Regulation (EEC, Euratom) No 1182/71, art. 3(1) and 3(2)(a), would let a period in hours start at the
/// beginning of the next whole hour; Entente keeps the instant of the event, the earlier deadline, so a
/// deadline it shows as kept is kept under either reading.
public struct CalendarHours: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let count: Int

    public init?(_ count: Int) {
        guard count > 0 else { return nil }
        self.count = count
    }

    /// A convention's duration in calendar time (`PT48H`, `2d`, `P1D`); `nil` when it is working time,
    /// "au plus tôt", or counts months or minutes, which a period in hours cannot say.
    public init?(_ duration: ServiceDuration) {
        switch duration {
        case .iso(let iso) where iso.years == 0 && iso.months == 0 && iso.minutes == 0 && iso.seconds == 0:
            self.init(iso.hours + (iso.weeks * 7 + iso.days) * 24)
        case .calendarDays(let days) where days == days.rounded(scale: 0):
            self.init(NSDecimalNumber(decimal: days).intValue * 24)
        default:
            return nil
        }
    }

    public func deadline(after event: Instant) -> Instant { event.adding(seconds: count * 3600) }

    public static func < (lhs: CalendarHours, rhs: CalendarHours) -> Bool { lhs.count < rhs.count }

    /// `PT72H`.
    public var description: String { "PT\(count)H" }
}

private extension Decimal {
    func rounded(scale: Int) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }
}
