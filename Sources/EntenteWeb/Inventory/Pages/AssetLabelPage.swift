import EntenteCore
import Plot
import Vapor

/// A device's label, ready to print: its inventory number, establishment and component, and the QR code of
/// its intake link with the link written under it (for whoever cannot scan).
struct AssetLabelPage {
    let context: PageContext
    let asset: Asset
    let link: String
    let code: QRCode

    private func t(_ phrase: InventoryPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        let details = asset.details
        let side = String(code.size + 8)
        return Layout(context: context, title: t(.label) + " — " + details.inventoryNumber).render(
            .p(.class("no-print"), .a(.href(SiteURL.asset(asset.id).path), .text("← " + details.inventoryNumber))),
            .h1(.text(t(.label))),
            .p(.class("no-print"), .text(t(.labelIntro))),
            .div(.class("asset-label"),
                 .element(named: "svg", nodes: [
                     .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
                     .attribute(named: "viewBox", value: "0 0 \(side) \(side)"),
                     .attribute(named: "width", value: "192"), .attribute(named: "height", value: "192"),
                     .attribute(named: "role", value: "img"), .attribute(named: "aria-label", value: t(.labelCode)),
                     .element(named: "rect", nodes: [.attribute(named: "width", value: side), .attribute(named: "height", value: side),
                                                     .attribute(named: "fill", value: "#fff")]),
                     .element(named: "path", nodes: [.attribute(named: "d", value: code.pathData), .attribute(named: "fill", value: "#000")]),
                 ]),
                 .p(.strong(.text(details.inventoryNumber))),
                 .p(.text(details.establishment.value + " — " + details.componentID)),
                 .p(.class("label-link"), .text(link)))
        )
    }
}
