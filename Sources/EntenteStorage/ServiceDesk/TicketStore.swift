import EntenteCore
import Fluent
import FluentSQL
import Foundation
import SQLKit

/// Writes and reads tickets. Every change is one transaction: the ticket, its history line and
/// the audit entry land together or not at all.
public struct TicketStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// A validated, routed ticket ready to be written.
    public struct NewTicket: Sendable {
        public var conventionID: String
        public var establishmentUAI: String
        public var requesterName: String
        public var requesterEmail: String?
        public var filedBy: String
        public var kind: TicketKind
        public var componentID: String
        public var componentName: String
        public var nature: WorkNature
        public var context: ResponsibilityContext
        public var assetReference: String?
        public var impactsWholeEstablishment: Bool
        public var criticality: Criticality
        public var title: String
        public var description: String
        public var decision: RoutingDecision
        public var partnerCode: String?
        /// The party's team the ticket lands in, and the reason with it; nil: the party has no teams.
        public var team: TeamAssignment?
        /// The deadlines of its clocks from the opening instant (`WorkingCalendar.due`).
        public var serviceLevelDue: ServiceLevelDue = .none

        public init(conventionID: String, establishmentUAI: String, requesterName: String, requesterEmail: String?,
                    filedBy: String, kind: TicketKind, componentID: String, componentName: String, nature: WorkNature,
                    context: ResponsibilityContext, assetReference: String?, impactsWholeEstablishment: Bool,
                    criticality: Criticality, title: String, description: String, decision: RoutingDecision,
                    partnerCode: String?, team: TeamAssignment? = nil, serviceLevelDue: ServiceLevelDue = .none) {
            self.conventionID = conventionID
            self.establishmentUAI = establishmentUAI
            self.requesterName = requesterName
            self.requesterEmail = requesterEmail
            self.filedBy = filedBy
            self.kind = kind
            self.componentID = componentID
            self.componentName = componentName
            self.nature = nature
            self.context = context
            self.assetReference = assetReference
            self.impactsWholeEstablishment = impactsWholeEstablishment
            self.criticality = criticality
            self.title = title
            self.description = description
            self.decision = decision
            self.partnerCode = partnerCode
            self.team = team
            self.serviceLevelDue = serviceLevelDue
        }

        /// The convention's reason, with the team and the rule that chose it.
        public var routingReason: String { decision.reason(with: team) }
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notFound
        case alreadyRated
        /// Someone else changed the ticket since it was read.
        case stale(current: Int)

        public var description: String {
            switch self {
            case .notFound: "no such ticket"
            case .alreadyRated: "this ticket has already been rated"
            case .stale(let current): "the ticket changed meanwhile (now version \(current)): reload it and try again"
            }
        }
    }

    /// Writes a new ticket with the year's next reference. The year's counter is taken first, so
    /// concurrent creations wait for each other rather than collide; a conflict or a "database is
    /// locked" that still happens (another process, an older row) is retried.
    /// The ticket written and its history so far (the creation line), so that whoever answers need
    /// not read them back.
    public func create(_ new: NewTicket, at date: Date) async throws -> (ticket: Ticket, history: [TicketEvent]) {
        var attempt = 0
        while true {
            do {
                return try await createOnce(new, at: date)
            } catch where attempt < 20 && Self.isRetryable(error) {
                attempt += 1
                try await Task.sleep(for: .milliseconds(attempt))
            }
        }
    }

    static func isRetryable(_ error: any Error) -> Bool {
        if let error = error as? any DatabaseError, error.isConstraintFailure { return true }
        return String(describing: error).contains("database is locked")
    }

    private func createOnce(_ new: NewTicket, at date: Date) async throws -> (ticket: Ticket, history: [TicketEvent]) {
        try await database.transaction { database in
            let record = TicketRecord()
            record.reference = try await Self.nextReference(on: database, at: date)
            record.conventionID = new.conventionID
            record.establishmentUAI = new.establishmentUAI
            record.requesterName = new.requesterName
            record.requesterEmail = new.requesterEmail
            record.filedBy = new.filedBy
            record.kind = new.kind.rawValue
            record.componentID = new.componentID
            record.componentName = new.componentName
            record.nature = new.nature.rawValue
            record.activity = new.decision.activity.rawValue
            record.funding = new.context.funding?.rawValue
            record.zone = new.context.zone?.rawValue
            record.assetReference = new.assetReference
            record.impactsWholeEstablishment = new.impactsWholeEstablishment
            record.criticality = new.criticality.rawValue
            record.priorityRank = new.criticality == .critical ? 0 : new.kind.nonCriticalRank
            record.title = new.title
            record.description = new.description
            record.setStatus(.new)
            record.partyCode = new.decision.partyCode
            record.partnerCode = new.partnerCode
            record.informedCodes = new.decision.informedCodes.joined(separator: " ")
            record.teamCode = new.team?.team.code
            record.routingReason = new.routingReason
            record.openedAt = date
            record.updatedAt = date
            record.version = 1
            record.searchText = TicketSearch.searchableText(
                reference: record.reference, title: record.title, componentName: record.componentName,
                establishmentUAI: record.establishmentUAI, requesterName: record.requesterName)
            record.apply(new.serviceLevelDue)
            try await record.create(on: database)
            let id = try record.requireID()
            let created = TicketEventRecord(ticketID: id, at: date, actor: new.filedBy,
                                            fact: .created(routingReason: new.routingReason))
            try await created.create(on: database)
            try await AuditRecord(at: date, actor: new.filedBy, action: .ticketCreated, subject: record.reference,
                                  after: "\(record.title) → \(record.partyCode)").create(on: database)
            return (try record.ticket(), [try created.event()])
        }
    }

    /// The year's next reference, from the year's counter (`AddTicketQueueOrder`), in Paris's year.
    static func nextReference(on database: any Database, at date: Date) async throws -> String {
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Paris")!, from: date).year!
        return reference(year: year, number: try await advanceCounter(of: year, by: 1, on: database))
    }

    /// Raises the year's counter by `count` — creating it at `count` for a first ticket of the year — and
    /// returns its new value, in one statement (an upsert), which takes the counter row's lock.
    static func advanceCounter(of year: Int, by count: Int, on database: any Database) async throws -> Int {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        return try await sql.insert(into: TicketCounter.schema).columns("year", "last").values(SQLBind(year), SQLBind(count))
            .onConflict(with: ["year"]) { update in
                update.set(SQLIdentifier("last"), to: SQLBinaryExpression(SQLColumn("last", table: TicketCounter.schema),
                                                                          .add, SQLBind(count)))
            }
            .returning("last").first()?.decode(column: "last", as: Int.self) ?? count
    }

    /// "T-2026-000042".
    static func reference(year: Int, number: Int) -> String {
        "T-\(year)-" + String(repeating: "0", count: max(0, 6 - String(number).count)) + String(number)
    }

    public func find(id: UUID) async throws -> Ticket? {
        try await TicketRecord.find(id, on: database)?.ticket()
    }

    /// The tickets among `references` that exist, in no order.
    public func tickets(references: Set<String>) async throws -> [Ticket] {
        try await TicketRecord.query(on: database).filter(\.$reference ~~ references).all().map { try $0.ticket() }
    }

    public func events(of ticketID: UUID) async throws -> [TicketEvent] {
        try await TicketEventRecord.query(on: database).filter(\.$ticket.$id == ticketID).sort(\.$at).all()
            .map { try $0.event() }
    }

    /// The newest line of a ticket's history the requester's side may see: a reply or a status change.
    public func latestPublicUpdate(of ticketID: UUID) async throws -> TicketEvent? {
        try await TicketEventRecord.query(on: database).filter(\.$ticket.$id == ticketID)
            .filter(\.$kind ~~ [TicketEventRecord.Kind.reply.rawValue, TicketEventRecord.Kind.status.rawValue,
                                TicketEventRecord.Kind.created.rawValue])
            .sort(\.$at, .descending).first()?.event()
    }

    /// Whether each stopped clock was met, as the caller's calendar judges it.
    public struct ClockOutcomes: Sendable {
        public var pickup: ServiceLevelClock.State?
        public var restoration: ServiceLevelClock.State?
        /// The clocks' deadlines after the change; nil: leave them as they are.
        public var due: ServiceLevelDue?

        public init(pickup: ServiceLevelClock.State? = nil, restoration: ServiceLevelClock.State? = nil,
                    due: ServiceLevelDue? = nil) {
            self.pickup = pickup
            self.restoration = restoration
            self.due = due
        }
    }

    /// Moves a ticket to `status` if nobody changed it since `expectedVersion`.
    public func changeStatus(of ticketID: UUID, expectedVersion: Int, to status: TicketStatus, actor: String,
                             comment: String?, at date: Date,
                             outcomes: @escaping @Sendable (_ changes: [StatusChange]) -> ClockOutcomes = { _ in ClockOutcomes() })
        async throws -> Ticket {
        try await database.transaction { database in
            let record = try await Self.ticket(ticketID, atVersion: expectedVersion, on: database)
            let before = try record.ticket().status
            record.setStatus(status)
            record.version += 1
            record.updatedAt = date
            if status == .resolved { record.resolvedAt = date }
            if record.pickedUpAt == nil && status != .new && status != .closed { record.pickedUpAt = date }
            let event = TicketEventRecord(ticketID: ticketID, at: date, actor: actor,
                                          fact: .statusChanged(from: before, to: status, comment: comment))
            let changes = try await Self.statusChanges(of: ticketID, on: database) + [StatusChange(status: status, at: Instant(date))]
            let result = outcomes(changes)
            record.pickupOutcome = result.pickup?.rawValue ?? record.pickupOutcome
            record.restorationOutcome = status.isOpen ? nil : result.restoration?.rawValue ?? record.restorationOutcome
            if let due = result.due { record.apply(status.isOpen ? due : .none) }
            try await Self.versionedUpdate(ticketID: ticketID, expectedVersion: expectedVersion, at: date, on: database) {
                $0.set("status", to: record.status)
                    .set("is_open", to: record.isOpen)
                    .set("resolved_at", to: record.resolvedAt)
                    .set("picked_up_at", to: record.pickedUpAt)
                    .set("pickup_outcome", to: record.pickupOutcome)
                    .set("restoration_outcome", to: record.restorationOutcome)
                    .set("pickup_due_at", to: record.pickupDueAt)
                    .set("restoration_due_at", to: record.restorationDueAt)
                    .set("sla_due_at", to: record.slaDueAt)
                    .set("sla_warn_at", to: record.slaWarnAt)
                    .set("sla_watch_at", to: record.slaWatchAt)
            }
            try await event.create(on: database)
            try await AuditRecord(at: date, actor: actor, action: .ticketStatusChanged, subject: record.reference,
                                  before: before.rawValue, after: status.rawValue).create(on: database)
            return try record.ticket()
        }
    }

    /// Adds a reply (no audience) or an internal note (the audience that may read it).
    public func addMessage(to ticketID: UUID, actor: String, body: String, audience: String?,
                           at date: Date) async throws {
        try await database.transaction { database in
            let record = try await Self.ticket(ticketID, on: database)
            record.updatedAt = date
            try await record.save(on: database)
            try await TicketEventRecord(ticketID: ticketID, at: date, actor: actor,
                                        fact: audience.map { .internalNote(body, audience: $0) } ?? .reply(body))
                .create(on: database)
        }
    }

    /// The ticket as it stands in `database`; with `expectedVersion`, only if nobody changed it since.
    private static func ticket(_ ticketID: UUID, atVersion expectedVersion: Int? = nil,
                               on database: any Database) async throws -> TicketRecord {
        guard let record = try await TicketRecord.find(ticketID, on: database) else { throw Failure.notFound }
        if let expectedVersion, record.version != expectedVersion { throw Failure.stale(current: record.version) }
        return record
    }

    /// Writes the columns `set` adds, with the next version and `date` as the last update, only if the
    /// row's version is still the expected one: of two agents saving at once, the second matches no row
    /// and is told to reload. `RETURNING` says whether the row was written.
    private static func versionedUpdate(ticketID: UUID, expectedVersion: Int, at date: Date, on database: any Database,
                                        set: (SQLUpdateBuilder) async throws -> Void) async throws {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        let update = sql.update(TicketRecord.schema)
        try await set(update)
        let written = try await update
            .set("version", to: expectedVersion + 1)
            .set("updated_at", to: date)
            .where("id", .equal, ticketID)
            .where("version", .equal, expectedVersion)
            .returning("id")
            .all()
        guard !written.isEmpty else { throw Failure.stale(current: expectedVersion + 1) }
    }

    /// Hands the ticket to another party, keeping why (and whether it departs from the convention)
    /// in its history and the audit trail. The ticket takes the team the new party's rules give it (none without teams).
    public func transfer(_ ticketID: UUID, expectedVersion: Int, toParty partyCode: String, partner partnerCode: String?,
                         team: Team? = nil, reason: String, overridesConvention: Bool, actor: String, at date: Date,
                         due: (@Sendable (_ changes: [StatusChange]) -> ServiceLevelDue)? = nil) async throws -> Ticket {
        try await database.transaction { database in
            let record = try await Self.ticket(ticketID, atVersion: expectedVersion, on: database)
            let before = record.partyCode
            let note = (overridesConvention ? "Dérogation à la convention — " : "") + reason
            try await Self.versionedUpdate(ticketID: ticketID, expectedVersion: expectedVersion, at: date, on: database) {
                // The new party's commitment runs the clocks from now on.
                if let due { $0.setServiceLevelDue(due(try await Self.statusChanges(of: ticketID, on: database))) }
                $0.set("party_code", to: partyCode)
                    .set("partner_code", to: partnerCode)
                    .set("team_code", to: team?.code)
                    .set("routing_reason", to: record.routingReason
                        + " | Transfert \(before) → \(partyCode)\(team.map { " / \($0.label)" } ?? "") : \(note)")
            }
            try await TicketEventRecord(ticketID: ticketID, at: date, actor: actor,
                                        fact: .transfer(fromParty: before, toParty: partyCode, reason: reason,
                                                        overridesConvention: overridesConvention)).create(on: database)
            try await AuditRecord(at: date, actor: actor, action: .ticketTransferred(overridingConvention: overridesConvention),
                                  subject: record.reference, before: before, after: partyCode).create(on: database)
            return try await Self.ticket(ticketID, on: database).ticket()
        }
    }

    /// Moves the ticket to another team of its party if nobody changed it since `expectedVersion`;
    /// the history line and the audit entry say which way it went and why. Status and clocks stay.
    public func changeTeam(of ticketID: UUID, expectedVersion: Int, to team: Team, movement: TeamReassignment.Movement,
                           reason: String, actor: String, at date: Date,
                           due: (@Sendable (_ changes: [StatusChange]) -> ServiceLevelDue)? = nil) async throws -> Ticket {
        try await database.transaction { database in
            let record = try await Self.ticket(ticketID, atVersion: expectedVersion, on: database)
            let before = record.teamCode
            try await Self.versionedUpdate(ticketID: ticketID, expectedVersion: expectedVersion, at: date, on: database) {
                if let due { $0.setServiceLevelDue(due(try await Self.statusChanges(of: ticketID, on: database))) }
                $0.set("team_code", to: team.code)
            }
            try await TicketEventRecord(ticketID: ticketID, at: date, actor: actor, fact: .teamChanged(
                from: before, to: team.code, movement: movement, reason: reason)).create(on: database)
            try await AuditRecord(at: date, actor: actor, action: .ticketTeamChanged(movement), subject: record.reference,
                                  before: before, after: team.code).create(on: database)
            return try await Self.ticket(ticketID, on: database).ticket()
        }
    }

    /// Records the requester's rating of a closed ticket; a ticket is rated once.
    public func rate(_ ticketID: UUID, score: Int, comment: String?, by actor: String, at date: Date) async throws {
        try await database.transaction { database in
            guard try await TicketRatingRecord.query(on: database).filter(\.$ticket.$id == ticketID).first() == nil else {
                throw Failure.alreadyRated
            }
            try await TicketRatingRecord(ticketID: ticketID, score: score, comment: comment, ratedBy: actor, at: date)
                .create(on: database)
        }
    }

    public func rating(of ticketID: UUID) async throws -> TicketRating? {
        try await TicketRatingRecord.query(on: database).filter(\.$ticket.$id == ticketID).first()?.rating
    }

    /// What a queue shows: whose tickets, which statuses, which words.
    public struct Filter: Sendable {
        public var partnerCode: String?
        public var partyCode: String?
        public var conventionIDs: [String]?
        public var establishmentUAI: String?
        public var statuses: [TicketStatus]
        public var criticality: Criticality?
        public var componentID: String?
        public var teamCode: String?
        public var text: String?
        /// The tickets about one device: its inventory number or serial as their asset reference.
        public var assetReferences: [String]?
        /// Open tickets standing so at `now` (`sla=`), from the stored instants.
        public var serviceLevel: (standing: ServiceLevelStanding, now: Date)?
        /// Opened at or after `openedFrom` and before `openedBefore`.
        public var openedFrom: Date?
        public var openedBefore: Date?
        /// Soonest deadline first (tickets without one last), then the usual order.
        public var soonestDueFirst = false

        public init(partnerCode: String? = nil, partyCode: String? = nil, conventionIDs: [String]? = nil,
                    establishmentUAI: String? = nil, statuses: [TicketStatus] = [], criticality: Criticality? = nil,
                    componentID: String? = nil, text: String? = nil) {
            self.partnerCode = partnerCode
            self.partyCode = partyCode
            self.conventionIDs = conventionIDs
            self.establishmentUAI = establishmentUAI
            self.statuses = statuses
            self.criticality = criticality
            self.componentID = componentID
            self.text = text
        }
    }

    /// A page of the queue, most urgent first (critical, then the convention's order, then oldest), and the total.
    /// The tickets matching `filter` in queue order, `limit` of them from the `offset`-th, and how many match in all.
    /// The offset comes from a bounded page number (`TicketQueueQuery`), never straight from a request.
    public func list(_ filter: Filter, offset: Int = 0, limit: Int = 50) async throws -> (tickets: [Ticket], total: Int) {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        // Counting a column the queue indexes hold (never null) lets the index answer alone.
        let count = sql.select().column(SQLFunction("COUNT", args: SQLColumn("priority_rank")), as: "total")
            .from(TicketRecord.schema)
        let total = try await Self.narrow(count, by: filter).first()?.decode(column: "total", as: Int.self) ?? 0
        let page = Self.narrow(sql.select().columns(TicketColumns.names).from(TicketRecord.schema), by: filter)
        if filter.soonestDueFirst { page.orderBy(SQLColumn("sla_due_at"), SQLRaw("ASC NULLS LAST")) }
        let rows = try await page.orderBy("priority_rank").orderBy("opened_at").offset(max(offset, 0)).limit(max(limit, 0)).all()
        return (try rows.map(TicketColumns.read), total)
    }

    /// The conditions of `filter` on a select of `tickets`.
    static func narrow(_ select: SQLSelectBuilder, by filter: Filter) -> SQLSelectBuilder {
        if let partner = filter.partnerCode { select.where("partner_code", .equal, partner) }
        if let party = filter.partyCode { select.where("party_code", .equal, party) }
        if let conventions = filter.conventionIDs { select.where("convention_id", .in, conventions) }
        if let uai = filter.establishmentUAI { select.where("establishment_uai", .equal, uai) }
        // Every open status at once is the usual queue: one column, which the ordered indexes start with.
        if Set(filter.statuses) == Set(TicketStatus.allCases.filter(\.isOpen)) {
            select.where("is_open", .equal, true)
        } else if !filter.statuses.isEmpty {
            select.where("status", .in, filter.statuses.map(\.rawValue))
        }
        if let criticality = filter.criticality { select.where("criticality", .equal, criticality.rawValue) }
        if let component = filter.componentID { select.where("component_id", .equal, component) }
        if let team = filter.teamCode { select.where("team_code", .equal, team) }
        if let references = filter.assetReferences { select.where("asset_reference", .in, references) }
        narrow(select, byServiceLevelAndOpening: filter)
        if let phrase = TicketSearch.phrase(of: filter.text ?? "") {
            select.where(SQLContains(column: SQLColumn("search_text", table: TicketRecord.schema), text: phrase))
        }
        return select
    }
}
