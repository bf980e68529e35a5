import Foundation

/// A duration as a convention states it: "au plus tôt", half a working day,
/// two calendar days, three months. Kept in the convention's own unit so that
/// nothing is rounded before the working calendar converts it.
public enum ServiceDuration: Hashable, Sendable {
    /// "Au plus tôt": a commitment without a figure.
    case asSoonAsPossible
    /// Working days (`0.5wd` is a half working day).
    case workingDays(Decimal)
    /// Working hours, minutes and seconds (`4wh`, `1wh30wm`): counted in business hours only, as
    /// `sla elapsed` prints them.
    case workingTime(WorkingDuration)
    /// Calendar days (`2d`).
    case calendarDays(Decimal)
    /// An ISO-8601 duration (`PT4H`, `P3M`).
    case iso(ISODuration)

    /// Parses `asap`, `0.5wd`, `2d` or an ISO-8601 duration.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text == "asap" {
            self = .asSoonAsPossible
        } else if text.hasSuffix("wd"), let value = Self.positiveDecimal(text.dropLast(2)) {
            self = .workingDays(value)
        } else if let working = WorkingDuration(notation: text), working.seconds > 0 {
            self = .workingTime(working)
        } else if text.hasSuffix("d"), !text.hasPrefix("P"), let value = Self.positiveDecimal(text.dropLast()) {
            self = .calendarDays(value)
        } else if let iso = ISODuration(text) {
            self = .iso(iso)
        } else {
            return nil
        }
    }

    private static func positiveDecimal(_ text: Substring) -> Decimal? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Decimal(string: String(text), locale: Locale(identifier: "en_US_POSIX")),
              value > 0
        else { return nil }
        return value
    }

    /// Whether the duration runs in business hours only (working days or working time).
    public var countsWorkingTime: Bool {
        switch self {
        case .workingDays, .workingTime: true
        case .asSoonAsPossible, .calendarDays, .iso: false
        }
    }

    /// The text form, as written in convention files.
    public var text: String {
        switch self {
        case .asSoonAsPossible: "asap"
        case .workingDays(let days): "\(days)wd"
        case .workingTime(let duration): duration.notation
        case .calendarDays(let days): "\(days)d"
        case .iso(let duration): duration.text
        }
    }

    /// French wording for people ("½ journée ouvrée", "2 jours", "au plus tôt").
    public var frenchLabel: String {
        switch self {
        case .asSoonAsPossible: return "au plus tôt"
        case .workingDays(let days):
            if days == 0.5 { return "½ journée ouvrée" }
            return days <= 1 ? "\(days) journée ouvrée" : "\(days) journées ouvrées"
        case .workingTime(let duration):
            return "\(duration.frenchLabel) ouvrées"
        case .calendarDays(let days):
            return days <= 1 ? "\(days) jour" : "\(days) jours"
        case .iso(let duration): return duration.frenchLabel
        }
    }
}

/// An ISO-8601 duration with whole components (`P3M`, `PT48H`, `P1Y2M10DT2H30M`).
public struct ISODuration: Hashable, Sendable {
    public var years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0

    public init(years: Int = 0, months: Int = 0, weeks: Int = 0, days: Int = 0,
                hours: Int = 0, minutes: Int = 0, seconds: Int = 0) {
        (self.years, self.months, self.weeks, self.days) = (years, months, weeks, days)
        (self.hours, self.minutes, self.seconds) = (hours, minutes, seconds)
    }

    public init?(_ text: String) {
        guard text.hasPrefix("P"), text.count > 1 else { return nil }
        var inTime = false
        var number = ""
        var sawComponent = false
        for character in text.dropFirst() {
            if character == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            guard let value = Int(number) else { return nil }
            number = ""
            sawComponent = true
            switch (inTime, character) {
            case (false, "Y"): years = value
            case (false, "M"): months = value
            case (false, "W"): weeks = value
            case (false, "D"): days = value
            case (true, "H"): hours = value
            case (true, "M"): minutes = value
            case (true, "S"): seconds = value
            default: return nil
            }
        }
        guard number.isEmpty, sawComponent else { return nil }
    }

    public var text: String {
        var date = "", time = ""
        for (value, unit) in [(years, "Y"), (months, "M"), (weeks, "W"), (days, "D")] where value != 0 {
            date += "\(value)\(unit)"
        }
        for (value, unit) in [(hours, "H"), (minutes, "M"), (seconds, "S")] where value != 0 {
            time += "\(value)\(unit)"
        }
        if date.isEmpty && time.isEmpty { return "PT0S" }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    public var frenchLabel: String {
        var parts: [String] = []
        func add(_ value: Int, _ singular: String, _ plural: String) {
            if value != 0 { parts.append("\(value) \(value == 1 ? singular : plural)") }
        }
        add(years, "an", "ans")
        add(months, "mois", "mois")
        add(weeks, "semaine", "semaines")
        add(days, "jour", "jours")
        add(hours, "heure", "heures")
        add(minutes, "minute", "minutes")
        add(seconds, "seconde", "secondes")
        return parts.isEmpty ? "0" : parts.joined(separator: " ")
    }
}
