import EntenteCore
import EntenteStorage
import Foundation
import Plot
import Vapor

struct AuditPage {
    let context: PageContext
    let entries: [AuditEntry]

    func render() -> Response {
        Layout(context: context, title: context.t(.audit)).render(
            .h1(.text(context.t(.audit))),
            .p(.text(context.t(.auditIntro))),
            AuditTable(context: context, entries: entries, caption: context.t(.audit)).node
        )
    }
}
