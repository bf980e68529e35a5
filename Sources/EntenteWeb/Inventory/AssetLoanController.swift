import EntenteCore
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// Lending a device, recording a guardian's agreement, ending a loan, allocating a batch to a class.
enum AssetLoanController {
    struct LendForm: Content {
        var holder_kind: String
        var holder_name: String?
        var class_name: String?
        var adult: String?
        var started_on: String
        var expected_return_on: String?
    }

    @Sendable static func lend(_ request: Request) async throws -> Response {
        let (asset, scope) = try await InventoryController.readable(request)
        guard scope.canEdit(asset.details.establishment) else { throw Abort(.forbidden) }
        let form = try request.content.decode(LendForm.self, as: .urlEncodedForm)
        let store = AssetStore(database: request.db)
        let name = text(form.holder_name)
        let holder: AssetLoan.Holder
        switch form.holder_kind {
        case "pupil": holder = .pupil(name: name ?? "", className: text(form.class_name), adult: form.adult != nil)
        case "staff": holder = .staff(name: name ?? "")
        case "class": holder = .schoolClass(text(form.class_name) ?? name ?? "")
        case "cart":
            let cart = try await store.list(AssetFilter(establishment: asset.details.establishment, text: name ?? ""), limit: 50).assets
                .first { $0.details.inventoryNumber == name }
            guard let cart else {
                return try await InventoryController.page(request, asset, canEdit: true, refusal: .invalidCart)
            }
            holder = .cart(cart.id)
        default: throw Abort(.badRequest, reason: "holder_kind: pupil, staff, class or cart")
        }
        guard let startedOn = CalendarDate(iso: form.started_on) else { throw Abort(.badRequest, reason: "started_on: YYYY-MM-DD") }
        var expected: CalendarDate?
        if let text = text(form.expected_return_on) {
            guard let day = CalendarDate(iso: text) else { throw Abort(.badRequest, reason: "expected_return_on: YYYY-MM-DD") }
            expected = day
        }
        let user = try request.requireUser()
        do {
            try await store.lend([(asset, AssetLoan(assetID: asset.id, holder: holder, startedOn: startedOn, expectedReturnOn: expected))],
                                 lifecycle: .standard, actor: user.email, at: Instant(request.entente.now()))
        } catch let refusal as AssetLending.Refusal {
            return try await InventoryController.page(request, asset, canEdit: true, refusal: refusal)
        }
        return request.redirect(to: SiteURL.asset(asset.id).path + "#prets", redirectType: .normal)
    }

    struct AgreementForm: Content {
        var guardian_name: String
        var accepted_on: String
        var text_version: String
    }

    @Sendable static func recordAgreement(_ request: Request) async throws -> Response {
        let (loan, asset) = try await editableLoan(request)
        let form = try request.content.decode(AgreementForm.self, as: .urlEncodedForm)
        guard let guardian = text(form.guardian_name), let version = text(form.text_version),
              let day = CalendarDate(iso: form.accepted_on), guardian.count <= 200, version.count <= 100 else {
            throw Abort(.unprocessableEntity, reason: "guardian_name, accepted_on (YYYY-MM-DD) and text_version are required")
        }
        do {
            try await AssetStore(database: request.db).recordAgreement(
                AssetLoan.Agreement(guardianName: guardian, acceptedOn: day, textVersion: version), of: loan.id)
        } catch let refusal as AssetLending.Refusal {
            return try await InventoryController.page(request, asset, canEdit: true, refusal: refusal)
        }
        return request.redirect(to: SiteURL.asset(asset.id).path + "#prets", redirectType: .normal)
    }

    struct EndForm: Content {
        var ending: String
        var ended_on: String
        var end_note: String?
    }

