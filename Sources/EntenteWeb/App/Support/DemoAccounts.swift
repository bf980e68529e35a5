import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Vapor

/// The accounts of demo mode, one per role, listed on the sign-in page.
enum DemoAccounts {
    struct Account: Sendable {
        var email: String
        var displayName: String
        var role: UserRole
        var partnerCode: String?
        var establishmentUAI: String?
        var teamCode: String?
    }

    /// Shown on the sign-in page in demo mode only; never a real secret.
    static let password = "demo-entente-2026"

    static func accounts(for territory: DemoTerritory) -> [Account] {
        let college = territory.establishments.first { $0.kind == .college && !$0.isDemo }
        var accounts = [
            Account(email: "admin@demo.entente.fr", displayName: "Administratrice Entente", role: .administrator),
            Account(email: "dsi@cd35.demo.entente.fr", displayName: "DSI du Département d'Ille-et-Vilaine",
                    role: .partnerAgent, partnerCode: "CD35", teamCode: "CD35-RESEAUX"),
            Account(email: "assistance@ac-rennes.demo.entente.fr", displayName: "Assistance de l'académie de Rennes",
                    role: .partnerAgent, partnerCode: "AC-RENNES"),
            Account(email: "dpd@ac-rennes.demo.entente.fr", displayName: "Délégué à la protection des données",
                    role: .observer, partnerCode: "AC-RENNES"),
        ]
        if let college {
            accounts.append(Account(email: "principal@\(college.uai.value.lowercased()).demo.entente.fr",
                                    displayName: "Principal·e — \(college.name)", role: .establishmentMember,
                                    establishmentUAI: college.uai.value))
            // A teacher: a member like the principal (files, follows, closes, rates); parties' internal notes stay hidden.
            accounts.append(Account(email: "enseignant@\(college.uai.value.lowercased()).demo.entente.fr",
                                    displayName: "Enseignant·e — \(college.name)", role: .establishmentMember,
                                    establishmentUAI: college.uai.value))
        }
        return accounts
    }

    static func ensure(on database: any Database, territory: DemoTerritory, hasher: any PasswordHasher) async throws {
        let store = AccountStore(database: database)
        for account in accounts(for: territory) {
            guard try await store.account(email: account.email) == nil else { continue }
            try await store.createIfAbsent(email: account.email, displayName: account.displayName,
                                           passwordHash: try hasher.hash(password), role: account.role,
                                           partnerCode: account.partnerCode, establishmentUAI: account.establishmentUAI,
                                           teamCode: account.teamCode)
        }
    }
}
