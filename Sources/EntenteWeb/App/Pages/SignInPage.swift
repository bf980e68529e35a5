import Plot
import Vapor

/// The sign-in form; in demo mode, the demo accounts and their password.
struct SignInPage {
    let context: PageContext
    let next: String
    let email: String
    let error: Phrase?
    /// Seconds before the next attempt is accepted, after too many failures.
    var retryAfter: Int? = nil
    let demoAccounts: [DemoAccounts.Account]

    func render() -> Response {
        Layout(context: context, title: context.t(.signIn)).render(
            .h1(.text(context.t(.signIn))),
            .unwrap(error) { error in
                .div(.class("alert"), .attribute(named: "role", value: "alert"), .p(.text(context.t(error) + (retryAfter.map { " " + Phrase.retryIn(seconds: $0, context.language) } ?? ""))))
            },
            .form(
                .class("sign-in"), .method(.post), .action(SiteURL.signIn.path),
                .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
                .input(.type(.hidden), .name("next"), .value(next)),
                .div(.class("field"),
                     .label(.for("email"), .text(context.t(.email))),
                     .input(.type(.email), .id("email"), .name("email"), .value(email),
                            .attribute(named: "autocomplete", value: "username"), .required(true))),
                .div(.class("field"),
                     .label(.for("password"), .text(context.t(.password))),
                     .input(.type(.password), .id("password"), .name("password"),
                            .attribute(named: "autocomplete", value: "current-password"), .required(true))),
                .button(.type(.submit), .text(context.t(.signInButton)))
            ),
            .if(context.demoMode && !demoAccounts.isEmpty, .section(
                .class("demo-accounts"),
                .h2(.text(context.t(.demoAccounts))),
                .p(.text(context.t(.demoAccountsHint))),
                .table(
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(context.t(.email))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t(.role))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t(.password))))),
                    .tbody(.group(demoAccounts.map { account in
                        .tr(.td(.code(.text(account.email))), .td(.text(context.label(account.role))),
                            .td(.code(.text(DemoAccounts.password))))
                    }))
                )
            ))
        )
    }
}
