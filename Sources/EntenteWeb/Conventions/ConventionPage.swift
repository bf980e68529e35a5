import EntenteCore
import Plot
import Vapor

/// A convention and its operational annex: the matrix as the annex table, grouped by
/// domain, then service levels, incident chains, GDPR rights, governance and provisions.
struct ConventionPage {
    let context: PageContext
    let convention: Convention
    let versionShown: String?

    func render() -> Response {
        Layout(context: context, title: convention.title).render(
            .h1(.text(convention.title)),
            .unwrap(convention.summary) { .p(.class("summary"), .text($0)) },
            facts,
            .p(.class("no-print actions"),
               .a(.href(SiteURL.matrixCSV(convention.id).path + versionQuery), .attribute(named: "download", value: ""),
                  .text(context.t(.exportCSV))),
               .text(" · "),
               .a(.href(SiteURL.matrixJSON(convention.id).path + versionQuery), .text(context.t(.exportJSON))),
               .text(" · " + context.t(.printHint))),
            partiesSection,
            versionsSection,
            .section(
                .class("matrix"), .attribute(named: "aria-labelledby", value: "matrice"),
                .h2(.id("matrice"), .text(context.t(.matrix))),
                .p(.class("legend"), .text(context.t(.legendConditional))),
                .group(convention.domains.map(domainTable))
            ),
            serviceLevelsSection,
            chainsSection,
            rightsSection,
            governanceSection,
            provisionsSection
        )
    }

    private var versionQuery: String { versionShown.map { "?version=\($0)" } ?? "" }

    private var facts: Node<HTML.BodyContext> {
        let dates = convention.dates
        var items: [(Phrase, String)] = [(.territory, convention.territory), (.effective, dates.effective.frenchLabel)]
        if let end = dates.end { items.append((.end, end.frenchLabel)) }
        if let signature = dates.signature { items.append((.signature, signature.frenchLabel)) }
        if let notice = dates.notice { items.append((.notice, notice.frenchLabel)) }
        items.append((.renewal, context.label(dates.renewal)))
        items.append((.source, convention.sourceFile))
        if let version = versionShown { items.append((.versionShown, version)) }
        return .dl(.class("facts"), .group(items.map { phrase, value in
            .group(.dt(.text(context.t(phrase))), .dd(.text(value)))
        }))
    }

