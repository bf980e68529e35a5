/// The time to answer a rights request (GDPR art. 12(3)): one month from receipt, which may be extended by
/// two further months — three months from receipt — when the requests are complex or numerous, the person
/// being told of the extension, with its reasons, within the first month.
///
/// Months are counted by `CalendarMonths` (Regulation 1182/71). Its art. 3(4) would carry a last day that
/// falls on a Saturday, Sunday or public holiday to the next working day; Entente keeps the plain last day,
/// the earlier one, and shows the carried day beside it.
public enum RightsRequestDeadline {
    public static let answerPeriod = CalendarMonths(1)!
    public static let extendedPeriod = CalendarMonths(3)!

    public enum ExtensionRefusal: Error, Hashable, Sendable {
        case missingReason
        /// The first month ended on that day: the person can no longer be told in time.
        case firstMonthEnded(lastDay: CalendarDate)
    }

    public static func lastDay(received: CalendarDate, extended: Bool) -> CalendarDate {
        (extended ? extendedPeriod : answerPeriod).lastDay(countingFrom: received)
    }

    /// Checks an extension decided on `day` with `reason` for a request received on `received`.
    public static func checkExtension(received: CalendarDate, decidedOn day: CalendarDate,
                                      reason: String) throws(ExtensionRefusal) {
        guard !reason.allSatisfy(\.isWhitespace) else { throw .missingReason }
        let firstLastDay = lastDay(received: received, extended: false)
        guard day <= firstLastDay else { throw .firstMonthEnded(lastDay: firstLastDay) }
    }
}
