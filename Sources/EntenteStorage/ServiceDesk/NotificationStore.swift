import EntenteCore
import Fluent
import Foundation
import SQLKit

/// Writes and reads in-app notifications. Every read and every change names the recipient: an
/// account only ever sees and marks its own.
public struct NotificationStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public struct NotSQLDatabase: Error {}

    /// The accounts `NotificationRule.candidates` names, as the rule reads them.
    public func people(_ candidates: NotificationRule.Candidates) async throws -> [NotificationPerson] {
        guard !candidates.isEmpty else { return [] }
        let query = UserRecord.query(on: database).group(.or) { any in
            if !candidates.partners.isEmpty {
                any.group(.and) { agents in
                    agents.filter(\.$role == UserRole.partnerAgent.rawValue).filter(\.$partnerCode ~~ Array(candidates.partners))
                }
            }
            if !candidates.establishments.isEmpty {
                any.group(.and) { members in
                    members.filter(\.$role == UserRole.establishmentMember.rawValue)
                        .filter(\.$establishmentUAI ~~ Array(candidates.establishments))
                }
            }
            if !candidates.emails.isEmpty { any.filter(\.$email ~~ Array(candidates.emails)) }
        }
        return try await query.all().map { user in
            let account = try user.account()
            return NotificationPerson(id: account.id, email: account.email, role: account.role,
                                      partnerCode: account.partnerCode, establishmentUAI: account.establishmentUAI,
                                      teamCode: account.teamCode)
        }
    }

    /// One notification per recipient, in one statement.
    public func add(for recipients: [UUID], ticketID: UUID, kind: NotificationKind, reference: String, title: String,
                    actor: String, detail: String?, at date: Date) async throws {
        guard !recipients.isEmpty else { return }
        try await recipients.map {
            NotificationRecord(recipientID: $0, ticketID: ticketID, kind: kind, ticketReference: reference,
                               ticketTitle: title, actor: actor, detail: detail, createdAt: date)
        }.create(on: database)
    }

    /// One indexed count: what the navigation shows on every signed-in page.
    public func unreadCount(of recipientID: UUID) async throws -> Int {
        try await NotificationRecord.query(on: database).filter(\.$recipientID == recipientID).filter(\.$readAt == nil).count()
    }

    /// The recipient's notifications, newest first, at most `limit`.
    public func list(of recipientID: UUID, limit: Int = 200) async throws -> [TicketNotification] {
        try await NotificationRecord.query(on: database).filter(\.$recipientID == recipientID)
            .sort(\.$createdAt, .descending).limit(limit).all().map { try $0.notification() }
    }

    /// Marks one notification read if it is the recipient's; false when it is not theirs (or does not exist).
    public func markRead(_ id: UUID, of recipientID: UUID, at date: Date) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { throw NotSQLDatabase() }
        guard try await NotificationRecord.query(on: database).filter(\.$id == id).filter(\.$recipientID == recipientID)
            .count() > 0 else { return false }
        try await sql.update(NotificationRecord.schema).set("read_at", to: date)
            .where("id", .equal, id).where("recipient_id", .equal, recipientID).where("read_at", .is, SQLLiteral.null).run()
        return true
    }

    /// Marks all the recipient's unread notifications read; how many were.
    @discardableResult
    public func markAllRead(of recipientID: UUID, at date: Date) async throws -> Int {
        try await markRead(recipientID, ticketID: nil, at: date)
    }

    /// Marks the recipient's unread notifications of one ticket read (they opened it); how many were.
    @discardableResult
    public func markRead(ticket ticketID: UUID, of recipientID: UUID, at date: Date) async throws -> Int {
        try await markRead(recipientID, ticketID: ticketID, at: date)
    }

    private func markRead(_ recipientID: UUID, ticketID: UUID?, at date: Date) async throws -> Int {
        guard let sql = database as? any SQLDatabase else { throw NotSQLDatabase() }
        let update = sql.update(NotificationRecord.schema).set("read_at", to: date)
            .where("recipient_id", .equal, recipientID).where("read_at", .is, SQLLiteral.null)
        if let ticketID { update.where("ticket_id", .equal, ticketID) }
        return try await update.returning("id").all().count
    }
}