    private var partiesSection: Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t(.parties))),
            .table(.class("listing"),
                   .thead(.tr(header(.partyCode), header(.name), header(.kind), header(.roleColumn))),
                   .tbody(.group(convention.parties.map { party in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(party.code)), .td(.text(party.name)),
                           .td(.text(context.label(party.kind))), .td(.text(party.role ?? "—")))
                   })))
        )
    }

    private var versionsSection: Node<HTML.BodyContext> {
        .if(!convention.versions.isEmpty, .section(
            .h2(.text(context.t(.versions))),
            .ul(.group(convention.versions.map { version in
                .li(.a(.href(SiteURL.convention(convention.id).path + "?version=\(version.id)"),
                       .text("\(version.title) — \(version.effective.frenchLabel)")),
                    .unwrap(version.summary) { .text(" : \($0)") })
            }))
        ))
    }

    private func domainTable(_ domain: ServiceDomain) -> Node<HTML.BodyContext> {
        let notes = domain.components.filter { $0.note != nil }
        return .section(
            .class("domain"),
            .table(
                .id("domaine-\(domain.id)"), .class("matrix-table"),
                .caption(.text(domain.name), .small(.text(" — \(domain.source.section)"))),
                .thead(.tr(header(.component), header(.criticality),
                           .group(domain.activities.map { activity in
                               .th(.attribute(named: "scope", value: "col"), .text(context.label(activity)))
                           }))),
                .tbody(.group(domain.components.map { componentRow($0, in: domain) }))
            ),
            .if(!notes.isEmpty, .div(
                .class("notes"),
                .h3(.text("\(context.t(.notes)) — \(domain.name)")),
                .ul(.group(notes.map { component in
                    .li(.id("note-\(component.id)"), .strong(.text(component.name + " : ")), .text(component.note ?? ""),
                        .small(.text(" (\(component.source.section))")))
                }))
            ))
        )
    }

    private func componentRow(_ component: ServiceComponent, in domain: ServiceDomain) -> Node<HTML.TableContext> {
        let noteLink: Node<HTML.BodyContext> = .if(component.note != nil, .element(named: "sup", nodes: [.a(
            .href("#note-\(component.id)"),
            .attribute(named: "aria-label", value: "\(context.t(.notes)) : \(component.name)"),
            .text("†"))]))
        let criticalityClass = component.criticality == .critical ? "critical" : "non-critical"
        let cells: [Node<HTML.TableRowContext>] = domain.activities.map { activity in
            .td(.attribute(named: "data-activity", value: activity.rawValue),
                cell(component.cells[activity] ?? .notApplicable))
        }
        return .tr(.id("composant-\(component.id)"),
                   .th(.attribute(named: "scope", value: "row"), .text(component.name), noteLink),
                   .td(.class(criticalityClass), .text(context.label(component.criticality))),
                   .group(cells))
    }

    private func cell(_ cell: ResponsibilityCell) -> Node<HTML.BodyContext> {
        switch cell {
        case .notApplicable:
            return .span(.class("empty"), .attribute(named: "aria-label", value: "—"), .text("—"))
        case .seeComponent(let id):
            let name = convention.component(id: id)?.component.name ?? id
            return .a(.href("#composant-\(id)"), .text("cf. \(name)"))
        case .rules(let rules):
            return .group(rules.map { rule in
                .div(.class("rule"),
                     .group(rule.raci.responsible.enumerated().map { index, code in
                         .group(.if(index > 0, .text(" / ")), party(code))
                     }),
                     .if(!rule.raci.isResponsibleOnly, .small(.class("raci"), .text(" " + rule.raci.detail))),
                     .if(!rule.condition.isUnconditional, .small(.class("condition"), .text(" (\(context.label(rule.condition)))"))))
            })
        }
    }

    private func party(_ code: String) -> Node<HTML.BodyContext> {
        .abbr(.attribute(named: "title", value: convention.party(code: code)?.name ?? code), .text(code))
    }

    private func header(_ phrase: Phrase) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .text(context.t(phrase)))
    }

    private func duration(_ value: ServiceDuration?) -> Node<HTML.BodyContext> {
        .text(value?.frenchLabel ?? "—")
    }

    private var serviceLevelsSection: Node<HTML.BodyContext> {
        let levels = convention.serviceLevels, data = convention.dataAvailability
        return .if(!levels.isEmpty || !data.isEmpty || !convention.nonCriticalPriorities.isEmpty, .section(
            .h2(.text(context.t(.serviceLevels))),
            .if(!levels.isEmpty, .table(
                .class("listing"),
                .thead(.tr(header(.criticality), header(.parties), header(.pickup), header(.restoration),
                           header(.dataRestoration), header(.condition))),
                .tbody(.group(levels.map { level in
                    .tr(.td(.text(context.label(level.criticality))), .td(party(level.partyCode)),
                        .td(duration(level.pickup)), .td(duration(level.restoration)),
                        .td(duration(level.dataRestoration)), .td(.text(level.condition ?? "—")))
                }))
            )),
            .if(!data.isEmpty, .group(
                .h3(.text(context.t(.dataAvailability))),
                .table(.class("listing"),
                       .thead(.tr(header(.name), header(.criticality), header(.maxDataLoss), header(.retention))),
                       .tbody(.group(data.map { target in
                           .tr(.td(.text(target.data)), .td(.text(context.label(target.criticality))),
                               .td(duration(target.maxDataLoss)), .td(duration(target.retention)))
                       })))
            )),
            .if(!convention.nonCriticalPriorities.isEmpty, .group(
                .h3(.text(context.t(.nonCriticalPriorities))),
                .ol(.group(convention.nonCriticalPriorities.map { .li(.text($0)) }))
            ))
        ))
    }

    private var chainsSection: Node<HTML.BodyContext> {
        .if(!convention.incidentChains.isEmpty, .section(
            .h2(.text(context.t(.incidentChains))),
            .p(.a(.href(SiteURL.crisisDirectory(convention.id).path), .text(CrisisPhrase.title.text(context.language))), .text(" · "),
               .a(.href(SiteURL.processingRegister(convention.id).path), .text(ProcessingPhrase.title.text(context.language)))),
            .group(convention.incidentChains.map { chain in
                .article(
                    .class("chain"),
                    .h3(.text(chain.title)),
                    .unwrap(chain.handlerCode) { .p(.text("\(context.t(.handler)) : "), party($0)) },
                    .ol(.group(chain.steps.map { step in
                        .li(party(step.partyCode), .text(" " + step.action),
                            .unwrap(step.toPartyCode) { .group(.text(" → "), party($0)) },
                            .unwrap(step.deadline) { .strong(.text(" — \(context.t(.deadline)) : \($0.frenchLabel)")) },
                            .unwrap(step.contact) { .text(" (\($0))") })
                    })),
                    .p(.class("source"), .small(.text("\(context.t(.source)) : \(chain.source.section)")))
                )
            })
        ))
    }

    private var rightsSection: Node<HTML.BodyContext> {
        .if(!convention.dataSubjectRights.isEmpty, .section(
            .h2(.text(context.t(.gdprRights))),
            .table(.class("listing"),
                   .thead(.tr(header(.right), header(.receivers), header(.handler), header(.deadline), header(.notes))),
                   .tbody(.group(convention.dataSubjectRights.map { right in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(right.right)),
                           .td(.group(right.receiverCodes.map { .group(party($0), .text(" ")) })),
                           .td(right.handlerCode.map(party) ?? .text("—")),
                           .td(duration(right.deadline)), .td(.text(right.note ?? "")))
                   })))
        ))
    }

    private var governanceSection: Node<HTML.BodyContext> {
        .if(!convention.governance.isEmpty, .section(
            .h2(.text(context.t(.governance))),
            .table(.class("listing"),
                   .thead(.tr(header(.name), header(.members), header(.frequency), header(.roleColumn))),
                   .tbody(.group(convention.governance.map { body in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(body.name)),
                           .td(.text(body.memberCodes.joined(separator: ", "))),
                           .td(.text(body.frequency ?? "—")), .td(.text(body.role ?? "—")))
                   })))
        ))
    }

    private var provisionsSection: Node<HTML.BodyContext> {
        .if(!convention.provisions.isEmpty, .section(
            .h2(.text(context.t(.provisions))),
            .group(convention.provisions.map { provision in
                .article(.class("provision"), .h3(.text(provision.title)), .p(.text(provision.text)),
                         .p(.class("source"), .small(.text("\(context.t(.source)) : \(provision.source.section)"))))
            })
        ))
    }
}
