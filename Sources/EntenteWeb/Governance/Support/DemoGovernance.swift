import EntenteCore
import EntenteStorage
import Fluent
import Foundation

/// The demo's governance: Ille-et-Vilaine's comité opérationnel met two months ago (attendance, a decision
/// taken by member body, draft minutes, an action for the Département) and meets again in a month, so that
/// the minutes' approval and the action's review are there to try. Written once, into an empty history.
enum DemoGovernance {
    static let conventionID = "ille-et-vilaine-2025"
    static let bodyID = "comite-operationnel"

    @discardableResult
    static func ensure(on database: any Database, environment: EntenteApp.Environment, now: Date) async throws -> Int {
        let store = GovernanceStore(database: database)
        guard let convention = environment.conventions[conventionID], let body = convention.governance.first(where: { $0.id == bodyID }),
              try await store.meetings(conventions: [conventionID], limit: 1).isEmpty else { return 0 }
        let at = Instant(now)
        let chair = "dsi@cd35.demo.entente.fr", academie = "assistance@ac-rennes.demo.entente.fr"
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .europeParis
        func day(_ offset: Int, hour: Int) -> Instant {
            let date = calendar.date(byAdding: .day, value: offset, to: calendar.startOfDay(for: now))!
            return Instant(calendar.date(bySettingHour: hour, minute: 0, second: 0, of: date)!)
        }
        let attendance = MeetingAttendance(attendees: [
            .init(email: chair, name: "DSI du Département d'Ille-et-Vilaine", member: "CD", presence: .present),
            .init(email: academie, name: "Assistance de l'académie de Rennes", member: "ACA", presence: .present)])
        var past = GovernanceMeeting(conventionID: conventionID, bodyID: bodyID, scheduledAt: day(-60, hour: 14),
                                     place: "Hôtel du Département, Rennes",
                                     agenda: [.init(title: "Bilan des services rendus du trimestre", proposedBy: "CD", origin: .proposed),
                                              .init(title: "Choix des logiciels à usage pédagogique", proposedBy: "ACA", origin: .proposed)],
                                     convenedAt: day(-75, hour: 9), attendance: attendance, createdBy: chair)
        try await store.schedule(past, at: at)
        let vote = BodyVote(meetingID: past.id, subject: .motion, motion: "Valider le bilan des services rendus du trimestre",
                            rules: body.voting, members: body.memberCodes)
        try await store.open(vote, conventionID: conventionID, actor: chair, at: at)
        try await store.cast(voteID: vote.id, in: past, for: "CD", by: chair, choice: .yes, at: at)
        try await store.cast(voteID: vote.id, in: past, for: "ACA", by: academie, choice: .yes, at: at)
        let year = calendar.component(.year, from: past.scheduledAt.date)
        let closed = try await store.close(voteID: vote.id, in: past, year: year, actor: chair, at: at)
        past = try past.drafting("Le comité valide le bilan des services rendus du trimestre et demande le recensement des vidéoprojecteurs en panne.")
        try await store.save(past, change: "minutes drafted", actor: chair, at: at)
        let due = TimeZone.europeParis.localDateTime(at: day(20, hour: 12)).date
        try await store.add(ActionItem(conventionID: conventionID, bodyID: bodyID, meetingID: past.id, decisionNumber: closed.decisionNumber,
                                       title: "Recenser les vidéoprojecteurs en panne des collèges", ownerParty: "CD",
                                       ownerName: "DSI du Département", due: due), actor: chair, at: at)
        let next = GovernanceMeeting(conventionID: conventionID, bodyID: bodyID, scheduledAt: day(30, hour: 14), place: "Rectorat, Rennes",
                                     agenda: [.init(title: "Bilan des services rendus du trimestre", proposedBy: "CD", origin: .proposed)],
                                     attendance: attendance, createdBy: chair)
        try await store.schedule(next, at: at)
        return 2
    }
}
