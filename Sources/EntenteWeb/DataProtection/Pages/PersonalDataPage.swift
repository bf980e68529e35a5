import EntenteCore
import Plot
import Vapor

/// A person's data (lookup, what is held, export, erasure) and the retention rules with their dry run and log.
struct PersonalDataPage {
    let context: PageContext
    let email: String
    let name: String
    let export: PersonalDataExport?
    let rules: [RetentionRule]
    let due: [RetentionPurge]
    let log: [RetentionPurge]
    let erasure: String?
    let refusal: String?

    private func p(_ phrase: PersonalDataPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: p(.title)).render(
            .h1(.text(p(.title))),
            .p(.text(p(.intro))),
            .unwrap(erasure) { .div(.class("notice"), .attribute(named: "role", value: "status"), .p(.text(p(.erased) + " « \($0) ».")) ) },
            .unwrap(refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            lookup,
            .unwrap(export) { held($0) },
            retention
        )
        response.status = status
        return response
    }

    private var lookup: Node<HTML.BodyContext> {
        .form(
            .method(.get), .action(SiteURL.personalData.path),
            .h2(.text(p(.lookup))),
            .div(.class("field"), .label(.for("email"), .text(p(.email))),
                 .input(.type(.email), .id("email"), .name("email"), .value(email))),
            .div(.class("field"), .label(.for("name"), .text(p(.name))),
                 .input(.type(.text), .id("name"), .name("name"), .value(name), .attribute(named: "aria-describedby", value: "name-hint")),
                 .p(.class("hint"), .id("name-hint"), .text(p(.nameHint)))),
            .button(.type(.submit), .text(p(.search)))
        )
    }

    private func held(_ export: PersonalDataExport) -> Node<HTML.BodyContext> {
        let sections: [(String, Int)] = [
            ("account", export.account == nil ? 0 : 1), ("tickets_requested", export.ticketsRequested.count),
            ("ticket_entries", export.ticketEntries.count), ("loans", export.loans.count),
            ("crisis_directory", export.crisisDirectory.count), ("breaches_declared", export.breachesDeclared.count),
            ("incidents_reported", export.incidentsReported.count), ("rights_requests", export.rightsRequests.count),
            ("audit_trail", export.auditTrail.count),
        ]
        var query = URLComponents()
        query.queryItems = [URLQueryItem(name: "email", value: email), URLQueryItem(name: "name", value: name)]
        return .section(
            .h2(.text(p(.held))),
            .if(export.isEmpty, .p(.text(p(.nothingHeld))), else: .group(
                .table(.class("listing"),
                       .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(p(.section))),
                                  .th(.attribute(named: "scope", value: "col"), .text(p(.lines))))),
                       .tbody(.group(sections.map { section, count in
                           .tr(.th(.attribute(named: "scope", value: "row"), .code(.text(section))), .td(.text(String(count))))
                       }))),
                .p(.a(.href(SiteURL.personalDataExport.path + "?" + (query.percentEncodedQuery ?? "")), .text(p(.download)))),
                .form(
                    .method(.post), .action(SiteURL.personalDataErasure.path),
                    .h3(.text(p(.erase))),
                    .p(.class("hint"), .text(p(.eraseHint))),
                    .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                    .input(.type(.hidden), .name("email"), .value(email)),
                    .input(.type(.hidden), .name("name"), .value(name)),
                    .div(.class("field checkbox"),
                         .input(.type(.checkbox), .id("confirm"), .name("confirm"), .value("1")),
                         .label(.for("confirm"), .text(p(.confirm)))),
                    .button(.type(.submit), .text(p(.erase)))
                )))
        )
    }

    private var retention: Node<HTML.BodyContext> {
        .section(
            .id("retention"),
            .h2(.text(p(.retention))),
            .p(.text(p(.retentionIntro))),
            .table(.class("listing"),
                   .thead(.tr(.group([p(.rule), p(.period), p(.start), p(.legalHold), p(.source), p(.due)]
                       .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                   .tbody(.group(rules.map { rule in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(PersonalDataPhrase.data(rule.data, context.language))),
                           .td(.text("\(rule.period.count) \(p(.months))")),
                           .td(.text(PersonalDataPhrase.start(rule.start, context.language))),
                           .td(.text(rule.legalHold ? BreachPhrase.yes.text(context.language) : "—")),
                           .td(.text(rule.source)),
                           .td(.text(String(due.first { $0.data == rule.data }?.count ?? 0))))
                   }))),
            .form(.method(.post), .action(SiteURL.retention.path),
                  .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                  .button(.type(.submit), .text(p(.applyNow)))),
            .h3(.text(p(.log))),
            .if(log.isEmpty, .p(.text(p(.noPurge))), else: .table(
                .class("listing"),
                .thead(.tr(.group([p(.when), p(.rule), p(.cutoff), p(.count), p(.actor)]
                    .map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(log.map { purge in
                    .tr(.td(.text(purge.at.map { BreachPhrase.moment($0, context.language) } ?? "—")),
                        .td(.text(PersonalDataPhrase.data(purge.data, context.language))),
                        .td(.text(purge.cutoff.description)),
                        .td(.text(String(purge.count))),
                        .td(.text(purge.actor ?? "—")))
                }))))
        )
    }
}
