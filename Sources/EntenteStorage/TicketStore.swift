import EntenteCore
import Fluent
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

        public init(conventionID: String, establishmentUAI: String, requesterName: String, requesterEmail: String?,
                    filedBy: String, kind: TicketKind, componentID: String, componentName: String, nature: WorkNature,
                    context: ResponsibilityContext, assetReference: String?, impactsWholeEstablishment: Bool,
                    criticality: Criticality, title: String, description: String, decision: RoutingDecision,
                    partnerCode: String?) {
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
        }
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

    /// Writes a new ticket with the year's next reference. Two creations at once may pick the same
    /// number: the unique index refuses the second, which then takes the following one. SQLite may
    /// also answer "busy" to a second writer (the driver sets no busy timeout): it waits and retries.
    public func create(_ new: NewTicket, at date: Date) async throws -> TicketRecord {
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

    private func createOnce(_ new: NewTicket, at date: Date) async throws -> TicketRecord {
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
            record.status = TicketStatus.new.rawValue
            record.partyCode = new.decision.partyCode
            record.partnerCode = new.partnerCode
            record.informedCodes = new.decision.informedCodes.joined(separator: " ")
            record.routingReason = new.decision.reason
            record.openedAt = date
            record.updatedAt = date
            record.version = 1
            try await record.create(on: database)
            let id = try record.requireID()
            try await TicketEventRecord(ticketID: id, at: date, actor: new.filedBy, kind: .created,
                                        toStatus: TicketStatus.new.rawValue, body: new.decision.reason).create(on: database)
            try await AuditRecord(at: date, actor: new.filedBy, action: "ticket.create", subject: record.reference,
                                  after: "\(record.title) → \(record.partyCode)").create(on: database)
            return record
        }
    }

    /// The year's next number; the unique index on `reference` refuses a duplicate from a concurrent creation.
    static func nextReference(on database: any Database, at date: Date) async throws -> String {
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Paris")!, from: date).year!
        let prefix = "T-\(year)-"
        let last = try await TicketRecord.query(on: database).filter(\.$reference >= prefix)
            .filter(\.$reference < "T-\(year + 1)-").sort(\.$reference, .descending).first()
        let number = (last.flatMap { Int($0.reference.dropFirst(prefix.count)) } ?? 0) + 1
        return prefix + String(repeating: "0", count: max(0, 6 - String(number).count)) + String(number)
    }

    public func find(id: UUID) async throws -> TicketRecord? {
        try await TicketRecord.find(id, on: database)
    }

    public func events(of ticketID: UUID) async throws -> [TicketEventRecord] {
        try await TicketEventRecord.query(on: database).filter(\.$ticket.$id == ticketID).sort(\.$at).all()
    }

    /// The newest line of a ticket's history the requester's side may see: a reply or a status change.
    public func latestPublicUpdate(of ticketID: UUID) async throws -> TicketEventRecord? {
        try await TicketEventRecord.query(on: database).filter(\.$ticket.$id == ticketID)
            .filter(\.$kind ~~ [TicketEventRecord.Kind.reply.rawValue, TicketEventRecord.Kind.status.rawValue,
                                TicketEventRecord.Kind.created.rawValue])
            .sort(\.$at, .descending).first()
    }

    /// Whether each stopped clock was met, as the caller's calendar judges it.
    public struct ClockOutcomes: Sendable {
        public var pickup: ServiceLevelClock.State?
        public var restoration: ServiceLevelClock.State?

        public init(pickup: ServiceLevelClock.State? = nil, restoration: ServiceLevelClock.State? = nil) {
            self.pickup = pickup
            self.restoration = restoration
        }
    }

    /// Moves a ticket to `status` if nobody changed it since `expectedVersion`.
    public func changeStatus(of ticketID: UUID, expectedVersion: Int, to status: TicketStatus, actor: String,
                             comment: String?, at date: Date,
                             outcomes: @escaping @Sendable (_ changes: [StatusChange]) -> ClockOutcomes = { _ in ClockOutcomes() })
        async throws -> TicketRecord {
        try await database.transaction { database in
            guard let record = try await TicketRecord.find(ticketID, on: database) else { throw Failure.notFound }
            guard record.version == expectedVersion else { throw Failure.stale(current: record.version) }
            let before = record.status
            record.status = status.rawValue
            record.version += 1
            record.updatedAt = date
            if status == .resolved { record.resolvedAt = date }
            if record.pickedUpAt == nil && status != .new && status != .closed { record.pickedUpAt = date }
            let event = TicketEventRecord(ticketID: ticketID, at: date, actor: actor, kind: .status, fromStatus: before,
                                          toStatus: status.rawValue, body: comment)
            let changes = try await TicketEventRecord.query(on: database).filter(\.$ticket.$id == ticketID)
                .filter(\.$kind == TicketEventRecord.Kind.status.rawValue).sort(\.$at).all()
                .compactMap { $0.statusChange } + [StatusChange(status: status, at: Instant(date))]
            let result = outcomes(changes)
            record.pickupOutcome = result.pickup?.rawValue ?? record.pickupOutcome
            record.restorationOutcome = status.isOpen ? nil : result.restoration?.rawValue ?? record.restorationOutcome
            try await Self.guardedUpdate(record, expectedVersion: expectedVersion, on: database)
            try await event.create(on: database)
            try await AuditRecord(at: date, actor: actor, action: "ticket.status", subject: record.reference,
                                  before: before, after: status.rawValue).create(on: database)
            return record
        }
    }

    /// Adds a reply (no audience) or an internal note (the audience that may read it).
    public func addMessage(to ticketID: UUID, actor: String, body: String, audience: String?,
                           at date: Date) async throws {
        try await database.transaction { database in
            guard let record = try await TicketRecord.find(ticketID, on: database) else { throw Failure.notFound }
            record.updatedAt = date
            try await record.save(on: database)
            try await TicketEventRecord(ticketID: ticketID, at: date, actor: actor,
                                        kind: audience == nil ? .reply : .internalNote, body: body,
                                        audience: audience).create(on: database)
        }
    }

    /// Writes the row only if its version is still the expected one: of two agents saving at once,
    /// the second matches no row and is told to reload. `RETURNING` says whether the row was written.
    private static func guardedUpdate(_ record: TicketRecord, expectedVersion: Int, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
        let written = try await sql.update(TicketRecord.schema)
            .set("status", to: record.status)
            .set("version", to: record.version)
            .set("updated_at", to: record.updatedAt)
            .set("resolved_at", to: record.resolvedAt)
            .set("picked_up_at", to: record.pickedUpAt)
            .set("pickup_outcome", to: record.pickupOutcome)
            .set("restoration_outcome", to: record.restorationOutcome)
            .where("id", .equal, try record.requireID())
            .where("version", .equal, expectedVersion)
            .returning("id")
            .all()
        guard !written.isEmpty else { throw Failure.stale(current: expectedVersion + 1) }
    }

    /// Hands the ticket to another party, keeping why (and whether it departs from the convention)
    /// in its history and the audit trail.
    public func transfer(_ ticketID: UUID, expectedVersion: Int, toParty partyCode: String, partner partnerCode: String?,
                         reason: String, overridesConvention: Bool, actor: String, at date: Date) async throws -> TicketRecord {
        try await database.transaction { database in
            guard let record = try await TicketRecord.find(ticketID, on: database) else { throw Failure.notFound }
            guard record.version == expectedVersion else { throw Failure.stale(current: record.version) }
            let before = record.partyCode
            let note = (overridesConvention ? "Dérogation à la convention — " : "") + reason
            guard let sql = database as? any SQLDatabase else { throw Failure.notFound }
            let written = try await sql.update(TicketRecord.schema)
                .set("party_code", to: partyCode)
                .set("partner_code", to: partnerCode)
                .set("routing_reason", to: record.routingReason + " | Transfert \(before) → \(partyCode) : \(note)")
                .set("version", to: expectedVersion + 1)
                .set("updated_at", to: date)
                .where("id", .equal, ticketID)
                .where("version", .equal, expectedVersion)
                .returning("id")
                .all()
            guard !written.isEmpty else { throw Failure.stale(current: expectedVersion + 1) }
            try await TicketEventRecord(ticketID: ticketID, at: date, actor: actor, kind: .transfer, fromStatus: before,
                                        toStatus: partyCode, body: note).create(on: database)
            try await AuditRecord(at: date, actor: actor, action: overridesConvention ? "ticket.transfer.override" : "ticket.transfer",
                                  subject: record.reference, before: before, after: partyCode).create(on: database)
            guard let updated = try await TicketRecord.find(ticketID, on: database) else { throw Failure.notFound }
            return updated
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

    public func rating(of ticketID: UUID) async throws -> TicketRatingRecord? {
        try await TicketRatingRecord.query(on: database).filter(\.$ticket.$id == ticketID).first()
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
        public var text: String?

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
    public func list(_ filter: Filter, page: Int = 1, perPage: Int = 50) async throws -> (tickets: [TicketRecord], total: Int) {
        let query = TicketRecord.query(on: database)
        if let partner = filter.partnerCode { query.filter(\.$partnerCode == partner) }
        if let party = filter.partyCode { query.filter(\.$partyCode == party) }
        if let conventions = filter.conventionIDs { query.filter(\.$conventionID ~~ conventions) }
        if let uai = filter.establishmentUAI { query.filter(\.$establishmentUAI == uai) }
        if !filter.statuses.isEmpty { query.filter(\.$status ~~ filter.statuses.map(\.rawValue)) }
        if let criticality = filter.criticality { query.filter(\.$criticality == criticality.rawValue) }
        if let component = filter.componentID { query.filter(\.$componentID == component) }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            query.group(.or) { group in
                group.filter(\.$title ~~ text).filter(\.$reference ~~ text).filter(\.$componentName ~~ text)
            }
        }
        let total = try await query.copy().count()
        let tickets = try await query.sort(\.$priorityRank).sort(\.$openedAt)
            .range(((max(page, 1) - 1) * perPage)..<(max(page, 1) * perPage)).all()
        return (tickets, total)
    }
}
