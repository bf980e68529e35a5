import EntenteCore
import EntenteFiles
import EntenteStorage
import Plot
import Vapor

/// Importing a file: the upload form, then the dry run's report with the column mapping, and the
/// confirmation that writes it.
struct AssetImportPage {
    struct Model {
        /// Nil before a file is sent.
        var upload: AssetImportStore.Upload?
        /// What was found of the file, when it could be read.
        var layout: AssetFileLayout?
        var report: AssetImportReport?
        /// Why the file could not be read at all.
        var fileIssues: [FileIssue] = []
        var missingColumns: [AssetField] = []
        var notice: InventoryPhrase?
    }

    let context: PageContext
    let model: Model

    private func t(_ phrase: InventoryPhrase) -> String { phrase.text(context.language) }

    func render(status: HTTPStatus = .ok) -> Response {
        let response = Layout(context: context, title: t(.importAssets)).render(
            .p(.a(.href(SiteURL.inventory.path), .text("← " + t(.assets)))),
            .h1(.text(t(.importAssets))),
            .unwrap(model.notice) { .div(.class("notice"), .attribute(named: "role", value: "alert"), .p(.text(t($0)))) },
            .if(!model.fileIssues.isEmpty, .div(.class("field-error"), .attribute(named: "role", value: "alert"),
                                                .ul(.group(model.fileIssues.map { .li(.text("\(t(.line)) \($0.line)\(context.colon)\($0.message) — \($0.fix)")) })))),
            .if(!model.missingColumns.isEmpty, .div(
                .class("field-error"), .attribute(named: "role", value: "alert"),
                .p(.text(t(.missingColumns) + context.colon + model.missingColumns.map { $0.text(context.language) }.joined(separator: ", "))))),
            .unwrap(model.upload?.job) { job($0) },
            .unwrap(model.report) { report($0) },
            .unwrap(model.upload) { upload in .unwrap(model.layout) { mappingForm(upload, $0) } },
            .if(model.upload == nil, uploadForm)
        )
        response.status = status
        return response
    }

    /// An import applied in the background: where it stands, and what to do when it stopped.
    private func job(_ job: AssetImportStore.Job) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "progression"),
            .h2(.id("progression"), .text(t(.progress))),
            .p(.attribute(named: "role", value: "status"),
               .text("\(job.state.text(context.language)) — \(job.done) / \(job.total) \(t(.rowsWritten))")),
            .element(named: "progress", nodes: [.attribute(named: "value", value: String(job.done)),
                                                .attribute(named: "max", value: String(max(job.total, 1))),
                                                .attribute(named: "aria-labelledby", value: "progression"),
                                                .text("\(job.done) / \(job.total)")]),
            .unwrap(job.message) { .p(.text($0)) },
            .if(job.state == .failed || job.state == .interrupted, .p(.text(t(.resumeByImportingAgain)))),
            .if(job.state == .running, .p(.a(.href(context.path), .text(t(.refresh)))))
        )
    }

    private var uploadForm: Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.inventoryImport.path), .enctype(.multipartData),
            .p(.text(t(.importIntro))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .div(.class("field"), .label(.for("file"), .text(t(.file))),
                 .input(.type(.file), .id("file"), .name("file"), .required(true), .attribute(named: "accept", value: ".csv,text/csv"))),
            matchKeyField(.inventoryNumber),
            onlyValidField(false),
            .button(.type(.submit), .text(t(.check)))
        )
    }

    private func matchKeyField(_ selected: AssetMatchKey) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for("match"), .text(t(.matchKey))),
             .select(.id("match"), .attribute(named: "name", value: "match"),
                     .group(AssetMatchKey.allCases.map { FormOption.node($0.rawValue, $0.text(context.language), selected: $0 == selected) })))
    }

    private func onlyValidField(_ checked: Bool) -> Node<HTML.FormContext> {
        .div(.class("field checkbox"),
             .input(.type(.checkbox), .id("only_valid"), .name("only_valid"), .value("1"), .checked(checked)),
             .label(.for("only_valid"), .text(t(.onlyValidRows))))
    }

    private func report(_ report: AssetImportReport) -> Node<HTML.BodyContext> {
        let headerOf = Dictionary(zip(report.layout.mapping, report.layout.headers).compactMap { field, header in field.map { ($0, header) } },
                                  uniquingKeysWith: { first, _ in first })
        return .section(
            .attribute(named: "aria-labelledby", value: "summary"),
            .h2(.id("summary"), .text(model.upload?.fileName ?? "")),
            .p(.text("\(t(.detected))\(context.colon)\(report.layout.encoding.rawValue), « \(report.layout.separator) »")),
            .div(.attribute(named: "role", value: "status"),
                 .ul(.class("import-summary"),
                     .li(.strong(.text("\(report.created)")), .text(" " + t(.toCreate))),
                     .li(.strong(.text("\(report.updated)")), .text(" " + t(.toUpdate))),
                     .li(.strong(.text("\(report.unchanged)")), .text(" " + t(.unchanged))),
                     .li(.strong(.text("\(report.rejectedLines)")), .text(" " + t(.refused))))),
            .if(!report.rejections.isEmpty, .table(
                .class("listing"),
                .caption(.text(t(.refused))),
                .thead(.tr(.group([InventoryPhrase.line, .field, .problem].map { .th(.attribute(named: "scope", value: "col"), .text(t($0))) }))),
                .tbody(.group(report.rejections.prefix(1_000).map { rejection in
                    .tr(.td(.text(String(rejection.line))),
                        .td(.text(rejection.field.map { headerOf[$0] ?? $0.text(context.language) } ?? "—")),
                        .td(.text(rejection.problem.text(context.language))))
                })))),
            confirmation(report)
        )
    }

    private func confirmation(_ report: AssetImportReport) -> Node<HTML.BodyContext> {
        guard let upload = model.upload, upload.applied == nil, report.writes > 0 else { return .empty }
        guard report.rejections.isEmpty || upload.onlyValidRows else { return .p(.class("notice"), .text(t(.refusedRowsStop))) }
        return .form(
            .method(.post), .action(SiteURL.inventoryImportReport(upload.id).path),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .input(.type(.hidden), .name("action"), .value("apply")),
            .button(.type(.submit), .class("primary"), .text(t(.apply)))
        )
    }

    /// One select per header of the file, then the matching key and the partial-import choice.
    private func mappingForm(_ upload: AssetImportStore.Upload, _ layout: AssetFileLayout) -> Node<HTML.BodyContext> {
        guard upload.applied == nil else { return .empty }
        let (headers, mapping) = (layout.headers, layout.mapping)
        return .form(
            .method(.post), .action(SiteURL.inventoryImportReport(upload.id).path),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .input(.type(.hidden), .name("action"), .value("check")),
            .fieldset(
                .element(named: "legend", nodes: [.text(t(.columnMapping))]),
                .group(headers.enumerated().map { index, header in
                    .div(.class("field"), .label(.for("column-\(index)"), .text(header)),
                         .select(.id("column-\(index)"), .attribute(named: "name", value: "column-\(index)"),
                                 .group([FormOption.node("", t(.leftAside), selected: mapping[index] == nil)]
                                     + AssetField.allCases.map { field in
                                         FormOption.node(field.rawValue, field.text(context.language), selected: mapping[index] == field)
                                     })))
                })
            ),
            matchKeyField(upload.matchKey),
            onlyValidField(upload.onlyValidRows),
            .button(.type(.submit), .text(t(.check)))
        )
    }
}
