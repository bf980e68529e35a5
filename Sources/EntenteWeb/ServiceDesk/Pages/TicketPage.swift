import EntenteCore
import EntenteStorage
import Foundation
import Plot
import Vapor

/// One ticket: what was asked, where the convention sent it and why, its clocks, its history,
/// and the moves the viewer may make.
struct TicketPage {
    let context: PageContext
    let ticket: Ticket
    let convention: Convention?
    let establishment: Establishment?
    let clocks: [ServiceLevelClock]
    let events: [TicketEvent]
    let actions: [TicketAction]
    let canReply: Bool
    /// The parties the viewer may hand the ticket to (empty: no transfer form).
    let transferTargets: [ConventionParty]
    let rating: TicketRating?
    let canRate: Bool
    /// Where the viewer's internal notes go; nil when they may not write any.
    let noteAudience: String?
    let staleVersion: Int?
    /// The files the viewer may open, and what the upload form offers (nil: no form).
    var attachments: [TicketAttachment] = []
    var upload: AttachmentUploadOffer? = nil
    /// The party's team holding the ticket, and the teams the viewer may move it to (empty: no form).
    var team: Team? = nil
    var teamTargets: [Team] = []
    /// The warnings and breaches the service-level watcher recorded, oldest first.
    var serviceLevelAlerts: [ServiceLevelAlert] = []
    /// The audit entries about the ticket, for those who may read them; empty for others.
    var audit: [AuditEntry] = []
    /// Every team of the convention, to name those the history mentions.
    var conventionTeams: [Team] = []

    func render() -> Response {
        Layout(context: context, title: "\(ticket.reference) — \(ticket.title)").render(
            .p(.a(.href(SiteURL.tickets.path), .text("← " + context.desk(.tickets)))),
            .h1(.span(.class("reference"), .text(ticket.reference)), .text(" " + ticket.title)),
            .if(staleVersion != nil, .div(.class("alert"), .attribute(named: "role", value: "alert"),
                                          .p(.text(context.desk(.staleEdit))))),
            facts,
            .section(.h2(.text(context.desk(.description))), .p(.class("description"), .text(ticket.description))),
            .section(.class("routing"),
                     .h2(.text(context.desk(.routing))),
                     .p(.text(ticket.routingReason)),
                     .if(!ticket.informedCodes.isEmpty, .p(.text("\(context.desk(.informed)) : \(ticket.informedCodes.joined(separator: " "))")))),
            clocksSection,
            actionsSection,
            teamSection,
            transferSection,
            ratingSection,
            attachmentsSection,
            historySection,
            auditSection,
            messageForm
        )
    }

    private var facts: Node<HTML.BodyContext> {
        var items: [(DeskPhrase, String)] = [
            (.status, context.label(ticket.status)),
            (.kind, context.label(ticket.kind)),
            (.establishment, establishment.map { "\($0.name) (\($0.uai.value))" } ?? ticket.establishmentUAI),
            (.component, ticket.componentName),
            (.nature, context.label(ticket.nature)),
            (.criticality, context.label(ticket.criticality)),
            (.party, convention?.party(code: ticket.partyCode).map { "\($0.code) — \($0.name)" } ?? ticket.partyCode),
            (.requester, ticket.requesterName),
            (.filedBy, ticket.filedBy),
            (.openedAt, ClockText.dateTime(ticket.openedAt, context)),
        ]
        if let asset = ticket.assetReference { items.append((.assetReference, asset)) }
        let rows = items.map { (context.desk($0.0), $0.1) }
            + (ticket.teamCode == nil ? [] : [(TeamPhrase.team.text(context.language), TeamPhrase.label(team, code: ticket.teamCode))])
        return .dl(.class("facts"), .group(rows.map { term, value in
            .group(.dt(.text(term)), .dd(.text(value)))
        }))
    }

    private var clocksSection: Node<HTML.BodyContext> {
        .section(
            .class("clocks"),
            .h2(.text(context.desk(.clocks))),
            .if(clocks.isEmpty, .p(.text(context.language == .fr
                ? "La convention ne fixe pas de niveau de service à cette partie pour cette criticité."
                : "The convention sets no service level for this party at this criticality.")), else: .table(
                .class("listing"),
                .thead(.tr(.group([DeskPhrase.clock, .target, .deadline, .remaining, .state, .explanation].map {
                    .th(.attribute(named: "scope", value: "col"), .text(context.desk($0)))
                }))),
                .tbody(.group(clocks.map(clockRow)))
            )),
            serviceLevelAlertList
        )
    }

