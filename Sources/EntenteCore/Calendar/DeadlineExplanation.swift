import Foundation

extension WorkingCalendar {
    /// One line in French that a school head can check by hand: the deadline, what it is counted from,
    /// and what moved it (public holidays and closures on working weekdays, pauses), e.g. "Échéance :
    /// vendredi 15 mai 2026 à 10:30 — ½ journée ouvrée à partir du mercredi 13 mai 16:00 ; jeudi 14 mai
    /// férié (Ascension)". Other dates show their year only when it is not the deadline's.
    ///
    /// `pausedSince` marks a clock paused now, whose deadline is provisional (as if it resumed now).
    public func explanation(deadline: Instant?, from start: Instant, duration: ServiceDuration,
                            pauses: [ClockPause] = [], pausedSince: Instant? = nil) -> String {
        guard let deadline else {
            // Without a deadline there is nothing to move, but the wait still shows: the clock is paused.
            return "Au plus tôt : pas d'échéance chiffrée — à partir du \(moment(start, unlessYear: nil))"
                + (pausedSince.map { " ; en attente depuis le \(moment($0, unlessYear: nil))" } ?? "")
        }
        let deadlineLocal = timeZone.localDateTime(at: deadline)
        let year = deadlineLocal.date.year
        var parts = ["\(pausedSince == nil ? "Échéance" : "Échéance provisoire") : "
            + "\(day(deadlineLocal.date, unlessYear: nil)) à \(deadlineLocal.timeText)"
            + " — \(duration.frenchLabel) à partir du \(moment(start, unlessYear: year))"]
        let startDate = timeZone.localDateTime(at: start).date
        if duration.countsWorkingTime, startDate <= deadlineLocal.date {
            parts += Self.capped(daysOffMentions(from: startDate, through: deadlineLocal.date, unlessYear: year),
                                 others: "autres jours fériés ou fermetures")
        }
        let movingPauses = ClockPause.merged(pauses).filter {
            $0.start < deadline.secondsSinceEpoch && start.secondsSinceEpoch < $0.end
        }
        parts += Self.capped(movingPauses.map { pause in
            "en attente du \(moment(Instant(secondsSinceEpoch: pause.start), unlessYear: year))"
                + " au \(moment(Instant(secondsSinceEpoch: pause.end), unlessYear: year))"
        }, others: "autres attentes")
        if let pausedSince {
            parts.append("en attente depuis le \(moment(pausedSince, unlessYear: year))")
        }
        return parts.joined(separator: " ; ")
    }

    /// Holidays and closures that fall on days with business hours; a holiday inside a mentioned
    /// closure goes without saying.
    private func daysOffMentions(from first: CalendarDate, through last: CalendarDate, unlessYear year: Int) -> [String] {
        let (holidays, closures) = daysOff(in: first...last)
        var mentions: [(date: CalendarDate, text: String)] = closures.map { closure in
            let text = closure.firstDay == closure.lastDay
                ? "\(day(closure.firstDay, unlessYear: year)) fermé (\(closure.name))"
                : "fermé du \(day(closure.firstDay, unlessYear: year)) au \(day(closure.lastDay, unlessYear: year))"
                    + " (\(closure.name))"
            return (closure.firstDay, text)
        }
        let workingHolidays = holidays.filter { holiday in
            !hours.ranges(on: holiday.date.weekday).isEmpty && !closures.contains { $0.contains(holiday.date) }
        }
        for (date, sameDay) in Dictionary(grouping: workingHolidays, by: \.date) {
            let names = sameDay.map(\.name).joined(separator: ", ")
            mentions.append((date, "\(day(date, unlessYear: year)) férié (\(names))"))
        }
        return mentions.sorted { $0.date < $1.date }.map(\.text)
    }

    /// At most four mentions; beyond, the first three and a count, so that the line stays short.
    private static func capped(_ mentions: [String], others: String) -> [String] {
        mentions.count <= 4 ? mentions : mentions.prefix(3) + ["et \(mentions.count - 3) \(others)"]
    }

    /// `mercredi 13 mai 16:00`, the year shown unless it is `year`.
    private func moment(_ instant: Instant, unlessYear year: Int?) -> String {
        let local = timeZone.localDateTime(at: instant)
        return "\(day(local.date, unlessYear: year)) \(local.timeText)"
    }

    /// `vendredi 1er mai 2026`, the year shown unless it is `year`.
    private func day(_ date: CalendarDate, unlessYear year: Int?) -> String {
        let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                      "septembre", "octobre", "novembre", "décembre"]
        let text = "\(date.weekday.frenchName) \(date.day == 1 ? "1er" : "\(date.day)") \(months[date.month - 1])"
        return date.year == year ? text : "\(text) \(date.year)"
    }
}
