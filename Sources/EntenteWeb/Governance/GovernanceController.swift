import EntenteCore
import EntenteStorage
import Foundation
import Vapor

/// The bodies of the conventions: their meetings, convocations, attendance and proxies, votes by member
/// body, minutes and action items.
enum GovernanceController {
    @Sendable static func overview(_ request: Request) async throws -> Response {
        let desk = try GovernanceDesk.make(request)
        let readable = desk.readableBodies
        let bodies = Set(readable.flatMap { convention, bodies in bodies.map { "\(convention.id)/\($0.id)" } })
        let meetings = try await desk.store.meetings(conventions: Set(readable.map(\.0.id)))
            .filter { bodies.contains("\($0.conventionID)/\($0.bodyID)") }
        let items = try await desk.store.actionItems(conventions: Set(readable.map(\.0.id)))
            .filter { bodies.contains("\($0.conventionID)/\($0.bodyID)") }
        return GovernancePage(context: PageContext(request), bodies: readable, meetings: meetings, actionItems: items,
                              today: desk.environment.today, viewer: desk.user.viewer).render()
    }

    struct ScheduleForm: Content {
        var body: String?
        var scheduled_at: String?
        var place: String?
        var agenda: String?
    }

    /// The body's latest meeting, whose agenda items may be carried over to the one being scheduled.
    private static func lastMeeting(_ desk: GovernanceDesk, body choice: String?) async throws -> GovernanceMeeting? {
        let parts = (choice ?? "").split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return try await desk.store.meetings(conventions: [parts[0]], limit: 50).first { $0.bodyID == parts[1] }
    }

    /// The bodies the user runs, as `convention/body` choices.
    private static func runnable(_ desk: GovernanceDesk) -> [(id: String, label: String)] {
        desk.conventions.flatMap { convention in
            convention.governance.filter { GovernanceAccess.canRun(desk.user.viewer, $0, in: convention) }
                .map { ("\(convention.id)/\($0.id)", "\($0.name) — \(convention.territory)") }
        }
    }

    @Sendable static func newForm(_ request: Request) async throws -> Response {
        let desk = try GovernanceDesk.make(request)
        let choices = runnable(desk)
        guard !choices.isEmpty else { throw Abort(.forbidden) }
        let body = request.query[String.self, at: "body"]
        return MeetingFormPage(context: PageContext(request), bodies: choices, form: ScheduleForm(body: body),
                               previous: try await lastMeeting(desk, body: body), carried: [], problems: []).render()
    }

