import EntenteCore
import Plot
import Vapor

/// A breach: its declaration and, for those who handle it, its clocks with their countdowns, the
/// notifications sent (each version with its proof), the crisis cell's decision, the resolution and
/// who read it. Whoever declared it and handles nothing sees the declaration only.
struct BreachPage {
    let context: PageContext
    let breach: Breach
    let convention: Convention?
    let standing: [BreachDeadline]
    let now: Instant
    let handles: Bool
    let notifications: [BreachNotification]
    let reads: [BreachRead]
    let canMail: Bool
    let refusal: String?

    private func b(_ phrase: BreachPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: breach.reference).render(
            .p(.a(.href(SiteURL.breaches.path), .text("← " + b(.register)))),
            .h1(.text(b(.navigation) + " — " + breach.reference)),
            .unwrap(refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .if(!handles, .p(.text(b(.yourDeclaration)))),
            declaration,
            .if(handles, .group(clocks, notificationsSection, decisionSection, resolutionSection, readsSection))
        )
        response.status = status
        return response
    }

    private func moment(_ instant: Instant?) -> String { instant.map { BreachPhrase.moment($0, context.language) } ?? "—" }

    private var declaration: Node<HTML.BodyContext> {
        let declaration = breach.declaration
        let rows: [(String, String)] = [
            (b(.convention), convention?.title ?? breach.conventionID),
            (b(.origin), breach.originCode + (convention?.party(code: breach.originCode).map { " — \($0.name)" } ?? "")),
            (b(.awareness), moment(breach.progress.awareness)),
            (b(.declaredBy), breach.declaredBy + ", " + moment(breach.declaredAt)),
            (b(.service), declaration.service),
            (b(.hosting), declaration.hostingLocation),
            (b(.started), moment(declaration.startedAt)),
            (b(.ended), moment(declaration.endedAt)),
            (b(.natures), BreachNature.allCases.filter(declaration.natures.contains).map { BreachPhrase.nature($0, context.language) }
                .joined(separator: " ; ")),
            (b(.summary), declaration.summary),
            (b(.dataCategories), declaration.dataCategories),
            (b(.personCategories), declaration.personCategories),
            (b(.personCount), declaration.personCount.map(String.init) ?? "—"),
            (b(.recordCount), declaration.recordCount.map(String.init) ?? "—"),
            (b(.measures), declaration.measures),
            (b(.status), b(breach.isResolved ? .resolved : .open) + (breach.isResolved ? ", " + moment(breach.progress.resolvedAt) : "")),
        ]
        return .section(.h2(.text(b(.declaration))),
                        .dl(.class("facts"), .group(rows.map { label, value in
                            .group(.dt(.text(label)), .dd(.text(value.isEmpty ? "—" : value)))
                        })))
    }