    @Sendable static func end(_ request: Request) async throws -> Response {
        let (loan, asset) = try await editableLoan(request)
        let form = try request.content.decode(EndForm.self, as: .urlEncodedForm)
        guard let kind = AssetLoan.Ending(rawValue: form.ending) else {
            throw Abort(.badRequest, reason: "ending: " + AssetLoan.Ending.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let day = CalendarDate(iso: form.ended_on) else { throw Abort(.badRequest, reason: "ended_on: YYYY-MM-DD") }
        let note = text(form.end_note)
        guard (note?.count ?? 0) <= 500 else { throw Abort(.unprocessableEntity, reason: "end_note: 500 characters at most") }
        do {
            try await AssetStore(database: request.db).end(loan: loan.id, with: AssetLoan.End(kind: kind, on: day, note: note),
                                                           lifecycle: .standard, actor: try request.requireUser().email,
                                                           at: Instant(request.entente.now()))
        } catch let refusal as AssetLending.Refusal {
            return try await InventoryController.page(request, asset, canEdit: true, refusal: refusal)
        } catch AssetStore.Failure.transitionRefused(let from, let to) {
            throw Abort(.conflict, reason: "\(from) → \(to)")
        }
        return request.redirect(to: SiteURL.asset(asset.id).path + "#prets", redirectType: .normal)
    }

    // MARK: Batch allocation

    @Sendable static func allocationForm(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard user.role != .observer else { throw Abort(.forbidden) }
        return AllocationPage(context: PageContext(request), model: .init(
            establishment: user.establishmentUAI ?? "", components: InventoryController.componentNames(request.entente))).render()
    }

    struct AllocationForm: Content {
        var establishment: String
        var component: String
        var class_name: String
        var pupils: String
    }

    @Sendable static func allocate(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let scope = InventoryScope(user: user, environment: request.entente)
        let form = try request.content.decode(AllocationForm.self, as: .urlEncodedForm)
        var model = AllocationPage.Model(establishment: form.establishment, component: form.component, className: form.class_name,
                                         pupils: form.pupils, components: InventoryController.componentNames(request.entente))
        let uai: UAI
        do { uai = try UAI(form.establishment) } catch {
            model.problem = .establishment
            return AllocationPage(context: PageContext(request), model: model).render(status: .unprocessableEntity)
        }
        guard scope.canEdit(uai) else { throw Abort(.forbidden) }
        let pupils = form.pupils.split(whereSeparator: \.isNewline).map(String.init)
        guard pupils.count <= 60, form.class_name.count <= 50 else { throw Abort(.unprocessableEntity, reason: "60 pupils at most") }
        let store = AssetStore(database: request.db)
        let devices = try await store.list(AssetFilter(establishment: uai, componentID: form.component), limit: 5_000).assets
        let today = request.entente.today
        do {
            let lent = Set(try await store.openLoans(of: devices.map(\.id)).keys)
            let pairs = try AssetLending.allocate(devices, lent: lent, to: pupils, className: form.class_name, lifecycle: .standard)
            try await store.lend(pairs.map { ($0.asset, AssetLoan(assetID: $0.asset.id, holder: $0.holder, startedOn: today)) },
                                 lifecycle: .standard, actor: user.email, at: Instant(request.entente.now()))
            model.allocated = pairs.map { ($0.asset, $0.holder) }
        } catch let refusal as AssetLending.Refusal {
            model.refusal = refusal
            return AllocationPage(context: PageContext(request), model: model).render(status: .unprocessableEntity)
        }
        return AllocationPage(context: PageContext(request), model: model).render()
    }

    struct SchoolingEndForm: Content {
        var establishment: String
        var class_name: String
        var end: String
    }

    /// The end of schooling of a class: each pupil's open loan ends as the programme says (returned
    /// when leaving, given at the end of the cycle), all in one transaction.
    @Sendable static func endSchooling(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let scope = InventoryScope(user: user, environment: request.entente)
        let form = try request.content.decode(SchoolingEndForm.self, as: .urlEncodedForm)
        guard let uai = try? UAI(form.establishment) else { throw Abort(.unprocessableEntity, reason: "establishment: a UAI") }
        guard scope.canEdit(uai) else { throw Abort(.forbidden) }
        guard let end = AssetLending.SchoolingEnd(rawValue: form.end) else {
            throw Abort(.badRequest, reason: "end: " + AssetLending.SchoolingEnd.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let className = form.class_name.trimmingCharacters(in: .whitespaces)
        let today = request.entente.today
        let now = Instant(request.entente.now())
        let language = PageContext(request).language
        let ended = try await request.db.transaction { database -> Int in
            let store = AssetStore(database: database)
            let loans = try await store.openPupilLoans(ofClass: className, in: uai)
            for loan in loans {
                try await store.end(loan: loan.id, with: AssetLoan.End(kind: AssetLending.ending(for: end), on: max(today, loan.startedOn),
                                                                      note: end.text(language)),
                                    lifecycle: .standard, actor: user.email, at: now)
            }
            return loans.count
        }
        var model = AllocationPage.Model(establishment: uai.value, className: className,
                                         components: InventoryController.componentNames(request.entente))
        model.ended = ended
        return AllocationPage(context: PageContext(request), model: model).render()
    }

    /// The loan of the path and its asset, if the user may change the asset's inventory.
    private static func editableLoan(_ request: Request) async throws -> (AssetLoan, Asset) {
        let scope = InventoryScope(user: try request.requireUser(), environment: request.entente)
        let store = AssetStore(database: request.db)
        guard let id = request.parameters.get("id", as: UUID.self),
              let loan = try await store.loan(id), let asset = try await store.asset(loan.assetID),
              scope.canRead(asset.details.establishment) else { throw Abort(.notFound) }
        guard scope.canEdit(asset.details.establishment) else { throw Abort(.forbidden) }
        return (loan, asset)
    }

    private static func text(_ value: String?) -> String? {
        value?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
    }
}
