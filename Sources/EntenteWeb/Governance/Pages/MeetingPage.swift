import EntenteCore
import Plot
import Vapor

/// A meeting: its agenda with the open actions to review, the convocation, attendance and proxies, votes by
/// member body and their decisions, the minutes and their life, the actions decided.
struct MeetingPage {
    let context: PageContext
    let meeting: GovernanceMeeting
    let convention: Convention
    let body: GovernanceBody
    let votes: [BodyVote]
    let previous: GovernanceMeeting?
    let reviewed: [ActionItem]
    let decided: [ActionItem]
    let runs: Bool
    let viewerEmail: String
    let today: CalendarDate
    let refusal: String?
    let notice: String?

    private func g(_ phrase: GovernancePhrase) -> String { phrase.text(context.language) }
    private func moment(_ instant: Instant) -> String { BreachPhrase.moment(instant, context.language) }
    private var members: [(String, String)] {
        body.memberCodes.map { code in (code, code + (convention.party(code: code).map { " — \($0.name)" } ?? "")) }
    }
    private func post(_ change: String, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(SiteURL.meetingChange(meeting.id, change).path),
              .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)), .group(content))
    }

    func render(status: HTTPStatus = .ok) -> Response {
        let title = body.name + " — " + moment(meeting.scheduledAt)
        let represented = meeting.attendance.represented.intersection(body.memberCodes)
        let response = Layout(context: context, title: title).render(
            .p(.a(.href(SiteURL.governance.path), .text("← " + g(.navigation)))),
            .h1(.text(title)),
            .unwrap(refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .unwrap(notice) { .div(.class("warning"), .attribute(named: "role", value: "status"), .p(.text($0))) },
            .dl(.class("facts"),
                .dt(.text(g(.convention))), .dd(.text(convention.title)),
                .dt(.text(g(.place))), .dd(.text(meeting.place)),
                .dt(.text(g(.convened))), .dd(.text(meeting.convenedAt.map(moment) ?? g(.notConvened))),
                .dt(.text(g(.represented))), .dd(.text(represented.sorted().joined(separator: ", ").isEmpty ? "—" : represented.sorted().joined(separator: ", "))),
                .dt(.text(g(.quorum))), .dd(.text("\(body.voting.quorum.required(of: body.memberCodes.count)) / \(body.memberCodes.count) — "
                                                   + GovernancePhrase.rules(body.voting, context.language)))),
            agenda,
            attendance,
            votesSection,
            minutesSection,
            actionsSection
        )
        response.status = status
        return response
    }

    private var agenda: Node<HTML.BodyContext> {
        .section(.h2(.text(g(.agenda))),
                 .ol(.group(meeting.agenda.map { item in
                     .li(.text(item.title), .unwrap(item.proposedBy) { .text(" (" + g(.proposedBy) + " " + $0 + ")") },
                         .if(item.origin == .carriedOver, .em(.text(" — " + g(.carriedOver)))))
                 })),
                 .if(!reviewed.isEmpty, .group(.h3(.text(g(.reviewedItems))), itemTable(reviewed))),
                 .if(runs && meeting.convenedAt == nil, post("convocation", .button(.type(.submit), .text(g(.convene))))))
    }

    private var attendance: Node<HTML.BodyContext> {
        .section(
            .h2(.text(g(.attendance))),
            GovernanceForms.table([g(.name), g(.email), g(.member), g(.presence)], meeting.attendance.attendees.map { attendee in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(attendee.name)), .td(.text(attendee.email)), .td(.text(attendee.member)),
                    .td(.text(GovernancePhrase.presence(attendee.presence, context.language))))
            }),
            .if(!meeting.attendance.proxies.isEmpty, .group(.h3(.text(g(.proxies))), .ul(.group(meeting.attendance.proxies.map {
                .li(.text("\($0.from) → \($0.to)"))
            })))),
            .if(runs, .group(
                post("attendees",
                     GovernanceForms.input("attendee-email", name: "email", g(.email), type: .email),
                     GovernanceForms.input("attendee-name", name: "name", g(.name)),
                     GovernanceForms.select("attendee-member", name: "member", g(.member), members),
                     GovernanceForms.select("attendee-presence", name: "presence", g(.presence),
                                            MeetingAttendance.Attendee.Presence.allCases.map { ($0.rawValue, GovernancePhrase.presence($0, context.language)) }),
                     .button(.type(.submit), .text(g(.addAttendee)))),
                post("proxies",
                     GovernanceForms.select("proxy-from", name: "from", g(.proxyFrom), members),
                     GovernanceForms.select("proxy-to", name: "to", g(.proxyTo), members),
                     .button(.type(.submit), .text(g(.addProxy)))))))
    }

    private var votesSection: Node<HTML.BodyContext> {
        let castable = meeting.attendance.members(castableBy: viewerEmail)
        return .section(
            .h2(.text(g(.votes))),
            .if(votes.isEmpty, .p(.text(g(.noVotes)))),
            .group(votes.enumerated().map { index, vote in
                .article(.class("vote"),
                    .h3(.text(vote.motion)),
                    .p(.text(g(.tally) + context.colon + "\(vote.tally.yes) / \(vote.tally.no) / \(vote.tally.abstentions)"),
                       .unwrap(vote.outcome) { .strong(.text(" — " + g(.outcome) + context.colon + GovernancePhrase.outcome($0, context.language))) },
                       .unwrap(vote.decisionNumber) { .text(" — " + g(.decision) + " " + $0) }),
                    .ul(.group(vote.ballots.map { .li(.text("\($0.member) : \(GovernancePhrase.choice($0.choice, context.language)) (\($0.castBy))")) })),
                    .if(vote.closedAt == nil, .group(ballotForm(vote, index: index, castable: castable),
                        .if(runs, .form(.method(.post), .action(SiteURL.voteChange(vote.id, "closure").path + "?meeting=" + meeting.id.uuidString.lowercased()),
                                        .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                                        .button(.type(.submit), .attribute(named: "aria-label", value: g(.close) + " — " + vote.motion), .text(g(.close))))))))
            }),
            .if(runs, post("votes", GovernanceForms.textarea("motion", name: "motion", g(.motion), rows: 2), .button(.type(.submit), .text(g(.openVote))))),
            .if(runs && previous?.minutes.status == .draft && !votes.contains { $0.subject == .minutesApproval(meetingID: previous?.id ?? UUID()) },
                post("votes", .input(.type(.hidden), .name("subject"), .value(previous?.id.uuidString.lowercased() ?? "")),
                     .button(.type(.submit), .text(g(.putMinutesToVote)))))
        )
    }

    private func ballotForm(_ vote: BodyVote, index: Int, castable: [String]) -> Node<HTML.BodyContext> {
        let open = castable.filter { member in vote.members.contains(member) && !vote.ballots.contains { $0.member == member } }
        guard !open.isEmpty else { return .p(.text(castable.isEmpty ? g(.notYourVote) : "")) }
        return .form(.method(.post), .action(SiteURL.voteChange(vote.id, "ballots").path + "?meeting=" + meeting.id.uuidString.lowercased()),
                     .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                     GovernanceForms.select("ballot-member-\(index)", name: "member", g(.castFor), open.map { ($0, $0) }),
                     .fieldset(.element(named: "legend", text: g(.choice)),
                               .group(VoteTally.Choice.allCases.map { choice in
                                   .div(.input(.type(.radio), .id("ballot-\(index)-\(choice.rawValue)"), .name("choice"), .value(choice.rawValue)),
                                        .label(.for("ballot-\(index)-\(choice.rawValue)"), .text(GovernancePhrase.choice(choice, context.language))))
                               })),
                     .button(.type(.submit), .text(g(.cast))))
    }

    private var minutesSection: Node<HTML.BodyContext> {
        let minutes = meeting.minutes
        let attends = meeting.attendance.attendees.contains { $0.email.lowercased() == viewerEmail.lowercased() }
        return .section(
            .h2(.text(g(.minutes))),
            .p(.text(g(.minutesStatus) + context.colon + GovernancePhrase.minutesStatus(minutes.status, context.language)),
               .unwrap(minutes.approvedBy) { .text(" — " + g(.approvedBy) + " " + $0) },
               .unwrap(minutes.signedBy) { .text(" — " + g(.signedBy) + " " + $0) }),
            .if(minutes.status != .none, .group(.div(.class("minutes"), .p(.text(minutes.text))),
                                               .p(.a(.href(SiteURL.meetingMinutes(meeting.id).path), .text(g(.printable)))))),
            .if(!minutes.comments.isEmpty, .group(.h3(.text(g(.comments))), .ul(.group(minutes.comments.map {
                .li(.text("\($0.author), \(moment($0.at)) : \($0.text)"))
            })))),
            .if(runs && (minutes.status == .none || minutes.status == .draft),
                post("minutes", GovernanceForms.textarea("minutes-text", name: "text", g(.draft), value: minutes.text, rows: 8),
                     .button(.type(.submit), .text(g(.save))))),
            .if(attends && minutes.status == .draft,
                post("comments", GovernanceForms.textarea("comment-text", name: "text", g(.comment), rows: 3), .button(.type(.submit), .text(g(.addComment))))),
            .if(runs && minutes.status == .approved, post("signature", .button(.type(.submit), .text(g(.sign)))))
        )
    }

    private var actionsSection: Node<HTML.BodyContext> {
        .section(
            .h2(.text(g(.actionItems))),
            .if(decided.isEmpty, .p(.text(g(.noActionItems))), else: itemTable(decided)),
            .if(runs, post("actions",
                           GovernanceForms.input("action-title", name: "title", g(.actionTitle)),
                           GovernanceForms.select("action-party", name: "owner_party", g(.ownerParty), convention.parties.map { ($0.code, $0.code + " — " + $0.name) }),
                           GovernanceForms.input("action-owner", name: "owner_name", g(.ownerName)),
                           GovernanceForms.input("action-due", name: "due_on", g(.due), type: .date),
                           GovernanceForms.select("action-decision", name: "decision", g(.decisionNumber),
                                                  [("", "—")] + votes.compactMap(\.decisionNumber).map { ($0, $0) }),
                           .button(.type(.submit), .text(g(.addAction)))))
        )
    }

    private func itemTable(_ items: [ActionItem]) -> Node<HTML.BodyContext> {
        GovernanceForms.table([g(.actionTitle), g(.ownerParty), g(.ownerName), g(.due), g(.status)], items.map { item in
            .tr(.th(.attribute(named: "scope", value: "row"), .text(item.title), .unwrap(item.decisionNumber) { .text(" (" + $0 + ")") }),
                .td(.text(item.ownerParty)), .td(.text(item.ownerName)),
                .td(.text(item.due.frenchLabel), .if(item.isOverdue(on: today), .strong(.class("late"), .text(" " + g(.overdue))))),
                .td(.form(.class("inline"), .method(.post), .action(SiteURL.actionStatus(item.id).path),
                          .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                          .select(.attribute(named: "name", value: "status"), .attribute(named: "aria-label", value: g(.status) + " — " + item.title),
                                  .group(ActionItem.Status.allCases.map { FormOption.node($0.rawValue, GovernancePhrase.status($0, context.language), selected: $0 == item.status) })),
                          .button(.type(.submit), .attribute(named: "aria-label", value: g(.update) + " — " + item.title), .text(g(.update))))))
        })
    }
}
