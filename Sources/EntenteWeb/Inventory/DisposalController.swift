import EntenteCore
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// Batches of retired devices leaving the park: the list, a new batch, a batch with its certificate.
enum DisposalController {
    /// A certificate is a scan or a PDF: the attachments' own limit.
    static let certificateLimit = 10 * 1024 * 1024 + 64 * 1024

    @Sendable static func list(_ request: Request) async throws -> Response {
        let scope = InventoryScope(user: try request.requireUser(), environment: request.entente)
        return DisposalsPage(context: PageContext(request), model: .init(
            batches: try await AssetStore(database: request.db).batches(of: scope.readable),
            canMake: scope.viewer.role != .observer)).render()
    }

    struct BatchForm: Content {
        var establishment: String
        var destination: String
        var recipient: String
        var devices: String
    }

    @Sendable static func make(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let scope = InventoryScope(user: user, environment: request.entente)
        let form = try request.content.decode(BatchForm.self, as: .urlEncodedForm)
        var model = DisposalsPage.Model(batches: try await AssetStore(database: request.db).batches(of: scope.readable), canMake: true,
                                        form: form)
        func refuse(_ refusal: DisposalBatch.Refusal) -> Response {
            model.refusal = refusal
            return DisposalsPage(context: PageContext(request), model: model).render(status: .unprocessableEntity)
        }
        guard let uai = try? UAI(form.establishment) else { return refuse(.unknownEstablishment(form.establishment)) }
        guard scope.canEdit(uai) else { throw Abort(.forbidden) }
        let recipient = form.recipient.trimmingCharacters(in: .whitespacesAndNewlines)
        guard recipient.count <= 200 else { throw Abort(.unprocessableEntity, reason: "recipient: 200 characters at most") }
        guard let destination = DisposalKind(rawValue: form.destination)?.destination(to: recipient) else {
            throw Abort(.badRequest, reason: "destination: " + DisposalKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let numbers = Array(Set(form.devices.split(whereSeparator: { $0.isNewline || $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
        guard numbers.count <= 1_000 else { throw Abort(.unprocessableEntity, reason: "1,000 devices at most per batch") }
        let store = AssetStore(database: request.db)
        var devices: [Asset] = [], unknown: [String] = []
        for number in numbers.sorted() {
            if let asset = try await store.asset(reference: number, in: uai) { devices.append(asset) } else { unknown.append(number) }
        }
        guard unknown.isEmpty else { return refuse(.unknownDevices(unknown)) }
        let today = request.entente.today
        let batched = try await store.batchedAssets(among: devices.map(\.id))
        let batch: DisposalBatch
        do throws(DisposalBatch.Refusal) {
            batch = try DisposalBatch.make(of: devices, establishment: uai, destination: destination, on: today, batched: batched)
        } catch {
            return refuse(error)
        }
        try await store.record(batch, devices: devices, lifecycle: .standard, actor: user.email, at: Instant(request.entente.now()))
        return request.redirect(to: SiteURL.disposal(batch.id).path, redirectType: .normal)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let (batch, scope) = try await readable(request)
        return DisposalPage(context: PageContext(request), batch: batch, canEdit: scope.canEdit(batch.establishment),
                            componentNames: InventoryController.componentNames(request.entente)).render()
    }

    struct CertificateForm: Content {
        var file: File?
    }

    @Sendable static func attach(_ request: Request) async throws -> Response {
        let (batch, scope) = try await readable(request)
        guard scope.canEdit(batch.establishment) else { throw Abort(.forbidden) }
        let language = PageContext(request).language
        guard let file = try request.content.decode(CertificateForm.self).file else {
            throw Abort(.unprocessableEntity, reason: DisposalPhrase.chooseAFile.text(language))
        }
        let content = Data(file.data.readableBytesView)
        do {
            let accepted = try AttachmentPolicy.standard.check(fileName: file.filename, content: content, existingCount: 0)
            try await AssetStore(database: request.db).attachCertificate(to: batch.id, fileName: accepted.fileName,
                                                                         mediaType: accepted.mediaType, content: content)
        } catch let refusal as AttachmentRefusal {
            throw Abort(AttachmentText.status(of: refusal), reason: AttachmentText.message(refusal, fileName: file.filename, language))
        }
        return request.redirect(to: SiteURL.disposal(batch.id).path, redirectType: .normal)
    }

    @Sendable static func download(_ request: Request) async throws -> Response {
        let (batch, _) = try await readable(request)
        guard let (certificate, content) = try await AssetStore(database: request.db).certificate(of: batch.id) else {
            throw Abort(.notFound)
        }
        return AttachmentDownload.response(fileName: certificate.fileName, mediaType: certificate.mediaType, content: content)
    }

    private static func readable(_ request: Request) async throws -> (DisposalBatch, InventoryScope) {
        let scope = InventoryScope(user: try request.requireUser(), environment: request.entente)
        guard let id = request.parameters.get("id", as: UUID.self), let batch = try await AssetStore(database: request.db).batch(id),
              scope.canRead(batch.establishment) else { throw Abort(.notFound) }
        return (batch, scope)
    }
}
