/// The dates a convention's life turns on, computed from its clauses: its end, the window in which its
/// renewal is negotiated, the last day to give notice so that it ends at its term, and when a notice or a
/// partner's withdrawal takes effect.
public struct ConventionTerm: Hashable, Sendable {
    public enum Milestone: String, Hashable, Sendable, CaseIterable {
        /// The renewal negotiation opens (Ille-et-Vilaine: the 6 months before the end).
        case renewalNegotiation = "renewal-negotiation"
        /// The last day a notice can be received for the convention to end at its term.
        case noticeDeadline = "notice-deadline"
        case end
    }

    public var milestones: [(Milestone, CalendarDate)]

    public static func == (lhs: ConventionTerm, rhs: ConventionTerm) -> Bool {
        lhs.milestones.map(\.0) == rhs.milestones.map(\.0) && lhs.milestones.map(\.1) == rhs.milestones.map(\.1)
    }

    public func hash(into hasher: inout Hasher) {
        for (milestone, day) in milestones { hasher.combine(milestone); hasher.combine(day) }
    }

    public init(_ convention: Convention) {
        var milestones: [(Milestone, CalendarDate)] = []
        if let end = convention.dates.end {
            if let window = convention.dates.negotiation.flatMap(CalendarMonths.init) {
                milestones.append((.renewalNegotiation, end.adding(months: -window.count)))
            }
            if let notice = convention.dates.notice.flatMap(CalendarMonths.init) {
                milestones.append((.noticeDeadline, end.adding(months: -notice.count)))
            }
            milestones.append((.end, end))
        }
        self.milestones = milestones.sorted { $0.1 < $1.1 }
    }

    /// How long before a milestone its reminder goes: time for a deliberation to be put on an agenda.
    public static let reminderLeadDays = 60

    /// The milestones to remind of on `today`: not passed, and within the lead.
    public func dueForReminder(on today: CalendarDate) -> [(Milestone, CalendarDate)] {
        milestones.filter { $0.1 >= today && $0.1 <= today.adding(days: Self.reminderLeadDays) }
    }

    /// When a notice received on `received` ends the convention: the notice period later.
    public static func terminationEffective(noticeReceived received: CalendarDate, notice: CalendarMonths) -> CalendarDate {
        received.adding(months: notice.count)
    }

    /// When a partner's withdrawal notified on `received` takes effect under the convention: its withdrawal
    /// clause when it has one, else its notice period, else at once.
    public static func withdrawalEffective(of convention: Convention, noticeReceived received: CalendarDate) -> CalendarDate {
        if let rule = convention.dates.withdrawal, let months = CalendarMonths(rule.notice) {
            return rule.atNextSchoolYear ? withdrawalEffective(noticeReceived: received, notice: months)
                : terminationEffective(noticeReceived: received, notice: months)
        }
        if let notice = convention.dates.notice.flatMap(CalendarMonths.init) { return terminationEffective(noticeReceived: received, notice: notice) }
        return received
    }

    /// When a partner's withdrawal takes effect when it applies from the next school year (Hauts-de-France:
    /// "un préavis de 3 mois et applicable à l'année scolaire suivante"): the first school-year start
    /// (1 September) on or after the end of the notice.
    public static func withdrawalEffective(noticeReceived received: CalendarDate, notice: CalendarMonths) -> CalendarDate {
        let noticeEnds = received.adding(months: notice.count)
        let september = CalendarDate(year: noticeEnds.year, month: 9, day: 1)!
        return noticeEnds <= september ? september : CalendarDate(year: noticeEnds.year + 1, month: 9, day: 1)!
    }
}
