import EntenteCore
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// A convention's crisis directory: read by its parties' people and those it names, kept by
/// administrators and by each party's agents for their own party.
enum CrisisDirectoryController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let (convention, user) = try readable(request)
        return try await page(request, convention: convention, user: user)
    }

    private static func page(_ request: Request, convention: Convention, user: SignedInUser,
                             form: ContactForm? = nil, problems: [CrisisContact.Problem] = []) async throws -> Response {
        let contacts = try await CrisisDirectoryStore(database: request.db).contacts(of: convention.id)
        let named = contacts.contains { $0.email.caseInsensitiveCompare(user.email) == .orderedSame }
        guard named || canSee(user, convention) else { throw Abort(.notFound) }
        return CrisisDirectoryPage(context: PageContext(request), convention: convention, contacts: contacts,
                                   editable: editableParties(user, convention), today: request.entente.today,
                                   form: form, problems: problems)
            .render(status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    struct ContactForm: Content {
        var party: String
        var function: String
        var name: String
        var email: String
        var phone: String
        var deputy_name: String?
        var deputy_phone: String?
    }

    @Sendable static func add(_ request: Request) async throws -> Response {
        let (convention, user) = try readable(request)
        let form = try request.content.decode(ContactForm.self, as: .urlEncodedForm)
        guard editableParties(user, convention).contains(form.party) else { throw Abort(.forbidden) }
        guard let function = CrisisContact.Function(rawValue: form.function) else {
            throw Abort(.badRequest, reason: "function: " + CrisisContact.Function.allCases.map(\.rawValue).joined(separator: ", "))
        }
        func text(_ value: String?) -> String { String((value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200)) }
        let deputyName = text(form.deputy_name), deputyPhone = text(form.deputy_phone)
        let contact = CrisisContact(
            id: UUID(), conventionID: convention.id, partyCode: form.party, function: function, name: text(form.name),
            email: text(form.email), phone: text(form.phone),
            deputy: deputyName.isEmpty && deputyPhone.isEmpty ? nil : CrisisContact.Deputy(name: deputyName, phone: deputyPhone),
            reviewedOn: request.entente.today)
        let problems = contact.problems(parties: convention.parties.map(\.code), today: request.entente.today)
        guard problems.isEmpty else { return try await page(request, convention: convention, user: user, form: form, problems: problems) }
        try await CrisisDirectoryStore(database: request.db).save(contact, actor: user.email, at: Instant(request.entente.now()))
        return request.redirect(to: SiteURL.crisisDirectory(convention.id).path, redirectType: .normal)
    }

    @Sendable static func review(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let store = CrisisDirectoryStore(database: request.db)
        guard let id = request.parameters.get("id", as: UUID.self), var contact = try await store.contact(id),
              let convention = request.entente.conventions[contact.conventionID] else { throw Abort(.notFound) }
        guard editableParties(user, convention).contains(contact.partyCode) else { throw Abort(.forbidden) }
        contact.reviewedOn = request.entente.today
        try await store.save(contact, actor: user.email, at: Instant(request.entente.now()))
        return request.redirect(to: SiteURL.crisisDirectory(convention.id).path, redirectType: .normal)
    }

    private static func readable(_ request: Request) throws -> (Convention, SignedInUser) {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id"), let convention = request.entente.conventions[id] else { throw Abort(.notFound) }
        return (convention, user)
    }

    /// Administrators and the people of the convention's partners read the directory.
    private static func canSee(_ user: SignedInUser, _ convention: Convention) -> Bool {
        user.role == .administrator || user.partnerCode.map { code in convention.parties.contains { $0.partnerCode == code } } ?? false
    }

    /// The parties whose entries the user keeps: every one for administrators, their own party for an agent.
    static func editableParties(_ user: SignedInUser, _ convention: Convention) -> Set<String> {
        switch user.role {
        case .administrator: Set(convention.parties.map(\.code))
        case .partnerAgent: Set(convention.parties.filter { $0.partnerCode != nil && $0.partnerCode == user.partnerCode }.map(\.code))
        case .establishmentMember, .observer: []
        }
    }
}
