import EntenteCore
import EntenteMail
import EntenteStorage
import Fluent
import Vapor

/// The breach operations of one signed-in person: what they may read and do is decided by the crisis
/// directory (`BreachAccess`), never by their role alone.
struct BreachDesk {
    let user: SignedInUser
    let environment: EntenteApp.Environment
    let database: any Database
    /// The directory entries naming the user, in every convention.
    let entries: [CrisisContact]

    static func make(_ request: Request) async throws -> BreachDesk {
        let user = try request.requireUser()
        return BreachDesk(user: user, environment: request.entente, database: request.db,
                          entries: try await CrisisDirectoryStore(database: request.db).contacts(email: user.email))
    }

    var now: Instant { Instant(environment.now()) }

    func obligations(of breach: Breach) -> [BreachObligation] {
        guard let convention = environment.conventions[breach.conventionID] else { return [] }
        return (try? BreachObligations.of(convention: convention, origin: breach.originCode)) ?? []
    }

    func parties(of breach: Breach) -> Set<String> {
        BreachAccess.partiesConcerned(origin: breach.originCode, obligations: obligations(of: breach))
    }

    func canHandle(_ breach: Breach) -> Bool {
        BreachAccess.canHandle(email: user.email, parties: parties(of: breach),
                               directory: entries.filter { $0.conventionID == breach.conventionID })
    }

    func canRead(_ breach: Breach) -> Bool {
        BreachAccess.canRead(email: user.email, declaredBy: breach.declaredBy, parties: parties(of: breach),
                             directory: entries.filter { $0.conventionID == breach.conventionID })
    }

    /// Whether the user handles the incident: a DPD, RSSI or crisis-cell member of a party it concerns.
    func canHandle(_ incident: SecurityIncident) -> Bool {
        BreachAccess.canHandle(email: user.email, parties: incident.partiesConcerned,
                               directory: entries.filter { $0.conventionID == incident.conventionID })
    }

    /// The breaches the user handles, then those they declared and do not handle.
    func register() async throws -> (handled: [Breach], declared: [Breach]) {
        let store = BreachStore(database: database)
        let conventions = Set(entries.filter { $0.function != .management }.map(\.conventionID))
        let handled = try await store.breaches(conventions: conventions).filter(canHandle)
        let handledIDs = Set(handled.map(\.id))
        let declared = try await store.breaches(declaredBy: user.email).filter { !handledIDs.contains($0.id) }
        return (handled, declared)
    }

    /// The breach by id when the user may read it: every read is logged.
    func readable(_ id: UUID?) async throws -> Breach {
        guard let id, let breach = try await BreachStore(database: database).breach(id), canRead(breach) else {
            throw Abort(.notFound)
        }
        try await BreachStore(database: database).logRead(of: breach.id, by: user.email, at: now)
        return breach
    }

    func handled(_ id: UUID?) async throws -> Breach {
        let breach = try await readable(id)
        guard canHandle(breach) else { throw Abort(.forbidden) }
        return breach
    }

    /// The conventions the user may declare a breach under: their party's, their establishment's, those
    /// whose directory names them; all of them for administrators.
    func declarableConventions() async throws -> [Convention] {
        let all = environment.conventions.values.sorted { $0.id < $1.id }
        if user.role == .administrator { return all }
        var ids = Set(entries.map(\.conventionID))
        if let partner = user.partnerCode {
            ids.formUnion(all.filter { $0.parties.contains { $0.partnerCode == partner } }.map(\.id))
        }
        if let uai = user.establishmentUAI, let establishment = try await TerritoryStore(database: database).establishment(uai: uai),
           let convention = ServiceDesk.convention(covering: establishment, in: environment) {
            ids.insert(convention.id)
        }
        return all.filter { ids.contains($0.id) }
    }

    /// The addresses of the DPD and RSSI of the parties the partner notice goes to.
    func partnerRecipients(of breach: Breach) async throws -> [String] {
        let parties = Set(obligations(of: breach).filter { $0.kind == .partnerNotice }
            .flatMap { $0.recipients.compactMap { if case .party(let code) = $0 { code } else { nil } } })
        return try await CrisisDirectoryStore(database: database).contacts(of: breach.conventionID)
            .filter { parties.contains($0.partyCode) && ($0.function == .dpd || $0.function == .rssi) }
            .map(\.email)
    }

    var mailSender: (any MailSender)? { environment.notifier.sender }
}