    /// "Dépassé — Prise en charge et diagnostic : échéance …, relevé le …".
    private var serviceLevelAlertList: Node<HTML.BodyContext> {
        guard !serviceLevelAlerts.isEmpty else { return .empty }
        let language = context.language
        return .group(
            .h3(.text(ServiceLevelPhrase.alerts.text(language))),
            .ul(.class("sla-alerts"), .group(serviceLevelAlerts.map { alert in
                let kind = alert.kind
                return .li(.class("sla-alert sla-alert-\(kind.rawValue)"),
                           .span(.class("badge sla-\(kind == .breach ? "breached" : "at-risk")"),
                                 .text(ServiceLevelPhrase.alert(kind, language))),
                           .text(" \(ServiceLevelPhrase.clockName(alert.clock, language)) — "
                                 + "\(ServiceLevelPhrase.alertDue.text(language)) \(ClockText.dateTime(alert.dueAt, context)), "
                                 + "\(ServiceLevelPhrase.alertAt.text(language)) \(ClockText.dateTime(alert.at, context))"))
            }))
        )
    }

    private func clockRow(_ clock: ServiceLevelClock) -> Node<HTML.TableContext> {
        .tr(.th(.attribute(named: "scope", value: "row"), .text(ServiceLevelPhrase.clockName(clock.kind, context.language))),
            .td(.text(ServiceLevelPhrase.duration(clock.duration, context.language))),
            .td(.text(clock.deadline.map { ClockText.dateTime($0, context) } ?? "—")),
            .td(.text(clock.remainingSeconds.map(ClockText.duration) ?? "—")),
            .td(clockState(clock)),
            // The explanation is written in French: an English page says so (RGAA 8.7, language of parts).
            .td(.small(.if(context.language != .fr, .attribute(named: "lang", value: "fr")), .text(clock.explanation))))
    }

    /// A clock without a target has no deadline to push back, but while the ticket waits it is
    /// paused all the same: say so ("En pause — Au plus tôt").
    private func clockState(_ clock: ServiceLevelClock) -> Node<HTML.BodyContext> {
        guard clock.state == .noTarget, clock.stoppedAt == nil, ticket.status.isWaiting else {
            return .span(.class("sla sla-\(clock.state.rawValue)"), .text(ClockText.stateLabel(clock.state, context)))
        }
        return .span(.class("sla sla-paused"),
                     .text("\(ClockText.stateLabel(.paused, context)) — \(ClockText.stateLabel(.noTarget, context))"))
    }