    @Sendable static func schedule(_ request: Request) async throws -> Response {
        let desk = try GovernanceDesk.make(request)
        let choices = runnable(desk)
        guard !choices.isEmpty else { throw Abort(.forbidden) }
        let form = try request.content.decode(ScheduleForm.self, as: .urlEncodedForm)
        let context = PageContext(request)
        func g(_ phrase: GovernancePhrase) -> String { phrase.text(context.language) }
        var problems: [String] = []
        let parts = (form.body ?? "").split(separator: "/", maxSplits: 1).map(String.init)
        let convention = parts.count == 2 && choices.contains { $0.id == form.body } ? desk.environment.conventions[parts[0]] : nil
        let body = convention?.governance.first { $0.id == parts.last }
        if body == nil { problems.append(g(.body) + context.colon + g(.required)) }
        let when = (form.scheduled_at ?? "").isEmpty ? nil : try? Instant.parse(iso: form.scheduled_at ?? "", in: .europeParis)
        if when == nil { problems.append(g(.scheduledAt) + context.colon + g(.dateTimeExpected)) }
        let place = (form.place ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if place.isEmpty { problems.append(g(.place) + context.colon + g(.required)) }
        let previous = try await lastMeeting(desk, body: form.body)
        // The last meeting's items ticked to be taken up again (`carry_0`, `carry_1`…).
        let carry = Set((previous?.agenda.indices ?? 0..<0).filter { (try? request.content.get(String.self, at: "carry_\($0)")) != nil })
        guard problems.isEmpty, let convention, let body, let when else {
            return MeetingFormPage(context: context, bodies: choices, form: form, previous: previous, carried: carry, problems: problems)
                .render(status: .unprocessableEntity)
        }
        let proposer = GovernanceAccess.parties(of: desk.user.viewer, in: convention).sorted().first
        let agenda = (form.agenda ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.prefix(50).map { GovernanceMeeting.AgendaItem(title: String($0.prefix(500)), proposedBy: proposer, origin: .proposed) }
        let carried = (previous?.agenda ?? []).enumerated().filter { carry.contains($0.offset) }
            .map { GovernanceMeeting.AgendaItem(title: $0.element.title, proposedBy: $0.element.proposedBy, origin: .carriedOver) }
        let meeting = GovernanceMeeting(conventionID: convention.id, bodyID: body.id, scheduledAt: when, place: String(place.prefix(300)),
                                        agenda: carried + agenda, createdBy: desk.user.email)
        try await desk.store.schedule(meeting, at: desk.now)
        return request.redirect(to: SiteURL.meeting(meeting.id).path, redirectType: .normal)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let desk = try GovernanceDesk.make(request)
        return try await page(request, desk, try await desk.readable(request.parameters.get("id", as: UUID.self)))
    }

    static func page(_ request: Request, _ desk: GovernanceDesk, _ meeting: GovernanceMeeting, refusal: String? = nil,
                     notice: String? = nil) async throws -> Response {
        guard let (convention, body) = desk.body(meeting) else { throw Abort(.notFound) }
        let (meetings, items, toReview) = try await desk.followUp(of: meeting)
        let previous = meetings.filter { $0.scheduledAt < meeting.scheduledAt }.max { $0.scheduledAt < $1.scheduledAt }
        return MeetingPage(
            context: PageContext(request), meeting: meeting, convention: convention, body: body,
            votes: try await desk.store.votes(of: meeting.id), previous: previous,
            reviewed: toReview,
            decided: items.filter { $0.meetingID == meeting.id }, runs: desk.canRun(meeting), viewerEmail: desk.user.email,
            today: desk.environment.today, refusal: refusal, notice: notice
        ).render(status: refusal == nil ? .ok : .unprocessableEntity)
    }

    struct ChangeForm: Content {
        var email: String?
        var name: String?
        var member: String?
        var presence: String?
        var from: String?
        var to: String?
        var motion: String?
        var subject: String?
        var text: String?
        var title: String?
        var owner_party: String?
        var owner_name: String?
        var due_on: String?
        var decision: String?
    }

    /// `attendees`, `proxies`, `convocation`, `votes`, `minutes`, `comments`, `signature`, `actions`.
    @Sendable static func change(_ request: Request) async throws -> Response {
        let desk = try GovernanceDesk.make(request)
        var meeting = try await desk.readable(request.parameters.get("id", as: UUID.self))
        guard let (convention, body) = desk.body(meeting) else { throw Abort(.notFound) }
        let form = try request.content.decode(ChangeForm.self, as: .urlEncodedForm)
        let context = PageContext(request)
        func g(_ phrase: GovernancePhrase) -> String { phrase.text(context.language) }
        func clean(_ text: String?, _ limit: Int) -> String { String((text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit)) }
        func refuse(_ phrase: GovernancePhrase) async throws -> Response { try await page(request, desk, meeting, refusal: g(phrase)) }
        let change = request.parameters.get("change") ?? ""
        // Attendees comment the minutes; everything else is for those who run the body.
        guard change == "comments" || desk.canRun(meeting) else { throw Abort(.forbidden) }
        switch change {
        case "attendees":
            let email = clean(form.email, 200).lowercased(), name = clean(form.name, 200), member = clean(form.member, 40)
            guard email.contains("@"), !name.isEmpty else { return try await refuse(.attendeeIncomplete) }
            guard body.memberCodes.contains(member), let presence = form.presence.flatMap(MeetingAttendance.Attendee.Presence.init(rawValue:))
            else { return try await refuse(.notAMember) }
            let seats = meeting.attendance.attendees.filter { $0.member == member && $0.email != email }.count
            if let cap = body.seatsPerMember, seats >= cap { return try await refuse(.seatsFull) }
            meeting.attendance.attendees.removeAll { $0.email == email }
            meeting.attendance.attendees.append(.init(email: email, name: name, member: member, presence: presence))
            try await desk.store.save(meeting, change: "attendance \(member) \(presence.rawValue)", actor: desk.user.email, at: desk.now)
        case "proxies":
            let from = clean(form.from, 40), to = clean(form.to, 40)
            guard body.memberCodes.contains(from), body.memberCodes.contains(to), from != to else { return try await refuse(.proxyInvalid) }
            meeting.attendance.proxies.removeAll { $0.from == from }
            meeting.attendance.proxies.append(.init(from: from, to: to))
            try await desk.store.save(meeting, change: "proxy \(from) → \(to)", actor: desk.user.email, at: desk.now)
        case "convocation":
            guard !meeting.attendance.attendees.isEmpty else { return try await refuse(.nobodyToConvene) }
            let mailed = try await desk.convene(meeting, body: body, reviewed: try await desk.followUp(of: meeting).toReview)
            meeting.convenedAt = desk.now
            try await desk.store.save(meeting, change: mailed ? "convened by e-mail" : "convened (no mail server: not e-mailed)",
                                      actor: desk.user.email, at: desk.now)
            if !mailed { return try await page(request, desk, meeting, notice: g(.convenedWithoutMail)) }
        case "votes":
            let subject: BodyVote.Subject
            var motion = clean(form.motion, 2000)
            if let target = form.subject.flatMap(UUID.init(uuidString:)) {
                guard let earlier = try? await desk.readable(target), earlier.bodyID == meeting.bodyID, earlier.scheduledAt < meeting.scheduledAt,
                      earlier.minutes.status == .draft else { return try await refuse(.minutesNotToApprove) }
                subject = .minutesApproval(meetingID: target)
                motion = g(.approveMinutesOf) + " " + BreachPhrase.moment(earlier.scheduledAt, context.language)
            } else {
                guard !motion.isEmpty else { return try await refuse(.motionRequired) }
                subject = .motion
            }
            try await desk.store.open(BodyVote(meetingID: meeting.id, subject: subject, motion: motion, rules: body.voting, members: body.memberCodes),
                                      conventionID: convention.id, actor: desk.user.email, at: desk.now)
        case "minutes":
            do throws(Minutes.Refusal) { meeting = try meeting.drafting(clean(form.text, 100_000)) } catch { return try await refuse(.minutesFixed) }
            try await desk.store.save(meeting, change: "minutes drafted", actor: desk.user.email, at: desk.now)
        case "comments":
            let text = clean(form.text, 5000)
            guard !text.isEmpty else { return try await refuse(.commentRequired) }
            do throws(Minutes.Refusal) { _ = try meeting.commenting(text, by: desk.user.email, at: desk.now) } catch {
                return try await refuse(error == .notAnAttendee ? .onlyAttendeesComment : .minutesNotOpen)
            }
            try await desk.store.addComment(to: meeting, .init(author: desk.user.email, at: desk.now, text: text))
        case "signature":
            do throws(Minutes.Refusal) { meeting = try meeting.signing(by: desk.user.displayName, at: desk.now) } catch {
                return try await refuse(.signOnlyApproved)
            }
            try await desk.store.save(meeting, change: "minutes signed", actor: desk.user.email, at: desk.now)
        case "actions":
            let title = clean(form.title, 500), owner = clean(form.owner_name, 200), party = clean(form.owner_party, 40)
            guard !title.isEmpty, !owner.isEmpty, convention.party(code: party) != nil, let due = form.due_on.flatMap({ CalendarDate(iso: $0) })
            else { return try await refuse(.actionIncomplete) }
            let decision = clean(form.decision, 100)
            try await desk.store.add(ActionItem(conventionID: convention.id, bodyID: body.id, meetingID: meeting.id,
                                                decisionNumber: decision.isEmpty ? nil : decision, title: title, ownerParty: party,
                                                ownerName: owner, due: due), actor: desk.user.email, at: desk.now)
        default:
            throw Abort(.notFound)
        }
        return request.redirect(to: SiteURL.meeting(meeting.id).path, redirectType: .normal)
    }

    struct BallotForm: Content {
        var member: String?
        var choice: String?
    }

    /// `ballots` (a delegate casts their member body's vote), `closure` (the outcome by the body's rule).
    @Sendable static func voteChange(_ request: Request) async throws -> Response {
        let desk = try GovernanceDesk.make(request)
        guard let voteID = request.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        let form = try request.content.decode(BallotForm.self, as: .urlEncodedForm)
        let meetingID = UUID(uuidString: request.query[String.self, at: "meeting"] ?? "")
        let meeting = try await desk.readable(meetingID)
        let context = PageContext(request)
        do {
            switch request.parameters.get("change") {
            case "ballots":
                guard let choice = form.choice.flatMap(VoteTally.Choice.init(rawValue:)) else {
                    return try await page(request, desk, meeting, refusal: GovernancePhrase.choiceRequired.text(context.language))
                }
                try await desk.store.cast(voteID: voteID, in: meeting, for: form.member ?? "", by: desk.user.email, choice: choice, at: desk.now)
            case "closure":
                guard desk.canRun(meeting) else { throw Abort(.forbidden) }
                _ = try await desk.store.close(voteID: voteID, in: meeting, year: desk.year(of: meeting), actor: desk.user.email, at: desk.now)
            default:
                throw Abort(.notFound)
            }
        } catch let refusal as BodyVote.Refusal {
            return try await page(request, desk, meeting, refusal: GovernancePhrase.refusal(refusal, context.language))
        } catch let refusal as Minutes.Refusal {
            return try await page(request, desk, meeting, refusal: GovernancePhrase.minutesRefusal(refusal, context.language))
        } catch GovernanceStore.Failure.notFound {
            throw Abort(.notFound)
        }
        return request.redirect(to: SiteURL.meeting(meeting.id).path, redirectType: .normal)
    }

    struct StatusForm: Content {
        var status: String?
    }

    @Sendable static func actionStatus(_ request: Request) async throws -> Response {
        let desk = try GovernanceDesk.make(request)
        guard let item = try await desk.store.actionItem(request.parameters.get("id", as: UUID.self) ?? UUID()) else { throw Abort(.notFound) }
        let meeting = try await desk.readable(item.meetingID)
        guard let (convention, _) = desk.body(meeting) else { throw Abort(.notFound) }
        // Those who run the body, and the agents of the owner party, move an item on.
        guard desk.canRun(meeting) || (desk.user.role == .partnerAgent && GovernanceAccess.parties(of: desk.user.viewer, in: convention).contains(item.ownerParty))
        else { throw Abort(.forbidden) }
        guard let status = try request.content.decode(StatusForm.self, as: .urlEncodedForm).status.flatMap(ActionItem.Status.init(rawValue:))
        else { throw Abort(.badRequest, reason: "status") }
        try await desk.store.setStatus(of: item.id, to: status, actor: desk.user.email, at: desk.now)
        return request.redirect(to: request.headers.first(name: .referer).flatMap { URL(string: $0)?.path }.flatMap { $0.hasPrefix("/governance") ? $0 : nil }
                                ?? SiteURL.meeting(meeting.id).path, redirectType: .normal)
    }

    @Sendable static func minutes(_ request: Request) async throws -> Response {
        let desk = try GovernanceDesk.make(request)
        let meeting = try await desk.readable(request.parameters.get("id", as: UUID.self))
        guard let (convention, body) = desk.body(meeting) else { throw Abort(.notFound) }
        return MinutesPage(context: PageContext(request), meeting: meeting, convention: convention, body: body,
                           decisions: try await desk.store.votes(of: meeting.id).filter { $0.closedAt != nil }).render()
    }
}
