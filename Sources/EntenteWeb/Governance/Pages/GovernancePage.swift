import EntenteCore
import Plot
import Vapor

/// The bodies the user sits on, convention by convention: members, chairs, periodicity, the last meeting and
/// the next one due (late ones flagged); the meetings; the open action items.
struct GovernancePage {
    let context: PageContext
    let bodies: [(Convention, [GovernanceBody])]
    let meetings: [GovernanceMeeting]
    let actionItems: [ActionItem]
    let today: CalendarDate
    let viewer: TicketViewer

    private func g(_ phrase: GovernancePhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        Layout(context: context, title: g(.navigation)).render(
            .h1(.text(g(.navigation))),
            .p(.text(g(.intro))),
            .group(bodies.map { convention, bodies in
                .section(.h2(.text(convention.title)),
                         .p(.a(.href(SiteURL.finance(convention.id).path), .text(g(.finance))), .text(" · "),
                            .a(.href(SiteURL.avenants(convention.id).path), .text(AvenantPhrase.navigation.text(context.language)))),
                         ConventionTermSection(context: context, convention: convention, today: today).node,
                         table(convention, bodies),
                         meetingList(convention),
                         openItems(convention))
            })
        )
    }

    private func table(_ convention: Convention, _ bodies: [GovernanceBody]) -> Node<HTML.BodyContext> {
        GovernanceForms.table([g(.body), g(.members), g(.chairs), g(.periodicity), g(.lastMeeting), g(.nextDue), g(.meetings)], bodies.map { body in
            let held = meetings.filter { $0.conventionID == convention.id && $0.bodyID == body.id }
            let lastDay = held.map { TimeZone.europeParis.localDateTime(at: $0.scheduledAt).date }.filter { $0 <= today }.max()
            let due = body.nextMeetingDue(lastMeeting: lastDay, effective: convention.dates.effective)
            let planned = held.contains { TimeZone.europeParis.localDateTime(at: $0.scheduledAt).date >= today }
            let late = due.map { $0 < today && !planned } ?? false
            return .tr(.th(.attribute(named: "scope", value: "row"), .text(body.name),
                           .span(.class("hint"), .text(" (" + GovernancePhrase.kind(body.kind, context.language) + ")"))),
                       .td(.text(body.memberCodes.joined(separator: ", "))),
                       .td(.text(body.chairCodes.isEmpty ? "—" : body.chairCodes.joined(separator: ", "))),
                       .td(.text(body.frequency ?? "—")),
                       .td(.text(lastDay?.frenchLabel ?? g(.noMeeting))),
                       .td(.text(due?.frenchLabel ?? "—"), .if(late, .strong(.class("late"), .text(" " + g(.late))))),
                       .td(.if(GovernanceAccess.canRun(viewer, body, in: convention),
                               .a(.href(SiteURL.newMeeting.path + "?body=\(convention.id)/\(body.id)"),
                                  .attribute(named: "aria-label", value: g(.schedule) + " — " + body.name), .text(g(.schedule))))))
        })
    }

    private func meetingList(_ convention: Convention) -> Node<HTML.BodyContext> {
        let mine = meetings.filter { $0.conventionID == convention.id }
        return .group(.h3(.text(g(.meetings))), .if(mine.isEmpty, .p(.text(g(.noMeetings))), else: .ul(.group(mine.map { meeting in
            .li(.a(.href(SiteURL.meeting(meeting.id).path),
                   .text((convention.governance.first { $0.id == meeting.bodyID }?.name ?? meeting.bodyID) + " — "
                         + BreachPhrase.moment(meeting.scheduledAt, context.language))),
                .text(" · " + g(.minutes) + context.colon + GovernancePhrase.minutesStatus(meeting.minutes.status, context.language)))
        }))))
    }

    private func openItems(_ convention: Convention) -> Node<HTML.BodyContext> {
        let open = actionItems.filter { $0.conventionID == convention.id && $0.status != .done }
        return .group(.h3(.text(g(.actionItems))), .if(open.isEmpty, .p(.text(g(.noActionItems))), else: GovernanceForms.table(
            [g(.actionTitle), g(.ownerParty), g(.ownerName), g(.due), g(.status)], open.map { item in
                .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.meeting(item.meetingID).path), .text(item.title))),
                    .td(.text(item.ownerParty)), .td(.text(item.ownerName)),
                    .td(.text(item.due.frenchLabel), .if(item.isOverdue(on: today), .strong(.class("late"), .text(" " + g(.overdue))))),
                    .td(.text(GovernancePhrase.status(item.status, context.language))))
            })))
    }
}
