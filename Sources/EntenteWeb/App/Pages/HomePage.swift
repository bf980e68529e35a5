import Plot
import Vapor

struct HomePage {
    struct Model {
        var conventions: Int
        var establishments: Int
        var partners: Int
    }

    let context: PageContext
    let model: Model

    func render() -> Response {
        Layout(context: context, title: context.t(.homeTitle)).render(
            .h1(.text(context.t(.homeTitle))),
            .p(.text(context.t(.homeIntro))),
            .ul(.class("figures"),
                figure(model.conventions, .conventionCount, .conventions),
                figure(model.establishments, .establishmentCount, .establishments),
                figure(model.partners, .partnerCount, .partners))
        )
    }

    private func figure(_ value: Int, _ phrase: Phrase, _ url: SiteURL) -> Node<HTML.ListContext> {
        .li(.a(.href(url.path), .strong(.text(String(value))), .text(" " + context.t(phrase))))
    }
}
