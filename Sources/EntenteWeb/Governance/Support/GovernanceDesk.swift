import EntenteCore
import EntenteMail
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// The governance operations of one signed-in person: the bodies they read and run, by `GovernanceAccess`.
struct GovernanceDesk {
    let user: SignedInUser
    let environment: EntenteApp.Environment
    let database: any Database

    static func make(_ request: Request) throws -> GovernanceDesk {
        GovernanceDesk(user: try request.requireUser(), environment: request.entente, database: request.db)
    }

    var now: Instant { Instant(environment.now()) }
    var store: GovernanceStore { GovernanceStore(database: database) }
    var conventions: [Convention] { environment.conventions.values.sorted { $0.id < $1.id } }

    func body(_ meeting: GovernanceMeeting) -> (Convention, GovernanceBody)? {
        guard let convention = environment.conventions[meeting.conventionID],
              let body = convention.governance.first(where: { $0.id == meeting.bodyID }) else { return nil }
        return (convention, body)
    }

    /// The bodies the user reads, convention by convention.
    var readableBodies: [(Convention, [GovernanceBody])] {
        conventions.compactMap { convention in
            let bodies = convention.governance.filter { GovernanceAccess.canRead(user.viewer, $0, in: convention) }
            return bodies.isEmpty ? nil : (convention, bodies)
        }
    }

    func canRun(_ meeting: GovernanceMeeting) -> Bool {
        body(meeting).map { GovernanceAccess.canRun(user.viewer, $0.1, in: $0.0) } ?? false
    }

    /// The meeting by id when the user reads its body; not found otherwise.
    func readable(_ id: UUID?) async throws -> GovernanceMeeting {
        guard let id, let meeting = try await store.meeting(id), let (convention, body) = body(meeting),
              GovernanceAccess.canRead(user.viewer, body, in: convention) else { throw Abort(.notFound) }
        return meeting
    }

    /// The body's meetings, the convention's action items, and those still open from earlier meetings that
    /// `meeting` reviews (its agenda's follow-up, on its page and in its convocation).
    func followUp(of meeting: GovernanceMeeting) async throws -> (meetings: [GovernanceMeeting], items: [ActionItem], toReview: [ActionItem]) {
        let meetings = try await store.meetings(conventions: [meeting.conventionID]).filter { $0.bodyID == meeting.bodyID }
        let items = try await store.actionItems(conventions: [meeting.conventionID])
        let toReview = ActionItem.toReview(items, at: meeting, meetingsByID: Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) }))
        return (meetings, items, toReview)
    }

    /// The year a decision is numbered in: the meeting's, in France.
    func year(of meeting: GovernanceMeeting) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .europeParis
        return calendar.component(.year, from: meeting.scheduledAt.date)
    }

    /// E-mails the convocation with the agenda to every person on the attendance list; false when no mail
    /// server is configured (the demo), so that the page says the convocation was recorded but not sent.
    func convene(_ meeting: GovernanceMeeting, body: GovernanceBody, reviewed: [ActionItem]) async throws -> Bool {
        guard let sender = environment.notifier.sender else { return false }
        let recipients = meeting.attendance.attendees.map(\.email)
        let agenda = meeting.agenda.enumerated().map { "\($0.offset + 1). \($0.element.title)" + ($0.element.proposedBy.map { " (\($0))" } ?? "") }
            + reviewed.map { "— Suivi : \($0.title) (\($0.ownerParty), échéance \($0.due))" }
        let text = ([
            "Convocation — \(body.name)",
            "Date : \(BreachPhrase.moment(meeting.scheduledAt, .fr))",
            "Lieu : \(meeting.place)",
            "",
            "Ordre du jour :",
        ] + agenda + ["", environment.notifier.baseURL + SiteURL.meeting(meeting.id).path]).joined(separator: "\n")
        try await sender.send(MailMessage(from: environment.notifier.from, to: recipients,
                                          subject: "Convocation — \(body.name) du \(BreachPhrase.moment(meeting.scheduledAt, .fr))",
                                          body: text))
        return true
    }
}
