import EntenteCore
import Plot
import Vapor

/// The minutes as they print (and save as PDF from the browser): the meeting, who attended for whom, the
/// text, the numbered decisions with their count, the approval and the signature.
struct MinutesPage {
    let context: PageContext
    let meeting: GovernanceMeeting
    let convention: Convention
    let body: GovernanceBody
    let decisions: [BodyVote]

    private func g(_ phrase: GovernancePhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        let title = g(.minutes) + " — " + body.name + " — " + BreachPhrase.moment(meeting.scheduledAt, context.language)
        return Layout(context: context, title: title).render(
            .p(.class("no-print"), .a(.href(SiteURL.meeting(meeting.id).path), .text("← " + body.name))),
            .h1(.text(title)),
            .p(.text(convention.title + " — " + meeting.place)),
            .p(.text(g(.minutesStatus) + context.colon + GovernancePhrase.minutesStatus(meeting.minutes.status, context.language))),
            .h2(.text(g(.attendance))),
            .ul(.group(meeting.attendance.attendees.map {
                .li(.text("\($0.name) (\($0.member)) — \(GovernancePhrase.presence($0.presence, context.language))"))
            } + meeting.attendance.proxies.map { .li(.text(g(.proxies) + context.colon + "\($0.from) → \($0.to)")) })),
            .h2(.text(g(.minutes))),
            .div(.class("minutes"), .p(.text(meeting.minutes.text))),
            .h2(.text(g(.decisions))),
            .ol(.group(decisions.map { vote in
                .li(.text("\(vote.decisionNumber ?? "") — \(vote.motion) — "
                          + (vote.outcome.map { GovernancePhrase.outcome($0, context.language) } ?? "")
                          + " (\(vote.tally.yes) / \(vote.tally.no) / \(vote.tally.abstentions))"))
            })),
            .unwrap(meeting.minutes.approvedBy) { .p(.text(g(.approvedBy) + " " + $0)) },
            .unwrap(meeting.minutes.signedBy) { name in
                .p(.class("signature"), .text(g(.signedBy) + " " + name + (meeting.minutes.signedAt.map { ", " + BreachPhrase.moment($0, context.language) } ?? "")))
            }
        )
    }
}
