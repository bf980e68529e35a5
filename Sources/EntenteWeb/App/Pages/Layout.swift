import EntenteCore
import Plot
import Vapor

/// The one page layout: skip link, header with navigation and language switch, main, footer.
struct Layout {
    let context: PageContext
    let title: String

    func render(_ content: Node<HTML.BodyContext>...) -> Response {
        let html = HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) — Entente"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path))
            ),
            .body(
                .a(.class("skip-link"), .href("#contenu"), .text(context.t(.skipToContent))),
                header,
                .main(.id("contenu"), .attribute(named: "tabindex", value: "-1"), .group(content)),
                .footer(.class("site-footer"), .p(.text("Entente — \(context.t(.appTagline))")))
            )
        )
        let response = Response(status: .ok, body: .init(string: html.render()))
        response.headers.contentType = .html
        return response
    }

    private var header: Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .p(.class("brand"), .a(.href(SiteURL.home.path), .text("Entente"))),
            .unwrap(context.user) { user in
                .nav(
                    .attribute(named: "aria-label", value: context.t(.mainNavigation)),
                    .ul(.group(navigation(for: user).map { item in
                        .li(.a(.href(item.url.path), .text(item.label),
                               .if(isCurrent(item.url), .attribute(named: "aria-current", value: "page"))))
                    }))
                )
            },
            .div(
                .class("header-tools"),
                languageSwitch,
                .unwrap(context.user) { user in
                    .form(
                        .class("sign-out"), .method(.post), .action(SiteURL.signOut.path),
                        .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                        .span(.class("user"), .text("\(context.t(.signedInAs)) \(user.displayName) (\(context.label(user.role)))")),
                        .button(.type(.submit), .text(context.t(.signOut)))
                    )
                }
            )
        )
    }

    private var languageSwitch: Node<HTML.BodyContext> {
        let other = context.language.other
        return .form(
            .class("language-switch"), .method(.post), .action(SiteURL.language.path),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .input(.type(.hidden), .name("language"), .value(other.rawValue)),
            .input(.type(.hidden), .name("back"), .value(context.path)),
            .button(.type(.submit), .attribute(named: "lang", value: other.rawValue),
                    .attribute(named: "title", value: context.t(.languageSwitch)),
                    .text(other.endonym))
        )
    }

    private func navigation(for user: SignedInUser) -> [(url: SiteURL, label: String)] {
        var items: [(SiteURL, String)] = [(.home, context.t(.home)), (.tickets, context.desk(.tickets)),
                                          (.statistics, StatisticsPhrase.navigation.text(context.language)),
                                          (.inventory, InventoryPhrase.navigation.text(context.language)),
                                          (.breaches, BreachPhrase.navigation.text(context.language)),
                                          (.governance, GovernancePhrase.navigation.text(context.language)),
                                          (.conventions, context.t(.conventions)),
                                          (.establishments, context.t(.establishments)), (.partners, context.t(.partners))]
        if Routes.auditRoles.contains(user.role) { items.append((.audit, context.t(.audit))) }
        items.append((.notifications, NotificationPhrase.navigation(unread: context.unreadNotifications, context.language)))
        return items
    }

    private func isCurrent(_ url: SiteURL) -> Bool {
        url == .home ? context.path == "/" : context.path.hasPrefix(url.path)
    }
}
