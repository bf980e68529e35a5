import EntenteCore
import Plot
import Vapor

/// The register of rights requests with where each stands against its deadline.
struct RightsRequestsPage {
    let context: PageContext
    let requests: [RightsRequest]
    let today: CalendarDate
    let canRecord: Bool

    private func r(_ phrase: RightsRequestPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        Layout(context: context, title: r(.register)).render(
            .p(.a(.href(SiteURL.breaches.path), .text("← " + BreachPhrase.register.text(context.language)))),
            .h1(.text(r(.register))),
            .p(.text(r(.registerIntro))),
            .ul(.class("actions"),
                .if(canRecord, .li(.a(.href(SiteURL.newRightsRequest.path), .text(r(.new))))),
                .li(.a(.href(SiteURL.rightsRequestsCSV.path), .text(r(.exportCSV))))),
            .if(requests.isEmpty, .p(.text(r(.none))), else: .table(
                .class("listing"),
                .thead(.tr(.group([r(.reference), r(.right), r(.requester), r(.receivedOn), r(.receivedBy), r(.handler), r(.lastDay),
                                   r(.standing)].map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
                .tbody(.group(requests.map { item in
                    let standing = item.standing(on: today)
                    let late: Bool = switch standing {
                    case .overdue: true
                    case .answered(let late): late
                    case .open: false
                    }
                    return .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.rightsRequest(item.id).path), .text(item.reference))),
                               .td(.text(RightsRequestPhrase.right(item.right, context.language))),
                               .td(.text(RightsRequestPhrase.requester(item.requester, context.language))),
                               .td(.text(item.receivedOn.description)),
                               .td(.code(.text(item.receivedBy))),
                               .td(.code(.text(([item.handlerCode] + item.contributorCodes).joined(separator: " + ")))),
                               .td(.text(item.lastDay.description)),
                               .td(.strong(.class(late ? "late" : "due"), .text(RightsRequestPhrase.standing(standing, context.language)))))
                }))))
        )
    }
}
