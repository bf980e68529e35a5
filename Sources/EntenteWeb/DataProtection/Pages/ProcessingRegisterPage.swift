import EntenteCore
import Plot
import Vapor

/// The register of processing activities of a convention, each activity with its controllers' duties.
struct ProcessingRegisterPage {
    let context: PageContext
    let convention: Convention
    let activities: [ProcessingActivity]
    let party: String?

    private func p(_ phrase: ProcessingPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        let query = party.map { "?party=" + $0 } ?? ""
        return Layout(context: context, title: p(.title) + " — " + convention.title).render(
            .p(.a(.href(SiteURL.convention(convention.id).path), .text("← " + convention.title))),
            .h1(.text(p(.title) + (party.map { " — \($0)" } ?? ""))),
            .p(.text(p(.intro))),
            .ul(.class("actions"),
                .li(.a(.href(SiteURL.processingRegister(convention.id).path), .text(p(.allParties)))),
                .group(convention.parties.map { party in
                    .li(.a(.href(SiteURL.processingRegister(convention.id).path + "?party=" + party.code), .text(party.code + " — " + party.name)))
                }),
                .li(.a(.href(SiteURL.processingRegisterCSV(convention.id).path + query), .text(p(.exportCSV)))),
                .li(.a(.href(SiteURL.processingRegisterJSON(convention.id).path + query), .text(p(.exportJSON))))),
            .if(activities.isEmpty, .p(.text(p(.none))), else: .group(activities.map { activity in
                .section(
                    .h2(.text(activity.name)),
                    .dl(.class("facts"),
                        .dt(.text(p(.purposes))), .dd(.ul(.group(activity.purposes.map { .li(.text($0)) }))),
                        .dt(.text(p(.legalBasis))), .dd(.text(ProcessingPhrase.basis(activity.legalBasis, context.language))),
                        .dt(.text(activity.isJoint ? p(.jointControllers) : p(.controller))),
                        .dd(.ul(.group(activity.controllers.map { controller in
                            .li(.code(.text(controller.partyCode)), .text(controller.duties.map { " — " + $0 } ?? ""))
                        }))),
                        .dt(.text(p(.data))), .dd(.text(activity.dataCategories.joined(separator: ", "))),
                        .dt(.text(p(.persons))), .dd(.text(activity.personCategories.joined(separator: ", "))),
                        .dt(.text(p(.retention))), .dd(.text(activity.retention ?? "—")),
                        .dt(.text(p(.processors))), .dd(.text(activity.processors.isEmpty ? "—" : activity.processors.joined(separator: ", "))),
                        .dt(.text(p(.hosting))), .dd(.text(activity.hosting ?? "—")),
                        .dt(.text(p(.transfers))), .dd(.text(activity.transfers ?? "—")),
                        .dt(.text(p(.source))), .dd(.text(activity.source.section))))
            }))
        )
    }
}
