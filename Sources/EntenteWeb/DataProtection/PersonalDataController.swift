import EntenteCore
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// A person's data for the DPDs: what Entente holds, the export, the erasure; and the retention rules
/// with their dry run and purge log. Administrators and the DPDs of the crisis directories only.
enum PersonalDataController {
    static let rules = RetentionRules.standard

    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try await authorized(request)
        let email = request.query[String.self, at: "email"]?.trimmingCharacters(in: .whitespaces)
        let name = request.query[String.self, at: "name"]?.trimmingCharacters(in: .whitespaces)
        return try await render(request, user: user, email: email, name: name)
    }

    private static func render(_ request: Request, user: SignedInUser, email: String?, name: String?, erasure: String? = nil,
                               refusal: String? = nil) async throws -> Response {
        let environment = request.entente
        let subject = (email?.isEmpty == false ? email : nil, name?.isEmpty == false ? name : nil)
        let export = subject.0 == nil && subject.1 == nil ? nil
            : try await PersonalDataStore(database: request.db).export(email: subject.0, name: subject.1, at: Instant(environment.now()))
        let retention = RetentionStore(database: request.db)
        return PersonalDataPage(context: PageContext(request), email: email ?? "", name: name ?? "", export: export,
                                rules: rules, due: try await retention.due(rules, today: environment.today),
                                log: try await retention.log(), erasure: erasure, refusal: refusal)
            .render(status: refusal == nil ? .ok : .unprocessableEntity)
    }

    @Sendable static func download(_ request: Request) async throws -> Response {
        _ = try await authorized(request)
        let email = request.query[String.self, at: "email"]?.trimmingCharacters(in: .whitespaces)
        let name = request.query[String.self, at: "name"]?.trimmingCharacters(in: .whitespaces)
        guard email?.isEmpty == false || name?.isEmpty == false else {
            throw Abort(.badRequest, reason: PersonalDataPhrase.refusedNoSubject.text(PageContext(request).language))
        }
        let export = try await PersonalDataStore(database: request.db).export(email: email?.isEmpty == false ? email : nil,
                                                                             name: name?.isEmpty == false ? name : nil,
                                                                             at: Instant(request.entente.now()))
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let response = Response(status: .ok, body: .init(data: try encoder.encode(export)))
        response.headers.contentType = .json
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"donnees-personnelles.json\"")
        return response
    }

    struct ErasureForm: Content {
        var email: String?
        var name: String?
        var confirm: String?
    }

    @Sendable static func erase(_ request: Request) async throws -> Response {
        let user = try await authorized(request)
        let form = try request.content.decode(ErasureForm.self, as: .urlEncodedForm)
        let language = PageContext(request).language
        guard form.confirm != nil else {
            return try await render(request, user: user, email: form.email, name: form.name,
                                    refusal: PersonalDataPhrase.confirmRequired.text(language))
        }
        do {
            let erasure = try await PersonalDataStore(database: request.db).erase(
                email: form.email, name: form.name, rules: rules, today: request.entente.today, actor: user.email,
                at: Instant(request.entente.now()))
            return try await render(request, user: user, email: nil, name: nil, erasure: erasure.pseudonym)
        } catch let refusal as ErasureRefusal {
            return try await render(request, user: user, email: form.email, name: form.name,
                                    refusal: PersonalDataPhrase.refusal(refusal, language))
        }
    }

    @Sendable static func applyRetention(_ request: Request) async throws -> Response {
        let user = try await authorized(request)
        _ = try await RetentionStore(database: request.db).purge(rules, today: request.entente.today, actor: user.email,
                                                                 at: Instant(request.entente.now()))
        return request.redirect(to: SiteURL.personalData.path + "#retention", redirectType: .normal)
    }

    /// The daily pass of the scheduled job.
    @Sendable static func scheduledRetention(_ application: Application) async throws {
        let environment = EntenteApp.environment(application)
        let done = try await RetentionStore(database: application.db).purge(rules, today: environment.today, actor: "system",
                                                                            at: Instant(environment.now()))
        application.logger.info("retention: \(done.map { "\($0.data.rawValue)=\($0.count)" }.joined(separator: " "))")
    }

    /// Administrators, and whoever a crisis directory names as a DPD.
    private static func authorized(_ request: Request) async throws -> SignedInUser {
        let user = try request.requireUser()
        if user.role == .administrator { return user }
        let entries = try await CrisisDirectoryStore(database: request.db).contacts(email: user.email)
        guard entries.contains(where: { $0.function == .dpd }) else { throw Abort(.forbidden) }
        return user
    }
}
