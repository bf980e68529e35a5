import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// The import page: upload, dry run with the column mapping, confirmation. The uploaded file is kept
/// between the steps (`AssetImportStore`), for its uploader only.
enum AssetImportController {
    /// The largest file the page takes: 100,000 rows of a usual export fit in it.
    static let fileLimit = 32 * 1024 * 1024

    @Sendable static func form(_ request: Request) async throws -> Response {
        try requireImporter(request)
        return AssetImportPage(context: PageContext(request), model: .init()).render()
    }

    struct UploadForm: Content {
        var file: File?
        var match: String?
        var only_valid: String?
    }

    @Sendable static func upload(_ request: Request) async throws -> Response {
        let user = try requireImporter(request)
        let form = try request.content.decode(UploadForm.self)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return AssetImportPage(context: PageContext(request), model: .init(notice: .chooseAFile)).render(status: .unprocessableEntity)
        }
        let id = try await AssetImportStore(database: request.db).save(
            fileName: file.filename.isEmpty ? "import.csv" : file.filename, content: Data(file.data.readableBytesView),
            matchKey: form.match.flatMap(AssetMatchKey.init(rawValue:)) ?? .inventoryNumber, onlyValidRows: form.only_valid != nil,
            accountID: user.id, at: Instant(request.entente.now()))
        return request.redirect(to: SiteURL.inventoryImportReport(id).path, redirectType: .normal)
    }

    /// The dry run of the upload as it stands, or what it wrote once applied.
    @Sendable static func report(_ request: Request) async throws -> Response {
        let user = try requireImporter(request)
        let upload = try await upload(request, of: user)
        let notice: InventoryPhrase = upload.job != nil ? .importInBackground : upload.applied == nil ? .nothingWritten : .applied
        return try await render(request, upload, user: user, notice: notice)
    }

    /// `action=check`: keeps the mapping and options chosen and shows the dry run again;
    /// `action=apply`: plans again and writes, once.
    @Sendable static func act(_ request: Request) async throws -> Response {
        let user = try requireImporter(request)
        let upload = try await upload(request, of: user)
        let store = AssetImportStore(database: request.db)
        let action = request.content[String.self, at: "action"]
        if action == "check" {
            let layout = try? reader(of: upload).layout
            var overrides: [String: AssetField?] = [:]
            for (index, header) in (layout?.headers ?? []).enumerated() {
                let chosen = request.content[String.self, at: "column-\(index)"] ?? ""
                overrides[header] = .some(AssetField(rawValue: chosen))
            }
            try await store.choose(upload.id, matchKey: request.content[String.self, at: "match"].flatMap(AssetMatchKey.init(rawValue:))
                                       ?? upload.matchKey,
                                   onlyValidRows: request.content[String.self, at: "only_valid"] != nil, overrides: overrides)
            return request.redirect(to: SiteURL.inventoryImportReport(upload.id).path, redirectType: .normal)
        }
        guard action == "apply" else { throw Abort(.badRequest, reason: "action: check or apply") }
        guard upload.applied == nil, upload.job == nil else {
            return try await render(request, upload, user: user, notice: .alreadyApplied, status: .conflict)
        }
        let options = AssetImportOptions(matchKey: upload.matchKey, dryRun: false, onlyValidRows: upload.onlyValidRows)
        let editable = InventoryScope(user: user, environment: request.entente).editable
        let applied: Bool
        do {
            let dryRun = try await AssetImportRun.run(try reader(of: upload), options: options, environment: request.entente,
                                                      database: request.db, actor: user.email, editable: editable, writing: .nothing)
            guard dryRun.rejections.isEmpty || upload.onlyValidRows else {
                return try await render(request, upload, user: user, notice: .refusedRowsStop, status: .unprocessableEntity)
            }
            // A large import goes on in the background, slice by slice; the report page follows it.
            if dryRun.writes > AssetImportJob.batchSize {
                guard try await AssetImportStore(database: request.db).startJob(upload.id, total: dryRun.writes) else {
                    return try await render(request, upload, user: user, notice: .alreadyApplied, status: .conflict)
                }
                AssetImportJob.start(try reader(of: upload), options: options, uploadID: upload.id, application: request.application,
                                     editable: editable, actor: user.email)
                return request.redirect(to: SiteURL.inventoryImportReport(upload.id).path, redirectType: .normal)
            }
            let reader = try reader(of: upload)
            applied = try await request.db.transaction { database -> Bool in
                let report = try await AssetImportRun.run(reader, options: options, environment: request.entente, database: database,
                                                          actor: user.email, editable: editable, writing: .all)
                guard let written = report.applied else { return false }
                guard try await AssetImportStore(database: database).markApplied(
                    upload.id, created: written.created, updated: written.updated, at: Instant(request.entente.now())) else {
                    throw Abort(.conflict, reason: InventoryPhrase.alreadyApplied.text(PageContext(request).language))
                }
                return true
            }
        } catch is FileIssues {
            return try await render(request, upload, user: user, notice: .refusedRowsStop)
        } catch is AssetImportMissingColumns {
            return try await render(request, upload, user: user, notice: .refusedRowsStop)
        }
        guard applied else {
            return try await render(request, upload, user: user, notice: .refusedRowsStop, status: .unprocessableEntity)
        }
        return request.redirect(to: SiteURL.inventoryImportReport(upload.id).path, redirectType: .normal)
    }

    private static func render(_ request: Request, _ upload: AssetImportStore.Upload, user: SignedInUser, notice: InventoryPhrase,
                               status: HTTPStatus = .ok) async throws -> Response {
        var model = AssetImportPage.Model(upload: upload, notice: notice)
        do {
            let reader = try reader(of: upload)
            model.layout = reader.layout
            if upload.applied == nil, upload.job == nil {
                model.report = try await AssetImportRun.run(
                    reader, options: AssetImportOptions(matchKey: upload.matchKey, dryRun: true, onlyValidRows: upload.onlyValidRows),
                    environment: request.entente, database: request.db, actor: user.email,
                    editable: InventoryScope(user: user, environment: request.entente).editable, writing: .nothing)
            }
        } catch let issues as FileIssues {
            model.fileIssues = issues.issues
        } catch let missing as AssetImportMissingColumns {
            model.missingColumns = missing.fields
        }
        let failed = !model.fileIssues.isEmpty || !model.missingColumns.isEmpty
        return AssetImportPage(context: PageContext(request), model: model).render(status: failed ? .unprocessableEntity : status)
    }

    /// The uploaded file, read from its start with the columns the user chose.
    private static func reader(of upload: AssetImportStore.Upload) throws(FileIssues) -> AssetFileReader {
        try AssetFileReader(data: upload.content, name: upload.fileName, overrides: upload.overrides)
    }

    @discardableResult
    private static func requireImporter(_ request: Request) throws -> SignedInUser {
        let user = try request.requireUser()
        guard AssetAccess.canImport(user.viewer) else { throw Abort(.forbidden) }
        return user
    }

    private static func upload(_ request: Request, of user: SignedInUser) async throws -> AssetImportStore.Upload {
        guard let id = request.parameters.get("id", as: UUID.self),
              let upload = try await AssetImportStore(database: request.db).upload(id, of: user.id) else { throw Abort(.notFound) }
        return upload
    }
}
