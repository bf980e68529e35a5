import EntenteCore
import Fluent
import Foundation

/// What is paid under a convention's contributions and what is committed against its budget
/// affectations, each write with its audit entry.
public struct FinanceStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// A payment received for a year's contribution.
    public struct Payment: Hashable, Sendable, Identifiable {
        public var id: UUID
        public var conventionID: String
        public var scheduleID: String
        public var year: Int
        public var paidOn: CalendarDate
        public var amount: Money
        public var reference: String
        public var recordedBy: String

        public init(id: UUID = UUID(), conventionID: String, scheduleID: String, year: Int, paidOn: CalendarDate, amount: Money,
                    reference: String, recordedBy: String) {
            self.id = id
            self.conventionID = conventionID
            self.scheduleID = scheduleID
            self.year = year
            self.paidOn = paidOn
            self.amount = amount
            self.reference = reference
            self.recordedBy = recordedBy
        }
    }

    public func record(_ payment: Payment, at now: Instant) async throws {
        try await database.transaction { database in
            try await ContributionPaymentRecord(payment).create(on: database)
            try await AuditRecord(at: now.date, actor: payment.recordedBy, action: .financeUpdated, subject: payment.conventionID,
                                  after: "payment \(payment.scheduleID) \(payment.year): \(payment.amount)").create(on: database)
        }
    }

    public func payments(conventionID: String) async throws -> [Payment] {
        try await ContributionPaymentRecord.query(on: database).filter(\.$conventionID == conventionID).sort(\.$paidOn).all()
            .map { try $0.payment() }
    }

    public func record(_ commitment: BudgetCommitment, at now: Instant) async throws {
        try await database.transaction { database in
            try await BudgetCommitmentRecord(commitment).create(on: database)
            try await AuditRecord(at: now.date, actor: commitment.author, action: .financeUpdated, subject: commitment.conventionID,
                                  after: "commitment \(commitment.authorizationID) \(commitment.status.rawValue): \(commitment.amount)").create(on: database)
        }
    }

    public func setStatus(of commitmentID: UUID, to status: BudgetCommitment.Status, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await BudgetCommitmentRecord.find(commitmentID, on: database) else { throw GovernanceStore.Failure.notFound }
            record.status = status.rawValue
            try await record.save(on: database)
            try await AuditRecord(at: now.date, actor: actor, action: .financeUpdated, subject: record.conventionID,
                                  after: "commitment \(commitmentID.uuidString.lowercased()): \(status.rawValue)").create(on: database)
        }
    }

    public func commitments(conventionID: String) async throws -> [BudgetCommitment] {
        try await BudgetCommitmentRecord.query(on: database).filter(\.$conventionID == conventionID).sort(\.$date).all()
            .map { try $0.commitment() }
    }
}

final class ContributionPaymentRecord: Model, @unchecked Sendable {
    static let schema = "contribution_payments"

    @ID(key: .id) var id: UUID?
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "schedule_id") var scheduleID: String
    @Field(key: "year") var year: Int
    @Field(key: "paid_on") var paidOn: String
    @Field(key: "amount_cents") var amountCents: Int64
    @Field(key: "reference") var reference: String
    @Field(key: "recorded_by") var recordedBy: String

    init() {}

    init(_ payment: FinanceStore.Payment) {
        id = payment.id
        conventionID = payment.conventionID
        scheduleID = payment.scheduleID
        year = payment.year
        paidOn = payment.paidOn.description
        amountCents = payment.amount.cents
        reference = payment.reference
        recordedBy = payment.recordedBy
    }

    func payment() throws -> FinanceStore.Payment {
        FinanceStore.Payment(id: id ?? UUID(), conventionID: conventionID, scheduleID: scheduleID, year: year,
                             paidOn: try StoredValueError.day(paidOn, table: Self.schema, column: "paid_on"),
                             amount: Money(cents: amountCents), reference: reference, recordedBy: recordedBy)
    }
}

final class BudgetCommitmentRecord: Model, @unchecked Sendable {
    static let schema = "budget_commitments"

    @ID(key: .id) var id: UUID?
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "authorization_id") var authorizationID: String
    @Field(key: "label") var label: String
    @Field(key: "amount_cents") var amountCents: Int64
    @Field(key: "status") var status: String
    @Field(key: "date") var date: String
    @Field(key: "author") var author: String

    init() {}

    init(_ commitment: BudgetCommitment) {
        id = commitment.id
        conventionID = commitment.conventionID
        authorizationID = commitment.authorizationID
        label = commitment.label
        amountCents = commitment.amount.cents
        status = commitment.status.rawValue
        date = commitment.date.description
        author = commitment.author
    }

    func commitment() throws -> BudgetCommitment {
        BudgetCommitment(id: id ?? UUID(), conventionID: conventionID, authorizationID: authorizationID, label: label,
                         amount: Money(cents: amountCents), status: try StoredValueError.decode(status, table: Self.schema, column: "status"),
                         date: try StoredValueError.day(date, table: Self.schema, column: "date"), author: author)
    }
}
