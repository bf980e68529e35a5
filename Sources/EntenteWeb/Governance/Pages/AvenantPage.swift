import EntenteCore
import Plot
import Vapor

/// One avenant: the cells it rewrites (before and after), the parties' approvals, the steps left, and once
/// approved the diff of the new version with the previous one.
struct AvenantPage {
    let context: PageContext
    let convention: Convention
    let avenant: Avenant
    let signatories: [String]
    let ownParties: [String]
    let refusal: String?

    private func a(_ phrase: AvenantPhrase) -> String { phrase.text(context.language) }
    private func post(_ step: String, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(SiteURL.avenantStep(convention.id, avenant.number, step).path),
              .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)), .group(content))
    }

    /// The convention as it read before this avenant, and with it.
    private var versions: (before: Convention, after: Convention) {
        let base = convention.versions.filter { $0.id != avenant.versionID }
        var before = convention
        before.versions = base
        var after = before
        after.versions.append(ConventionVersion(id: avenant.versionID, kind: .avenant, title: avenant.title,
                                                effective: avenant.effective ?? convention.dates.effective, changes: avenant.changes,
                                                joining: avenant.joining, leaving: avenant.leaving))
        let previous = base.last.flatMap { try? before.asOf(version: $0.id) } ?? before
        return (previous, (try? after.asOf(version: avenant.versionID)) ?? after)
    }

    func render(status: HTTPStatus = .ok) -> Response {
        let title = a(.navigation) + " n° \(avenant.number) — " + avenant.title
        let (before, after) = versions
        let open = avenant.status == .proposed || avenant.status == .concertation
        let pending = signatories.filter { party in !avenant.approvals.contains { $0.party == party } }
        let response = Layout(context: context, title: title).render(
            .p(.a(.href(SiteURL.avenants(convention.id).path), .text("← " + a(.navigation)))),
            .h1(.text(title)),
            .unwrap(refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .dl(.class("facts"),
                .dt(.text(a(.status))), .dd(.text(AvenantPhrase.status(avenant.status, context.language))),
                .dt(.text(a(.proposedBy))), .dd(.text(avenant.proposedBy)),
                .dt(.text(a(.summary))), .dd(.text(avenant.summary.isEmpty ? "—" : avenant.summary)),
                .dt(.text(a(.effective))), .dd(.text(avenant.effective?.frenchLabel ?? "—")),
                .dt(.text(a(.approvers))), .dd(.text(signatories.joined(separator: ", "))),
                .unwrap(avenant.joining.first) { party in .group(.dt(.text(a(.joining))), .dd(.text("\(party.code) — \(party.name)"))) },
                .unwrap(avenant.leaving.first) { code in .group(.dt(.text(a(.leaving))), .dd(.text(code))) }),
            .if(!avenant.changes.isEmpty, .h2(.text(a(.changes)))),
            .if(!avenant.changes.isEmpty, GovernanceForms.table([a(.component), a(.activity), a(.before), a(.after)], avenant.changes.map { change in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(convention.component(id: change.componentID)?.component.name ?? change.componentID)),
                    .td(.text(context.language == .fr ? change.activity.frenchLabel : change.activity.englishLabel)),
                    .td(.text(cellText(before, change))), .td(.text(cellText(after, change))))
            })),
            .h2(.text(a(.approvals))),
            .if(avenant.approvals.isEmpty, .p(.text(a(.noApprovals))), else: GovernanceForms.table([a(.party), a(.deliberation), a(.date)], avenant.approvals.map {
                .tr(.th(.attribute(named: "scope", value: "row"), .text($0.party)), .td(.text($0.deliberation)), .td(.text($0.date.frenchLabel)))
            })),
            .if(open && !ownParties.filter(pending.contains).isEmpty, post("approval",
                GovernanceForms.select("party", name: "party", a(.party), ownParties.filter(pending.contains).map { ($0, $0) }),
                GovernanceForms.input("deliberation", name: "deliberation", a(.deliberation)),
                GovernanceForms.input("date", name: "date", a(.date), type: .date),
                GovernanceForms.input("effective", name: "effective", a(.effective) + " — " + a(.effectiveHint), type: .date, required: false),
                .button(.type(.submit), .text(a(.approve))))),
            .if(avenant.status == .proposed && !ownParties.isEmpty, post("concertation", .button(.type(.submit), .text(a(.concertation))))),
            .if(open && !ownParties.isEmpty, post("withdrawal", .button(.type(.submit), .text(a(.withdraw))))),
            .if(avenant.status == .approved, diff(before: before, after: after))
        )
        response.status = status
        return response
    }

    private func cellText(_ convention: Convention, _ change: ConventionVersion.CellChange) -> String {
        guard let cell = convention.component(id: change.componentID)?.component.cells[change.activity] else { return "—" }
        return cell.summary
    }

    private func diff(before: Convention, after: Convention) -> Node<HTML.BodyContext> {
        let changes = ConventionDiff(from: before, to: after).changes
        return .section(.h2(.text(a(.diff))),
                        .p(.a(.href(SiteURL.convention(convention.id).path + "?version=\(avenant.versionID)"), .text(a(.version) + " " + avenant.versionID))),
                        .if(changes.isEmpty, .p(.text(a(.noDiff))), else: .ul(.group(changes.map { .li(.text($0.description)) }))))
    }
}