    private var actionsSection: Node<HTML.BodyContext> {
        .if(!actions.isEmpty, .section(
            .class("actions"),
            .h2(.text(context.desk(.actions))),
            .form(
                .method(.post), .action(SiteURL.ticketStatus(ticket.id).path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .input(.type(.hidden), .name("version"), .value(String(ticket.version))),
                .div(.class("field"),
                     .label(.for("comment"), .text(context.desk(.transitionNote))),
                     .input(.type(.text), .id("comment"), .name("comment"))),
                .div(.class("buttons"), .group(actions.map { action in
                    .button(.type(.submit), .attribute(named: "name", value: "action"),
                            .attribute(named: "value", value: action.rawValue), .text(context.label(action)))
                }))
            )
        ), else: .if(canReply == false && noteAudience != nil && ticket.status.isOpen,
                     .p(.class("read-only"), .text(context.desk(.readOnly)))))
    }

    /// Escalation, de-escalation or reassignment within the party, with a reason, on the version read.
    private var teamSection: Node<HTML.BodyContext> {
        guard !teamTargets.isEmpty else { return .empty }
        let language = context.language
        let hasHigher = teamTargets.contains { target in team.map { target.level > $0.level } ?? true }
        var options: [(String, String)] = hasHigher ? [("next", TeamPhrase.nextLevel.text(language))] : []
        options += teamTargets.map { ($0.code, "\($0.label) — \(TeamPhrase.level($0.level, language))") }
        return .section(
            .class("team-change"),
            .h2(.text(TeamPhrase.changeTeam.text(language))),
            .p(.small(.text(TeamPhrase.changeTeamHint.text(language)))),
            .form(
                .method(.post), .action(SiteURL.ticketTeam(ticket.id).path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .input(.type(.hidden), .name("version"), .value(String(ticket.version))),
                .div(.class("field"),
                     .label(.for("team-target"), .text(TeamPhrase.target.text(language))),
                     .select(.id("team-target"), .attribute(named: "name", value: "team"),
                             .group(options.map { FormOption.node($0.0, $0.1, selected: false) }))),
                .div(.class("field"),
                     .label(.for("team-reason"), .text(TeamPhrase.reason.text(language))),
                     .textarea(.id("team-reason"), .name("reason"), .rows(2), .required(true), .text(""))),
                .button(.type(.submit), .text(TeamPhrase.submit.text(language)))
            )
        )
    }

    private var transferSection: Node<HTML.BodyContext> {
        guard !transferTargets.isEmpty else { return .empty }
        let french = context.language == .fr
        return .section(
            .class("transfer"),
            .h2(.text(french ? "Transférer à une autre partie" : "Transfer to another party")),
            .form(
                .method(.post), .action(SiteURL.ticketTransfer(ticket.id).path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .input(.type(.hidden), .name("version"), .value(String(ticket.version))),
                .div(.class("field"),
                     .label(.for("transfer-party"), .text(context.desk(.party))),
                     .select(.id("transfer-party"), .attribute(named: "name", value: "party"),
                             .group(transferTargets.map { FormOption.node($0.code, "\($0.code) — \($0.name)", selected: false) }))),
                .div(.class("field"),
                     .label(.for("transfer-reason"), .text(french ? "Motif (obligatoire)" : "Reason (required)")),
                     .textarea(.id("transfer-reason"), .name("reason"), .rows(2), .required(true), .text(""))),
                .div(.class("field checkbox"),
                     .input(.type(.checkbox), .id("transfer-override"), .name("override"), .value("1")),
                     .label(.for("transfer-override"), .text(french
                        ? "Je déroge à la convention (partie non responsable) : la dérogation sera tracée"
                        : "I depart from the convention (party not responsible): the override is recorded"))),
                .button(.type(.submit), .text(french ? "Transférer" : "Transfer"))
            )
        )
    }

    private var ratingSection: Node<HTML.BodyContext> {
        let french = context.language == .fr
        if let rating {
            return .section(.class("rating"), .h2(.text(french ? "Satisfaction" : "Satisfaction")),
                            .p(.text("\(rating.score) / 5"), .unwrap(rating.comment) { .text(" — \($0)") }))
        }
        guard canRate else { return .empty }
        let labels = french ? ["Très insatisfait", "Insatisfait", "Moyen", "Satisfait", "Très satisfait"]
            : ["Very dissatisfied", "Dissatisfied", "Average", "Satisfied", "Very satisfied"]
        return .section(
            .class("rating"),
            .h2(.text(french ? "Votre avis sur le traitement de la demande" : "How was this ticket handled?")),
            .form(
                .method(.post), .action(SiteURL.ticketRating(ticket.id).path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .fieldset(
                    .element(named: "legend", nodes: [.text(french ? "Note de 1 à 5" : "Score from 1 to 5")]),
                    .group((1...5).map { score in
                        .div(.class("choice"),
                             .input(.type(.radio), .id("score-\(score)"), .name("score"), .value(String(score)), .required(true)),
                             .label(.for("score-\(score)"), .text("\(score) — \(labels[score - 1])")))
                    })
                ),
                .div(.class("field"),
                     .label(.for("rating-comment"), .text(french ? "Commentaire (facultatif)" : "Comment (optional)")),
                     .textarea(.id("rating-comment"), .name("comment"), .rows(3), .text(""))),
                .button(.type(.submit), .text(context.desk(.send)))
            )
        )
    }

    private var historySection: Node<HTML.BodyContext> {
        .section(
            .id("historique"),
            .h2(.text(context.desk(.history))),
            .ol(.class("history"), .group(events.map(eventItem)))
        )
    }

    private func teamLabel(_ code: String) -> String {
        conventionTeams.first { $0.code == code }?.label ?? code
    }

    private func eventItem(_ event: TicketEvent) -> Node<HTML.ListContext> {
        let when = ClockText.dateTime(event.at, context)
        let what = HistoryPhrase.heading(of: event.fact, context.language)
        let body = HistoryPhrase.text(of: event.fact, context.language, team: teamLabel,
                                      dateTime: { ClockText.dateTime($0, context) })
        return .li(
            .class("event event-\(APIEvent.Kind(event.fact).rawValue)"),
            .p(.strong(.text(what)), .text(" — \(event.actor), "), .time(.text(when))),
            .unwrap(body) { .p(.class("body"), .text($0)) }
        )
    }

    private var messageForm: Node<HTML.BodyContext> {
        .if(canReply || noteAudience != nil, .section(
            .h2(.text(context.desk(.send))),
            .form(
                .method(.post), .action(SiteURL.ticketMessages(ticket.id).path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .fieldset(
                    .element(named: "legend", nodes: [.text(context.desk(.messageKind))]),
                    .if(canReply, .div(.class("choice"),
                        .input(.type(.radio), .id("visibility-reply"), .name("visibility"), .value("reply"), .checked(true)),
                        .label(.for("visibility-reply"), .text(context.desk(.reply))))),
                    .if(noteAudience != nil, .div(.class("choice"),
                        .input(.type(.radio), .id("visibility-internal"), .name("visibility"), .value("internal"),
                               .checked(!canReply)),
                        .label(.for("visibility-internal"), .text(context.desk(.internalNote)))))
                ),
                .div(.class("field"),
                     .label(.for("body"), .text(context.desk(.description))),
                     .textarea(.id("body"), .name("body"), .rows(4), .required(true), .text(""))),
                .button(.type(.submit), .text(context.desk(.send)))
            )
        ))
    }
}