    private var clocks: Node<HTML.BodyContext> {
        .section(
            .h2(.text(b(.clocks))),
            .table(
                .class("listing"),
                .thead(.tr(.group([b(.obligation), b(.responsible), b(.due), b(.state)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(standing.map { deadline in
                    .tr(.class(deadline.isLate ? "late" : ""),
                        .th(.attribute(named: "scope", value: "row"), .text(BreachPhrase.obligation(deadline.obligation, context.language)),
                            .small(.text(" (" + BreachPhrase.basis(deadline.obligation.basis, context.language) + ")"))),
                        .td(.code(.text(deadline.obligation.responsibleCode))),
                        .td(due(deadline)),
                        .td(.text(state(deadline))))
                }))
            ),
            .p(.a(.href(SiteURL.breachAuthoritySheet(breach.id).path), .text(b(.authorityForm))))
        )
    }

    private func due(_ deadline: BreachDeadline) -> Node<HTML.BodyContext> {
        guard let due = deadline.due else { return .text(b(.withoutUndueDelay)) }
        return .group(.element(named: "time", nodes: [.attribute(named: "datetime", value: due.iso8601(in: .europeParis)),
                                                      .text(moment(due))]),
                      .if(deadline.isOpen, .group(.br(), .strong(.class(deadline.state == .overdue ? "late" : "due"),
                                                                 .text(BreachPhrase.countdown(from: now, to: due, context.language))))))
    }

    private func state(_ deadline: BreachDeadline) -> String {
        switch deadline.state {
        case .pending: b(.pending)
        case .overdue: b(.overdue)
        case .done(let at, let late): b(late ? .doneLate : .doneOnTime) + ", " + moment(at)
        case .notApplicable: b(.notApplicable)
        }
    }

    private var notificationsSection: Node<HTML.BodyContext> {
        .section(
            .id("notifications"),
            .h2(.text(b(.notifications))),
            .if(notifications.isEmpty, .p(.text(b(.noNotifications))), else: .table(
                .class("listing"),
                .thead(.tr(.group([b(.audience), b(.version), b(.phase), b(.sentAt), b(.recipients), b(.proof)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(notifications.map { notification in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(BreachPhrase.audience(notification.audience, context.language))),
                        .td(.text(String(notification.version))),
                        .td(.text(BreachPhrase.phase(notification.phase, context.language))),
                        .td(.text(moment(notification.sentAt) + " — " + notification.sentBy)),
                        .td(.text(notification.recipients.joined(separator: ", "))),
                        .td(.text(notification.proof)))
                })))),
            .form(
                .method(.post), .action(SiteURL.breachNotifications(breach.id).path),
                .h3(.text(b(.notify))),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .div(.class("field"), .label(.for("audience"), .text(b(.audience))),
                     .select(.id("audience"), .attribute(named: "name", value: "audience"),
                             .group(BreachNotification.Audience.allCases.map {
                                 FormOption.node($0.rawValue, BreachPhrase.audience($0, context.language), selected: false)
                             }))),
                .div(.class("field"), .label(.for("phase"), .text(b(.phase))),
                     .select(.id("phase"), .attribute(named: "name", value: "phase"),
                             .group(BreachNotification.Phase.allCases.map {
                                 FormOption.node($0.rawValue, BreachPhrase.phase($0, context.language), selected: false)
                             }))),
                .if(canMail, .div(.class("field checkbox"),
                                  .input(.type(.checkbox), .id("send_by_mail"), .name("send_by_mail"), .value("1")),
                                  .label(.for("send_by_mail"), .text(b(.sendByMail)))),
                    else: .p(.class("hint"), .text(b(.noMailServer)))),
                .div(.class("field"), .label(.for("proof"), .text(b(.proof))),
                     .input(.type(.text), .id("proof"), .name("proof"), .attribute(named: "aria-describedby", value: "proof-hint")),
                     .p(.class("hint"), .id("proof-hint"), .text(b(.proofHint)))),
                .button(.type(.submit), .text(b(.notify)))
            )
        )
    }

    private var decisionSection: Node<HTML.BodyContext> {
        let progress = breach.progress
        return .section(
            .h2(.text(b(.crisisCell))),
            .unwrap(progress.authorityDecision) { decision in
                .dl(.class("facts"),
                    .dt(.text(b(.convenedAt))), .dd(.text(moment(progress.crisisCellConvenedAt))),
                    .dt(.text(b(.members))), .dd(.text(breach.crisisCellMembers ?? "—")),
                    .dt(.text(b(.decision))), .dd(.text(b(decision == .notify ? .decisionNotify : .decisionDoNotNotify)
                                                       + ", " + moment(progress.authorityDecidedAt))),
                    .dt(.text(b(.highRisk))), .dd(.text(progress.highRisk.map { b($0 ? .yes : .no) } ?? b(.unknown))),
                    .dt(.text(b(.reasoning))), .dd(.text(breach.decisionReasoning ?? "—")))
            },
            .form(
                .method(.post), .action(SiteURL.breachDecision(breach.id).path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .div(.class("field"), .label(.for("convened_at"), .text(b(.convenedAt))),
                     .input(.type(.datetimeLocal), .id("convened_at"), .name("convened_at"), .required(true))),
                .div(.class("field"), .label(.for("members"), .text(b(.members))),
                     .textarea(.id("members"), .name("members"), .rows(2), .text(breach.crisisCellMembers ?? ""))),
                .div(.class("field"), .label(.for("decision"), .text(b(.decision))),
                     .select(.id("decision"), .attribute(named: "name", value: "decision"),
                             FormOption.node("notify", b(.decisionNotify), selected: progress.authorityDecision == .notify),
                             FormOption.node("do-not-notify", b(.decisionDoNotNotify), selected: progress.authorityDecision == .doNotNotify))),
                .div(.class("field"), .label(.for("high_risk"), .text(b(.highRisk))),
                     .select(.id("high_risk"), .attribute(named: "name", value: "high_risk"),
                             FormOption.node("", b(.unknown), selected: progress.highRisk == nil),
                             FormOption.node("yes", b(.yes), selected: progress.highRisk == true),
                             FormOption.node("no", b(.no), selected: progress.highRisk == false))),
                .div(.class("field"), .label(.for("reasoning"), .text(b(.reasoning))),
                     .textarea(.id("reasoning"), .name("reasoning"), .rows(4), .required(true), .text(breach.decisionReasoning ?? ""))),
                .button(.type(.submit), .text(b(.recordDecision)))
            )
        )
    }

    private var resolutionSection: Node<HTML.BodyContext> {
        .if(!breach.isResolved, .form(
            .method(.post), .action(SiteURL.breachResolution(breach.id).path),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .p(.class("hint"), .text(b(.resolveHint))),
            .button(.type(.submit), .text(b(.resolve)))
        ))
    }

    private var readsSection: Node<HTML.BodyContext> {
        .section(
            .h2(.text(b(.reads))),
            .table(.class("listing"),
                   .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(b(.reader))),
                              .th(.attribute(named: "scope", value: "col"), .text(b(.sentAt))))),
                   .tbody(.group(reads.map { read in
                       .tr(.td(.text(read.reader)), .td(.text(moment(read.at))))
                   })))
        )
    }
}
