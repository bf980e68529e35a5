import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Vapor

/// What each audit entry is about, looked up once for a page of entries: tickets by reference and
/// accounts by e-mail in one query each, conventions and teams from the loaded territory.
struct AuditSubjects {
    private var tickets: [String: TicketAccessFacts] = [:]
    private var accountPartners: [String: String?] = [:]
    private var conventionPartners: [String: Set<String>] = [:]
    private var teamPartners: [String: String] = [:]
    /// Each establishment's convention partners, by UAI, for the inventory's entries.
    private var establishmentPartners: [String: Set<String>] = [:]

    static func resolve(_ entries: [AuditEntry], on database: any Database,
                        in environment: EntenteApp.Environment) async throws -> AuditSubjects {
        var subjects = AuditSubjects()
        func about(_ kind: AuditAction.Subject, _ entry: AuditEntry) -> Bool { entry.action?.subject == kind }
        let references = Set(entries.filter { about(.ticket, $0) }.map(\.subject))
        for ticket in try await TicketStore(database: database).tickets(references: references) {
            subjects.tickets[ticket.reference] = ServiceDesk.accessFacts(of: ticket, in: environment)
        }
        let emails = Set(entries.filter { about(.account, $0) || about(.apiToken, $0) }.flatMap { [$0.subject, $0.actor] })
        for account in try await AccountStore(database: database).accounts(emails: emails) {
            subjects.accountPartners[account.email] = .some(account.partnerCode)
        }
        for convention in environment.conventions.values {
            subjects.conventionPartners[convention.id] = Set(convention.parties.compactMap(\.partnerCode))
            for team in environment.teams[convention.id]?.teams ?? [] {
                teamPartners(convention, team).map { subjects.teamPartners[team.code] = $0 }
            }
        }
        let conventions = environment.conventions.values.sorted { $0.id < $1.id }
        for uai in Set(entries.filter { about(.inventory, $0) }.map(\.subject)) {
            guard let establishment = environment.territory.establishments.first(where: { $0.uai.value == uai }),
                  let convention = conventions.first(where: { $0.covers(establishment) }) else { continue }
            subjects.establishmentPartners[uai] = Set(convention.parties.compactMap(\.partnerCode))
        }
        return subjects
    }

    private static func teamPartners(_ convention: Convention, _ team: Team) -> String? {
        convention.parties.first { $0.code == team.partyCode }?.partnerCode
    }

    /// What `entry` is about; `.unknown` — shown to administrators only — when its action or its subject
    /// is no longer known.
    func subject(of entry: AuditEntry) -> AuditSubject {
        guard let action = entry.action else { return .unknown }
        switch action.subject {
        case .ticket: return tickets[entry.subject].map(AuditSubject.ticket) ?? .unknown
        case .convention: return conventionPartners[entry.subject].map { .convention(partners: $0) } ?? .unknown
        case .team: return teamPartners[entry.subject].map { .party(partnerCode: $0) } ?? .unknown
        case .account: return accountPartners[entry.subject].map { .party(partnerCode: $0) } ?? .unknown
        // A token acts as the account that created it, the entry's actor.
        case .apiToken: return accountPartners[entry.actor].map { .party(partnerCode: $0) } ?? .unknown
        // An establishment's inventory is its convention's partners' to read, like the convention.
        case .inventory: return establishmentPartners[entry.subject].map { .convention(partners: $0) } ?? .unknown
        // A breach is read by the DPDs on its own page (with who read it); the trail shows its entries
        // to administrators only, without any detail.
        case .breach, .personalData: return .unknown
        }
    }
}
