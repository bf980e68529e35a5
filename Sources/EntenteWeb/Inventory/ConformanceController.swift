import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// The equipment's conformance to the référentiel: every establishment of the user's scope with its
/// percentage, or one establishment line by line with the modulations agreed for it.
enum ConformanceController {
    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let scope = InventoryScope(user: user, environment: request.entente)
        var establishments = scope.readable
        var focus: Establishment?
        let directory = try await TerritoryStore(database: request.db).establishments(matching: nil, limit: .max)
        if let text = request.query[String.self, at: "establishment"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let uai = try? UAI(text), scope.canRead(uai), let establishment = directory.first(where: { $0.uai == uai }) else {
                throw Abort(.notFound)
            }
            (focus, establishments) = (establishment, [uai])
        }
        let inScope = directory.filter { establishments?.contains($0.uai) ?? true }
        let figures = try await AssetStore(database: request.db).indicatorsByEstablishment(
            establishments, on: request.entente.today, lifecycle: .standard)
        let evaluations = try await evaluate(inScope, figures: figures, environment: request.entente, database: request.db)
        return ConformancePage(context: PageContext(request), model: .init(
            evaluations: evaluations, focus: focus,
            percentage: EquipmentConformance.percentage(of: evaluations.map(\.conformance)),
            componentNames: InventoryController.componentNames(request.entente),
            canModulate: focus.map { AssetAccess.canModulate(user.viewer, collectivity: $0.collectivityCode) } ?? false,
            today: request.entente.today)).render()
    }

    /// Each establishment covered by a convention with a référentiel, evaluated against it from its figures.
    static func evaluate(_ establishments: [Establishment], figures: [UAI: InventoryIndicators], environment: EntenteApp.Environment,
                         database: any Database) async throws -> [ConformancePage.Evaluation] {
        let conventions = environment.conventions.values.sorted { $0.id < $1.id }
        let standards = Dictionary(environment.territory.equipmentStandards.map { ($0.conventionID, $0) }, uniquingKeysWith: { first, _ in first })
        let covered = establishments.compactMap { establishment -> (Establishment, EquipmentStandard)? in
            guard let convention = conventions.first(where: { $0.covers(establishment) }), let standard = standards[convention.id] else { return nil }
            return (establishment, standard)
        }
        guard !covered.isEmpty else { return [] }
        let uais = Set(covered.map(\.0.uai))
        let modulations = try await AssetStore(database: database).modulations(of: uais)
        // Least conformant first (those without a judged line last), each percentage computed once.
        return covered.map { establishment, standard in
            let evaluation = ConformancePage.Evaluation(establishment: establishment, standard: standard, conformance: EquipmentConformance.evaluate(
                establishment, against: standard, deployed: figures[establishment.uai]?.deployedByModel ?? [:], modulations: modulations))
            return (evaluation, evaluation.conformance.percentage ?? 101)
        }.sorted { ($0.1, $0.0.establishment.name) < ($1.1, $1.0.establishment.name) }.map(\.0)
    }

    struct ModulationForm: Content {
        var establishment: String
        var component: String
        var quantity: Int
        var agreed_on: String
        var agreed_with: String
        var reason: String
    }

    @Sendable static func modulate(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(ModulationForm.self, as: .urlEncodedForm)
        guard let uai = try? UAI(form.establishment),
              let establishment = try await TerritoryStore(database: request.db).establishment(uai: uai.value) else { throw Abort(.notFound) }
        guard AssetAccess.canModulate(user.viewer, collectivity: establishment.collectivityCode) else { throw Abort(.forbidden) }
        let conventions = request.entente.conventions.values.sorted { $0.id < $1.id }
        guard let convention = conventions.first(where: { $0.covers(establishment) }),
              let line = request.entente.territory.equipmentStandards.first(where: { $0.conventionID == convention.id })?
                .lines.first(where: { $0.componentID == form.component }), line.modulable else {
            throw Abort(.unprocessableEntity, reason: ConformancePhrase.notModulable.text(PageContext(request).language))
        }
        let agreedWith = form.agreed_with.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = form.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let day = CalendarDate(iso: form.agreed_on), (0...10_000).contains(form.quantity), !agreedWith.isEmpty, !reason.isEmpty,
              agreedWith.count <= 200, reason.count <= 2_000 else {
            throw Abort(.unprocessableEntity, reason: ConformancePhrase.invalidModulation.text(PageContext(request).language))
        }
        try await AssetStore(database: request.db).record(
            EquipmentModulation(establishment: uai, componentID: form.component, quantity: form.quantity, agreedOn: day,
                                agreedWith: agreedWith, reason: reason), actor: user.email, at: Instant(request.entente.now()))
        return request.redirect(to: SiteURL.conformance.path + "?establishment=\(uai.value)", redirectType: .normal)
    }
}
