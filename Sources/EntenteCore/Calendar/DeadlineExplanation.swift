import Foundation

extension WorkingCalendar {
    /// One line in French that a school head can check by hand: the deadline, what it is counted from,
    /// and what moved it (public holidays and closures on working weekdays, pauses):
    ///
    ///     Échéance : vendredi 15 mai 2026 à 10:30 — ½ journée ouvrée à partir du mercredi 13 mai 16:00 ; jeudi 14 mai férié (Ascension)
    ///
    /// `pausedSince` marks a clock paused now, whose deadline is provisional (as if it resumed now).
    public func explanation(deadline: Instant?, from start: Instant, duration: ServiceDuration,
                            pauses: [ClockPause] = [], pausedSince: Instant? = nil) -> String {
        guard let deadline else {
            return "Au plus tôt : pas d'échéance chiffrée — à partir du \(moment(start, withYear: true))"
        }
        let deadlineDate = timeZone.localDateTime(at: deadline).date
        let showYear = { (date: CalendarDate) in date.year != deadlineDate.year }
        let startDate = timeZone.localDateTime(at: start).date
        var parts = ["\(pausedSince == nil ? "Échéance" : "Échéance provisoire") : "
            + "\(day(deadlineDate, withYear: true)) à \(timeZone.localDateTime(at: deadline).timeText)"
            + " — \(duration.frenchLabel) à partir du \(moment(start, withYear: showYear(startDate)))"]
        if case .workingDays = duration, startDate <= deadlineDate {
            parts += Self.capped(daysOffMentions(from: startDate, through: deadlineDate, showYear: showYear),
                                 others: "autres jours fériés ou fermetures")
        }
        let movingPauses = ClockPause.merged(pauses).filter {
            $0.start < deadline.secondsSinceEpoch && start.secondsSinceEpoch < $0.end
        }
        let pauseMentions = movingPauses.map { pause in
            let (from, to) = (Instant(secondsSinceEpoch: pause.start), Instant(secondsSinceEpoch: pause.end))
            return "en attente du \(moment(from, withYear: showYear(timeZone.localDateTime(at: from).date)))"
                + " au \(moment(to, withYear: showYear(timeZone.localDateTime(at: to).date)))"
        }
        parts += Self.capped(pauseMentions, others: "autres attentes")
        if let pausedSince {
            let since = timeZone.localDateTime(at: pausedSince).date
            parts.append("en attente depuis le \(moment(pausedSince, withYear: showYear(since)))")
        }
        return parts.joined(separator: " ; ")
    }

    /// Holidays and closures that fall on days with business hours; a holiday inside a mentioned
    /// closure goes without saying.
    private func daysOffMentions(from first: CalendarDate, through last: CalendarDate,
                                 showYear: (CalendarDate) -> Bool) -> [String] {
        let (holidays, closures) = daysOff(in: first...last)
        var mentions: [(date: CalendarDate, text: String)] = closures.map { closure in
            let text = closure.firstDay == closure.lastDay
                ? "\(day(closure.firstDay, withYear: showYear(closure.firstDay))) fermé (\(closure.name))"
                : "fermé du \(day(closure.firstDay, withYear: showYear(closure.firstDay)))"
                    + " au \(day(closure.lastDay, withYear: showYear(closure.lastDay))) (\(closure.name))"
            return (closure.firstDay, text)
        }
        let workingHolidays = holidays.filter { holiday in
            !hours.ranges(on: holiday.date.weekday).isEmpty && !closures.contains { $0.contains(holiday.date) }
        }
        for (date, sameDay) in Dictionary(grouping: workingHolidays, by: \.date) {
            let names = sameDay.map(\.name).joined(separator: ", ")
            mentions.append((date, "\(day(date, withYear: showYear(date))) férié (\(names))"))
        }
        return mentions.sorted { $0.date < $1.date }.map(\.text)
    }

    /// At most four mentions; beyond, the first three and a count, so the line stays one line.
    private static func capped(_ mentions: [String], others: String) -> [String] {
        mentions.count <= 4 ? mentions : mentions.prefix(3) + ["et \(mentions.count - 3) \(others)"]
    }

    /// `mercredi 13 mai 16:00`.
    private func moment(_ instant: Instant, withYear: Bool) -> String {
        let local = timeZone.localDateTime(at: instant)
        return "\(day(local.date, withYear: withYear)) \(local.timeText)"
    }

    /// `vendredi 1er mai 2026`.
    private func day(_ date: CalendarDate, withYear: Bool) -> String {
        let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                      "septembre", "octobre", "novembre", "décembre"]
        let dayText = date.day == 1 ? "1er" : "\(date.day)"
        let text = "\(date.weekday.frenchName) \(dayText) \(months[date.month - 1])"
        return withYear ? "\(text) \(date.year)" : text
    }
}
