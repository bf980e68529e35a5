import EntenteCore
import Fluent
import Foundation

/// Meetings of the convention's bodies, their votes and ballots, minutes and action items. Every change
/// is written with its audit entry (the convention by its id) in one transaction; the core decides what
/// is allowed, read again inside the transaction so that two delegates voting at once cannot both win.
public struct GovernanceStore: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public enum Failure: Error, Equatable {
        case notFound
    }

    // MARK: - Meetings

    public func schedule(_ meeting: GovernanceMeeting, at now: Instant) async throws {
        try await database.transaction { database in
            try await GovernanceMeetingRecord(meeting).create(on: database)
            try await audit(meeting.conventionID, actor: meeting.createdBy, "meeting \(meeting.id.uuidString.lowercased()) scheduled for \(meeting.bodyID)",
                            at: now, on: database)
        }
    }

    /// Rewrites the meeting's own fields (not its comments), saying what changed.
    public func save(_ meeting: GovernanceMeeting, change: String, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await GovernanceMeetingRecord.find(meeting.id, on: database) else { throw Failure.notFound }
            try record.update(from: meeting)
            try await record.save(on: database)
            try await audit(meeting.conventionID, actor: actor, "meeting \(meeting.id.uuidString.lowercased()): \(change)", at: now, on: database)
        }
    }

    public func addComment(to meeting: GovernanceMeeting, _ comment: Minutes.Comment) async throws {
        try await database.transaction { database in
            try await MinutesCommentRecord(meetingID: meeting.id, comment).create(on: database)
            try await audit(meeting.conventionID, actor: comment.author, "meeting \(meeting.id.uuidString.lowercased()): minutes commented",
                            at: comment.at, on: database)
        }
    }

    public func meeting(_ id: UUID) async throws -> GovernanceMeeting? {
        guard let record = try await GovernanceMeetingRecord.find(id, on: database) else { return nil }
        return try await meeting(from: record, on: database)
    }

    /// The meetings of these conventions, the latest first.
    public func meetings(conventions: Set<String>, limit: Int = 500) async throws -> [GovernanceMeeting] {
        guard !conventions.isEmpty else { return [] }
        let records = try await GovernanceMeetingRecord.query(on: database).filter(\.$conventionID ~~ Array(conventions))
            .sort(\.$scheduledAt, .descending).limit(limit).all()
        let ids = records.compactMap(\.id)
        let comments = ids.isEmpty ? [] : try await MinutesCommentRecord.query(on: database).filter(\.$meetingID ~~ ids).sort(\.$at).all()
        let byMeeting = Dictionary(grouping: comments, by: \.meetingID)
        return try records.map { try $0.meeting(comments: (byMeeting[$0.id ?? UUID()] ?? []).map(\.comment)) }
    }

    private func meeting(from record: GovernanceMeetingRecord, on database: any Database) async throws -> GovernanceMeeting {
        let comments = try await MinutesCommentRecord.query(on: database).filter(\.$meetingID == record.id ?? UUID()).sort(\.$at).all()
        return try record.meeting(comments: comments.map(\.comment))
    }

    // MARK: - Votes

    public func open(_ vote: BodyVote, conventionID: String, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            try await BodyVoteRecord(vote).create(on: database)
            try await audit(conventionID, actor: actor, "vote \(vote.id.uuidString.lowercased()) opened: \(vote.motion)", at: now, on: database)
        }
    }

    public func votes(of meetingID: UUID) async throws -> [BodyVote] {
        let records = try await BodyVoteRecord.query(on: database).filter(\.$meetingID == meetingID).all()
        return try await records.asyncMap { try await vote(from: $0, on: database) }.sorted { ($0.closedAt == nil ? 0 : 1, $0.motion) < ($1.closedAt == nil ? 0 : 1, $1.motion) }
    }

    private func vote(from record: BodyVoteRecord, on database: any Database) async throws -> BodyVote {
        let ballots = try await VoteBallotRecord.query(on: database).filter(\.$voteID == record.id ?? UUID()).sort(\.$at).all()
        return try record.vote(ballots: ballots.map { try $0.ballot() })
    }

    /// Casts the member body's ballot; the core refuses a second one, a person without accreditation or a closed vote.
    public func cast(voteID: UUID, in meeting: GovernanceMeeting, for member: String, by email: String, choice: VoteTally.Choice,
                     at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await BodyVoteRecord.find(voteID, on: database), record.meetingID == meeting.id else { throw Failure.notFound }
            let vote = try await vote(from: record, on: database)
            let ballot = try vote.ballot(for: member, by: email, choice: choice, attendance: meeting.attendance, at: now)
            try await VoteBallotRecord(voteID: voteID, ballot).create(on: database)
            try await audit(meeting.conventionID, actor: email, "vote \(voteID.uuidString.lowercased()): ballot of \(member)", at: now, on: database)
        }
    }

    /// Closes the vote with the next decision number of the body for `year`; an adopted approval of minutes
    /// approves them in the same transaction.
    public func close(voteID: UUID, in meeting: GovernanceMeeting, year: Int, actor: String, at now: Instant) async throws -> BodyVote {
        try await database.transaction { database in
            guard let record = try await BodyVoteRecord.find(voteID, on: database), record.meetingID == meeting.id else { throw Failure.notFound }
            let prefix = "\(meeting.bodyID)/\(year)/"
            let numbered = try await BodyVoteRecord.query(on: database).filter(\.$decisionNumber != nil).all()
                .compactMap { $0.decisionNumber.flatMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil } }
            let closed = try await vote(from: record, on: database)
                .closing(attendance: meeting.attendance, at: now, number: prefix + String((numbered.max() ?? 0) + 1))
            record.closedAt = closed.closedAt?.date
            record.outcome = closed.outcome?.rawValue
            record.decisionNumber = closed.decisionNumber
            try await record.save(on: database)
            if case .minutesApproval(let subjectID) = closed.subject, closed.outcome == .adopted {
                guard let subject = try await GovernanceMeetingRecord.find(subjectID, on: database) else { throw Failure.notFound }
                let approved = try await self.meeting(from: subject, on: database).approving(by: closed, at: meeting)
                try subject.update(from: approved)
                try await subject.save(on: database)
            }
            try await audit(meeting.conventionID, actor: actor,
                            "vote \(voteID.uuidString.lowercased()) closed: \(closed.outcome?.rawValue ?? "") \(closed.decisionNumber ?? "")",
                            at: now, on: database)
            return closed
        }
    }

    // MARK: - Action items

    public func add(_ item: ActionItem, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            try await ActionItemRecord(item).create(on: database)
            try await audit(item.conventionID, actor: actor, "action \(item.id.uuidString.lowercased()) added: \(item.title)", at: now, on: database)
        }
    }

    public func setStatus(of itemID: UUID, to status: ActionItem.Status, actor: String, at now: Instant) async throws {
        try await database.transaction { database in
            guard let record = try await ActionItemRecord.find(itemID, on: database) else { throw Failure.notFound }
            record.status = status.rawValue
            record.doneAt = status == .done ? now.date : nil
            try await record.save(on: database)
            try await audit(record.conventionID, actor: actor, "action \(itemID.uuidString.lowercased()): \(status.rawValue)", at: now, on: database)
        }
    }

    public func actionItem(_ id: UUID) async throws -> ActionItem? {
        try await ActionItemRecord.find(id, on: database)?.item()
    }

    public func actionItems(conventions: Set<String>) async throws -> [ActionItem] {
        guard !conventions.isEmpty else { return [] }
        return try await ActionItemRecord.query(on: database).filter(\.$conventionID ~~ Array(conventions)).sort(\.$dueOn).all()
            .map { try $0.item() }
    }

    func audit(_ conventionID: String, actor: String, _ change: String, at now: Instant, action: AuditAction = .governanceUpdated,
               on database: any Database) async throws {
        try await AuditRecord(at: now.date, actor: actor, action: action, subject: conventionID, after: change).create(on: database)
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        results.reserveCapacity(count)
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
