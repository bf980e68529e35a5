import EntenteCore
import Foundation
import Plot
import Vapor

/// One asset: what it is, where, who funded it, its status with the moves the lifecycle allows, its history.
struct AssetPage {
    struct Model {
        var asset: Asset
        var componentName: String?
        var establishmentName: String?
        var history: [AssetEvent]
        var canEdit: Bool
        /// Shown above the asset: why the last change was not made.
        var notice: InventoryPhrase?
        var loans: [AssetLoan] = []
        /// Carts' inventory numbers, by id, for the loans placed in one.
        var cartNames: [UUID: String] = [:]
        var today: CalendarDate
        /// A loan refused, said above the forms.
        var refusal: AssetLending.Refusal?
        /// The tickets about this device (all statuses, most urgent first).
        var tickets: [Ticket] = []
    }

    let context: PageContext
    let model: Model

    private func t(_ phrase: InventoryPhrase) -> String { phrase.text(context.language) }
    private func status(_ id: String) -> String { InventoryPhrase.status(id, in: .standard, context.language) }

    func render() -> Response {
        let details = model.asset.details
        let title = "\(details.inventoryNumber) — \(model.componentName ?? details.componentID)"
        return Layout(context: context, title: title).render(
            .p(.a(.href(SiteURL.inventory.path), .text("← " + t(.assets)))),
            .h1(.text(title)),
            .unwrap(model.notice) { .div(.class("notice"), .attribute(named: "role", value: "alert"), .p(.text(t($0)))) },
            .unwrap(model.refusal) { .div(.class("field-error"), .attribute(named: "role", value: "alert"), .p(.text($0.text(context.language)))) },
            .dl(
                .class("facts"),
                row(.status, status(model.asset.status) + " — " + t(.statusSince) + " "
                    + ClockText.dateTime(model.asset.statusSince, context)),
                row(.establishment, [details.establishment.value, model.establishmentName].compactMap { $0 }.joined(separator: " — ")),
                row(.component, model.componentName ?? details.componentID),
                row(.model, details.model),
                row(.serialNumber, details.serialNumber),
                row(.zone, details.zone.map { DeskPhrase.zone($0, context.language) }),
                row(.location, [details.building, details.room].compactMap { $0 }.joined(separator: " / ").nonEmpty),
                row(.funding, InventoryPhrase.funding(details.funding, context.language)),
                row(.acquiredOn, details.acquiredOn?.description),
                row(.condition, details.condition.map { InventoryPhrase.condition($0, context.language) }),
                row(.price, details.price.map { InventoryPhrase.money($0, context.language) }),
                row(.warrantyEndsOn, details.warrantyEndsOn?.description),
                row(.endOfLifeOn, details.endOfLifeOn?.description)
            ),
            .if(context.user?.role != .observer,
                .p(.a(.class("button"), .href(SiteURL.newTicket.path + "?asset=" + model.asset.id.uuidString.lowercased()),
                      .text(t(.reportProblem))), .text(" "), .a(.href(SiteURL.assetLabel(model.asset.id).path), .text(t(.label))))),
            model.canEdit ? statusForm : .p(.class("notice"), .text(t(.readOnly))),
            loansSection,
            .h2(.text(t(.tickets))),
            .if(model.tickets.isEmpty, .p(.text(t(.noTickets))), else: .ul(.group(model.tickets.map { ticket in
                .li(.a(.href(SiteURL.ticket(ticket.id).path), .text("\(ticket.reference) — \(ticket.title)")),
                    .text(" — " + context.label(ticket.status)))
            }))),
            .h2(.text(t(.history))),
            .ol(.class("history"), .group(model.history.reversed().map { event in
                .li(.text(ClockText.dateTime(event.at, context) + " — " + event.actor + " — " + describe(event.fact)))
            }))
        )
    }

    private func row(_ label: InventoryPhrase, _ value: String?) -> Node<HTML.DescriptionListContext> {
        .group(.dt(.text(t(label))), .dd(.text(value ?? "—")))
    }

    private var statusForm: Node<HTML.BodyContext> {
        let next = AssetLifecycle.standard.next(after: model.asset.status)
        guard !next.isEmpty else { return .p(.text(t(.noMoveAllowed))) }
        return .form(
            .method(.post), .action(SiteURL.assetStatus(model.asset.id).path),
            .h2(.text(t(.changeStatus))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .input(.type(.hidden), .name("version"), .value(String(model.asset.version))),
            .div(.class("field"), .label(.for("status"), .text(t(.newStatus))),
                 .select(.id("status"), .attribute(named: "name", value: "status"),
                         .group(next.map { FormOption.node($0.id, status($0.id), selected: false) }))),
            .div(.class("field"), .label(.for("note"), .text(t(.note))),
                 .input(.type(.text), .id("note"), .name("note"), .attribute(named: "maxlength", value: "500"))),
            .button(.type(.submit), .text(t(.move)))
        )
    }

    private func describe(_ fact: AssetEvent.Fact) -> String {
        switch fact {
        case .created(let initial, let importID):
            t(importID == nil ? .enteredByHand : .enteredByImport) + " — " + status(initial)
        case .updated(let fields, let importID):
            t(importID == nil ? .changedByHand : .changedByImport) + context.colon + fields.map { $0.text(context.language) }.joined(separator: ", ")
        case .statusChanged(let from, let to, let note):
            "\(status(from)) → \(status(to))" + (note.map { " — \($0)" } ?? "")
        case .loanStarted(let loanID):
            l(.lend) + (model.loans.first { $0.id == loanID }.map { " — " + LoanPhrase.holder($0.holder, cartNames: model.cartNames, context.language) } ?? "")
        case .loanEnded(_, let ending):
            l(.endLoan) + " — " + ending.text(context.language)
        }
    }
}
