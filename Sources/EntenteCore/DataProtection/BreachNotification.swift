import Foundation

/// A notification of a breach as it was sent: a versioned document (initial, complementary, final) to the
/// other parties, the supervisory authority or the persons, with its proof of sending.
public struct BreachNotification: Hashable, Sendable, Identifiable {
    public enum Audience: String, CaseIterable, Codable, Hashable, Sendable {
        /// The other parties' DPD and RSSI (the convention's notice, then its updates).
        case partners
        /// The supervisory authority (GDPR art. 33; in phases, art. 33(4)).
        case authority
        /// The persons concerned (art. 34).
        case persons
    }

    public enum Phase: String, CaseIterable, Codable, Hashable, Sendable {
        case initial, complementary, final
    }

    public enum Refusal: Error, Hashable, Sendable {
        /// The first notification to an audience is the initial one, and there is one initial only.
        case initialFirst, initialAlreadySent
        /// Nothing follows a final notification.
        case afterFinal
        case missingProof
        /// The authority is notified once the decision to notify has been recorded.
        case noDecisionToNotify
    }

    public var id: UUID
    public var breachID: UUID
    public var audience: Audience
    public var phase: Phase
    /// 1 for the initial notification, then one more per notification to the same audience.
    public var version: Int
    public var sentAt: Instant
    public var sentBy: String
    public var recipients: [String]
    /// The declaration as it stood when sent.
    public var content: BreachDeclaration
    /// What proves the sending: the mail server's acceptance and the message's identifier, or the
    /// authority's receipt number.
    public var proof: String

    public init(id: UUID, breachID: UUID, audience: Audience, phase: Phase, version: Int, sentAt: Instant, sentBy: String,
                recipients: [String], content: BreachDeclaration, proof: String) {
        self.id = id
        self.breachID = breachID
        self.audience = audience
        self.phase = phase
        self.version = version
        self.sentAt = sentAt
        self.sentBy = sentBy
        self.recipients = recipients
        self.content = content
        self.proof = proof
    }

    /// The version the next notification to `audience` takes, or why it cannot be sent.
    public static func nextVersion(of phase: Phase, to audience: Audience, after earlier: [BreachNotification],
                                   decision: BreachProgress.AuthorityDecision?) throws(Refusal) -> Int {
        let sent = earlier.filter { $0.audience == audience }
        if audience == .authority, decision != .notify { throw .noDecisionToNotify }
        if sent.contains(where: { $0.phase == .final }) { throw .afterFinal }
        switch (phase, sent.isEmpty) {
        case (.initial, false): throw .initialAlreadySent
        case (.complementary, true), (.final, true): throw .initialFirst
        default: return sent.count + 1
        }
    }

    /// What sending it changes in the breach's progress.
    public func apply(to progress: inout BreachProgress) {
        switch audience {
        case .partners:
            if phase == .initial { progress.partnerNoticeSentAt = sentAt }
            progress.lastNoticeSentAt = sentAt
            // The first notice after the authority's carries its receipt to the other DPDs.
            if progress.authorityNotifiedAt != nil, progress.receiptSharedAt == nil { progress.receiptSharedAt = sentAt }
        case .authority:
            if phase == .initial { progress.authorityNotifiedAt = sentAt }
        case .persons:
            if phase == .initial { progress.personsInformedAt = sentAt }
        }
    }
}
