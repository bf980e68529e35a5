import EntenteCore
import EntenteStorage
import Foundation
import Plot

/// Audit entries as a table: when, who, what, on what, before and after. Long values (a whole
/// convention document) are cut on the page; the trail keeps them whole.
struct AuditTable {
    let context: PageContext
    let entries: [AuditEntry]
    let caption: String
    /// The audit page lists every subject; a ticket's own trail needs no subject column.
    var showsSubject = true

    static let shownLength = 160

    var node: Node<HTML.BodyContext> {
        let columns: [Phrase] = showsSubject ? [.when, .actor, .action, .subject, .before, .after]
            : [.when, .actor, .action, .before, .after]
        return .table(
            .class("listing audit"),
            .caption(.text(caption)),
            .thead(.tr(.group(columns.map { .th(.attribute(named: "scope", value: "col"), .text(context.t($0))) }))),
            .tbody(.group(entries.map(row)))
        )
    }

    private func row(_ entry: AuditEntry) -> Node<HTML.TableContext> {
        .tr(
            .td(.time(.attribute(named: "datetime", value: ISO8601DateFormatter().string(from: entry.at.date)),
                      .text(ClockText.dateTime(entry.at, context)))),
            .td(.text(entry.actor)),
            .td(.code(.text(entry.recordedAction))),
            .if(showsSubject, .td(.text(entry.subject))),
            .td(.text(Self.shown(entry.before))),
            .td(.text(Self.shown(entry.after)))
        )
    }

    static func shown(_ value: String?) -> String {
        guard let value else { return "" }
        return value.count <= shownLength ? value : String(value.prefix(shownLength)) + " …"
    }
}
