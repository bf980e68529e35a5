import EntenteCore
import EntenteStorage
import Foundation
import Plot
import Vapor

/// The user's notifications, newest first: what happened to which ticket, a link to it, and a form
/// to mark each (or all) read.
struct NotificationsPage {
    let context: PageContext
    let notifications: [TicketNotification]

    private func phrase(_ phrase: NotificationPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        let unread = notifications.filter { $0.readAt == nil }.count
        return Layout(context: context, title: phrase(.notifications)).render(
            .h1(.text(phrase(.notifications))),
            .if(unread > 0, .form(
                .class("inline"), .method(.post), .action(SiteURL.notificationsReadAll.path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .button(.type(.submit), .text(phrase(.markAllRead)))
            )),
            .if(notifications.isEmpty, .p(.text(phrase(.none))), else: .table(
                .class("listing notifications"),
                .caption(.text(NotificationPhrase.navigation(unread: unread, context.language))),
                .thead(.tr(.group([NotificationPhrase.when, .ticket, .what, .read].map {
                    .th(.attribute(named: "scope", value: "col"), .text(phrase($0)))
                }))),
                .tbody(.group(notifications.map(row)))
            ))
        )
    }

    private func row(_ notification: TicketNotification) -> Node<HTML.TableContext> {
        let isUnread = notification.readAt == nil
        return .tr(
            .class(isUnread ? "unread" : "read"),
            .td(.time(.text(ClockText.dateTime(notification.createdAt, context)))),
            .th(.attribute(named: "scope", value: "row"),
                .a(.href(SiteURL.ticket(notification.ticketID).path),
                   .text("\(notification.ticketReference) — \(notification.ticketTitle)"))),
            .td(.text(NotificationPhrase.sentence(notification, context))),
            .td(isUnread
                ? .form(.class("inline"), .method(.post), .action(SiteURL.notificationRead(notification.id).path),
                        .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                        .button(.type(.submit), .text(phrase(.markRead)),
                                .attribute(named: "aria-label",
                                           value: "\(phrase(.markRead)) : \(notification.ticketReference)")))
                : .text(phrase(.read)))
        )
    }
}
