import EntenteCore
import Fluent
import Foundation
import SQLKit

/// One person's data across the domains, found by the indexed columns that name people: the export a
/// DPD hands over, and the erasure that replaces the person by a pseudonym everywhere the service's
/// records must stay (tickets, histories, the audit trail) and deletes what only concerned them.
public struct PersonalDataStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Up to this many lines per section: a person's history, not the whole database.
    static let sectionLimit = 10_000

    public func export(email: String?, name: String?, at now: Instant) async throws -> PersonalDataExport {
        let email = email?.lowercased()
        func iso(_ date: Date) -> String { Instant(date).iso8601(in: .europeParis) }
        var account: PersonalDataExport.Account?
        if let email, let user = try await UserRecord.query(on: database).filter(\.$email == email).first() {
            account = .init(email: user.email, displayName: user.displayName, role: user.role, partner: user.partnerCode,
                            establishment: user.establishmentUAI)
        }
        var tickets: [PersonalDataExport.Ticket] = []
        var seen: Set<String> = []
        for (column, value) in [("requester_email", email), ("requester_name", name)] {
            guard let value else { continue }
            for ticket in try await requestedTickets(column, value) where seen.insert(ticket.reference).inserted { tickets.append(ticket) }
        }

        var entries: [PersonalDataExport.TicketEntry] = []
        if let email {
            let events = try await TicketEventRecord.query(on: database).filter(\.$actor == email).sort(\.$at).limit(Self.sectionLimit).all()
            // Not the files' bytes: their names and times.
            let attachments = try await TicketAttachmentRecord.query(on: database).filter(\.$uploadedBy == email).sort(\.$uploadedAt)
                .field(\.$id).field(\.$ticket.$id).field(\.$fileName).field(\.$uploadedAt).limit(Self.sectionLimit).all()
            let ratings = try await TicketRatingRecord.query(on: database).filter(\.$ratedBy == email).sort(\.$at)
                .limit(Self.sectionLimit).all()
            let ticketIDs = Set(events.map(\.$ticket.id) + attachments.map(\.$ticket.id) + ratings.map(\.$ticket.id))
            var references: [UUID: String] = [:]
            for chunk in Array(ticketIDs).chunked(500) {
                for ticket in try await TicketRecord.query(on: database).filter(\.$id ~~ chunk).all() {
                    references[ticket.id!] = ticket.reference
                }
            }
            entries += events.map { .init(ticket: references[$0.$ticket.id] ?? "", at: iso($0.at), kind: $0.kind, text: $0.body) }
            entries += attachments.map { .init(ticket: references[$0.$ticket.id] ?? "", at: iso($0.uploadedAt), kind: "attachment", text: $0.fileName) }
            entries += ratings.map { .init(ticket: references[$0.$ticket.id] ?? "", at: iso($0.at), kind: "rating",
                                           text: "\($0.score)/5" + ($0.comment.map { " — \($0)" } ?? "")) }
        }

        var loans: [PersonalDataExport.Loan] = []
        if let name {
            let records = try await AssetLoanRecord.query(on: database).group(.or) { group in
                group.filter(\.$holderName == name).filter(\.$guardianName == name)
            }.limit(Self.sectionLimit).all()
            var devices: [UUID: String] = [:]
            for chunk in Array(Set(records.map(\.assetID))).chunked(500) {
                for asset in try await AssetRecord.query(on: database).filter(\.$id ~~ chunk).all() { devices[asset.id!] = asset.inventoryNumber }
            }
            loans = records.map { .init(device: devices[$0.assetID] ?? "", holder: $0.holderName ?? "", className: $0.className,
                                        guardian: $0.guardianName, startedOn: $0.startedOn, endedOn: $0.endedOn, ending: $0.ending) }
        }

        var directory: [PersonalDataExport.DirectoryEntry] = []
        var breaches: [String] = []
        var incidents: [String] = []
        var audit: [PersonalDataExport.AuditLine] = []
        var rightsRequests: [String] = []
        if let name {
            rightsRequests = try await RightsRequestRecord.query(on: database).filter(\.$requesterName == name).all()
                .map { try $0.request().reference }
        }
        if let email {
            directory = try await CrisisContactRecord.query(on: database).filter(\.$email == email).all().map {
                .init(convention: $0.conventionID, party: $0.partyCode, function: $0.function, name: $0.name, email: $0.email, phone: $0.phone)
            }
            breaches = try await BreachRecord.query(on: database).filter(\.$declaredBy == email).all().map { try $0.breach().reference }
            incidents = try await SecurityIncidentRecord.query(on: database).filter(\.$reportedBy == email).all()
                .map { try $0.incident().reference }
            audit = try await AuditRecord.query(on: database).filter(\.$actor == email).sort(\.$at).limit(Self.sectionLimit).all()
                .map { .init(at: iso($0.at), action: $0.action, subject: $0.subject) }
        }
        return PersonalDataExport(
            subject: .init(email: email, name: name), generatedAt: now.iso8601(in: .europeParis), account: account,
            ticketsRequested: tickets,
            ticketEntries: entries, loans: loans, crisisDirectory: directory, breachesDeclared: breaches, incidentsReported: incidents,
            rightsRequests: rightsRequests, auditTrail: audit)
    }

    /// The tickets whose requester `column` holds `value`, read as plain columns: a heavy requester has
    /// thousands, and a Fluent model per ticket was most of the export's time.
    private func requestedTickets(_ column: String, _ value: String) async throws -> [PersonalDataExport.Ticket] {
        guard let sql = database as? any SQLDatabase else { return [] }
        let rows = try await sql.select()
            .columns(["reference", "title", "establishment_uai", "opened_at", "status", "requester_name", "requester_email"])
            .from(TicketRecord.schema).where(SQLColumn(column), .equal, SQLBind(value)).limit(Self.sectionLimit).all()
        return try rows.map { row in
            PersonalDataExport.Ticket(
                reference: try row.decode(column: "reference", as: String.self), title: try row.decode(column: "title", as: String.self),
                establishment: try row.decode(column: "establishment_uai", as: String.self),
                openedAt: Instant(try row.decode(column: "opened_at", as: Date.self)).iso8601(in: .europeParis),
                status: try row.decode(column: "status", as: String.self),
                requesterName: try row.decode(column: "requester_name", as: String.self),
                requesterEmail: try row.decode(column: "requester_email", as: String?.self))
        }
    }

    /// What an erasure changed, by kind of record.
    public struct Erasure: Hashable, Sendable {
        public var pseudonym: String
        public var counts: [String: Int]
    }

    /// Replaces the person by a pseudonym everywhere, deletes their account and directory entries, in one
    /// transaction; refused, with nothing changed, when a rule with a legal hold or an open loan keeps the data.
    public func erase(email: String?, name: String?, rules: [RetentionRule], today: CalendarDate, actor: String,
                      at now: Instant) async throws -> Erasure {
        let email = email?.lowercased().trimmingCharacters(in: .whitespaces).nilIfEmpty
        let name = name?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        guard email != nil || name != nil else { throw ErasureRefusal.noSubject }
        try await checkErasable(email: email, name: name, rules: rules, today: today)
        let pseudonym = "pseudonyme-" + UUID().uuidString.prefix(8).lowercased()
        return try await database.transaction { database in
            var counts: [String: Int] = [:]
            func count<Model: FluentKit.Model>(_ query: QueryBuilder<Model>, _ key: String) async throws -> QueryBuilder<Model> {
                counts[key, default: 0] += try await query.copy().count()
                return query
            }
            if let email {
                if let user = try await UserRecord.query(on: database).filter(\.$email == email).first(), let id = user.id {
                    try await NotificationRecord.query(on: database).filter(\.$recipientID == id).delete()
                    try await APITokenRecord.query(on: database).filter(\.$user.$id == id).delete()
                    try await IdempotencyKeyRecord.query(on: database).filter(\.$accountID == id).delete()
                    try await user.delete(on: database)
                    counts["account"] = 1
                }
                try await count(TicketRecord.query(on: database).filter(\.$requesterEmail == email), "tickets_requested")
                    .set(\.$requesterEmail, to: nil).set(\.$requesterName, to: pseudonym).update()
                try await count(TicketRecord.query(on: database).filter(\.$filedBy == email), "tickets_filed")
                    .set(\.$filedBy, to: pseudonym).update()
                try await count(TicketEventRecord.query(on: database).filter(\.$actor == email), "ticket_events")
                    .set(\.$actor, to: pseudonym).update()
                try await count(TicketAttachmentRecord.query(on: database).filter(\.$uploadedBy == email), "attachments")
                    .set(\.$uploadedBy, to: pseudonym).update()
                try await count(TicketRatingRecord.query(on: database).filter(\.$ratedBy == email), "ratings")
                    .set(\.$ratedBy, to: pseudonym).update()
                try await count(NotificationRecord.query(on: database).filter(\.$actor == email), "notifications")
                    .set(\.$actor, to: pseudonym).update()
                try await count(AssetLoanRecord.query(on: database).filter(\.$recordedBy == email), "loans_recorded")
                    .set(\.$recordedBy, to: pseudonym).update()
                try await count(CrisisContactRecord.query(on: database).filter(\.$email == email), "crisis_directory").delete()
                try await count(BreachRecord.query(on: database).filter(\.$declaredBy == email), "breaches_declared")
                    .set(\.$declaredBy, to: pseudonym).update()
                try await count(BreachReadRecord.query(on: database).filter(\.$reader == email), "breach_reads")
                    .set(\.$reader, to: pseudonym).update()
                try await count(SecurityIncidentRecord.query(on: database).filter(\.$reportedBy == email), "incidents_reported")
                    .set(\.$reportedBy, to: pseudonym).update()
                try await count(IncidentEntryRecord.query(on: database).filter(\.$author == email), "incident_entries")
                    .set(\.$author, to: pseudonym).update()
                try await count(AuditRecord.query(on: database).filter(\.$actor == email), "audit_entries")
                    .set(\.$actor, to: pseudonym).update()
                try await AuditRecord.query(on: database).filter(\.$subject == email).set(\.$subject, to: pseudonym).update()
            }
            if let name {
                try await count(TicketRecord.query(on: database).filter(\.$requesterName == name), "tickets_requested")
                    .set(\.$requesterName, to: pseudonym).update()
                try await count(AssetLoanRecord.query(on: database).filter(\.$holderName == name), "loans")
                    .set(\.$holderName, to: pseudonym).update()
                try await count(AssetLoanRecord.query(on: database).filter(\.$guardianName == name), "loans_as_guardian")
                    .set(\.$guardianName, to: pseudonym).update()
            }
            // The audit entry names the pseudonym and the counts, nothing of the person.
            let summary = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            try await AuditRecord(at: now.date, actor: actor, action: .personalDataErased, subject: pseudonym, after: summary)
                .create(on: database)
            return Erasure(pseudonym: pseudonym, counts: counts)
        }
    }

    /// Refuses, naming the rule, an erasure a legal hold or an open loan forbids.
    private func checkErasable(email: String?, name: String?, rules: [RetentionRule], today: CalendarDate) async throws {
        if let name, let open = try await AssetLoanRecord.query(on: database).filter(\.$holderName == name)
            .filter(\.$endedOn == nil).first() {
            let device = try await AssetRecord.find(open.assetID, on: database)?.inventoryNumber ?? open.assetID.uuidString
            throw ErasureRefusal.openLoan(device: device)
        }
        guard let email, let rule = rules.first(where: { $0.data == .breachRegister && $0.legalHold }) else { return }
        for breach in try await BreachRecord.query(on: database).filter(\.$declaredBy == email).all() {
            // An open breach is held for the whole period from today, at least.
            let start = breach.resolvedAt.map { TimeZone.europeParis.localDateTime(at: Instant($0)).date } ?? today
            if rule.holds(startedOn: start, on: today) {
                throw ErasureRefusal.legalHold(.breachRegister, until: rule.period.lastDay(countingFrom: start))
            }
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
