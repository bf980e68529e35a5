import Foundation

/// The RFC 5322 `Date` header, in UTC with English names whatever the locale: `Tue, 14 Nov 2023 22:13:20 +0000`.
enum MailDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekday = weekdays[parts.weekday! - 1]
        let month = months[parts.month! - 1]
        let time = [parts.hour!, parts.minute!, parts.second!].map(twoDigits).joined(separator: ":")
        return "\(weekday), \(twoDigits(parts.day!)) \(month) \(parts.year!) \(time) +0000"
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
