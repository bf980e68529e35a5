import Foundation

/// An amendment to a convention on its way: proposed by a party with the cells it rewrites, discussed
/// (concertation), approved by each signatory party's competent body — its deliberation's reference and
/// date —, then effective from a date no earlier than the last approval. Approved, it is a new version of
/// the convention, whose diff with the previous one shows the changed cells.
public struct Avenant: Hashable, Sendable, Identifiable {
    public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
        case proposed, concertation, approved, withdrawn
    }

    public struct Approval: Codable, Hashable, Sendable {
        public var party: String
        /// The deliberation (or decision) of the party's competent body.
        public var deliberation: String
        public var date: CalendarDate
        public var recordedBy: String

        public init(party: String, deliberation: String, date: CalendarDate, recordedBy: String) {
            self.party = party
            self.deliberation = deliberation
            self.date = date
            self.recordedBy = recordedBy
        }
    }

    public enum Refusal: Error, Hashable, Sendable {
        case notASignatory(String)
        case alreadyApproved(party: String)
        case notOpen(Status)
        case noChange
        case unknownCell(componentID: String)
        /// The effective date falls before the last approval.
        case effectiveBeforeLastApproval(effective: CalendarDate, lastApproval: CalendarDate)
        /// The last approval says from when the avenant applies.
        case effectiveDateRequired
        case deliberationRequired
        /// A partner that joins must be new and known by its partner; one that leaves must sign the convention.
        case notANewPartner(String)
        case notLeavable(String)
        /// A withdrawal takes effect no earlier than its notice allows.
        case withdrawalBeforeNotice(effective: CalendarDate, earliest: CalendarDate)
    }

    public var id: UUID
    public var conventionID: String
    public var number: Int
    public var title: String
    public var summary: String
    public var proposedBy: String
    public var proposedAt: Instant
    public var changes: [ConventionVersion.CellChange]
    /// A partner joining (an adhesion, approved by every partner and the newcomer).
    public var joining: [ConventionParty]
    /// Parties leaving (a withdrawal, the leaving party's decision, effective after its notice).
    public var leaving: [String]
    public var status: Status
    public var approvals: [Approval]
    public var effective: CalendarDate?

    public init(id: UUID = UUID(), conventionID: String, number: Int, title: String, summary: String, proposedBy: String,
                proposedAt: Instant, changes: [ConventionVersion.CellChange], joining: [ConventionParty] = [], leaving: [String] = [],
                status: Status = .proposed, approvals: [Approval] = [], effective: CalendarDate? = nil) {
        self.joining = joining
        self.leaving = leaving
        self.id = id
        self.conventionID = conventionID
        self.number = number
        self.title = title
        self.summary = summary
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.changes = changes
        self.status = status
        self.approvals = approvals
        self.effective = effective
    }

    /// The version id it becomes: `avenant-3`.
    public var versionID: String { "avenant-\(number)" }

    /// The parties whose competent body approves an avenant: those that sign the convention, the parties
    /// with a partner of the registry (a collectivité, the académie), not the establishments as a class.
    public static func signatories(of convention: Convention) -> [String] {
        convention.parties.filter { $0.partnerCode != nil }.map(\.code)
    }

    /// Checks what the avenant changes before anything is written: cells that exist, partners that are new, parties that sign.
    public static func validate(_ changes: [ConventionVersion.CellChange], joining: [ConventionParty] = [], leaving: [String] = [],
                                in convention: Convention) throws(Refusal) {
        guard !changes.isEmpty || !joining.isEmpty || !leaving.isEmpty else { throw .noChange }
        for change in changes where convention.component(id: change.componentID) == nil {
            throw .unknownCell(componentID: change.componentID)
        }
        for party in joining where party.partnerCode == nil || convention.party(code: party.code) != nil || !Convention.isPartyCode(party.code) {
            throw .notANewPartner(party.code)
        }
        for code in leaving where !signatories(of: convention).contains(code) {
            throw .notLeavable(code)
        }
    }

    /// Who approves: a withdrawal alone is the leaving party's decision; anything else every signatory and the newcomers.
    public func approvers(in convention: Convention) -> [String] {
        if !leaving.isEmpty, changes.isEmpty, joining.isEmpty { return leaving }
        return Self.signatories(of: convention) + joining.map(\.code)
    }

    public func inConcertation() throws(Refusal) -> Avenant {
        guard status == .proposed else { throw .notOpen(status) }
        var next = self
        next.status = .concertation
        return next
    }

    /// One party's approval; the last one, with an effective date no earlier than it, makes the avenant approved.
    public func approving(_ approval: Approval, effective: CalendarDate?, in convention: Convention) throws(Refusal) -> Avenant {
        guard status == .proposed || status == .concertation else { throw .notOpen(status) }
        let signatories = approvers(in: convention)
        guard signatories.contains(approval.party) else { throw .notASignatory(approval.party) }
        guard !approval.deliberation.isEmpty else { throw .deliberationRequired }
        guard !approvals.contains(where: { $0.party == approval.party }) else { throw .alreadyApproved(party: approval.party) }
        var next = self
        next.approvals.append(approval)
        let missing = signatories.filter { party in !next.approvals.contains { $0.party == party } }
        guard missing.isEmpty else { return next }
        let last = next.approvals.map(\.date).max() ?? approval.date
        guard let effective else { throw .effectiveDateRequired }
        guard effective >= last else { throw .effectiveBeforeLastApproval(effective: effective, lastApproval: last) }
        if !leaving.isEmpty {
            // The notice runs from the leaving party's decision notified.
            let notified = next.approvals.filter { leaving.contains($0.party) }.map(\.date).max() ?? last
            let earliest = ConventionTerm.withdrawalEffective(of: convention, noticeReceived: notified)
            guard effective >= earliest else { throw .withdrawalBeforeNotice(effective: effective, earliest: earliest) }
        }
        next.effective = effective
        next.status = .approved
        return next
    }

    /// The version the approved avenant adds to the convention.
    public var version: ConventionVersion? {
        guard status == .approved, let effective else { return nil }
        return ConventionVersion(id: versionID, kind: .avenant, title: title, effective: effective, summary: summary, changes: changes,
                                 joining: joining, leaving: leaving)
    }
}

extension Convention {
    /// The convention with approved avenants recorded outside its file appended as versions (in number order).
    public func amended(by avenants: [Avenant]) -> Convention {
        var amended = self
        var known = Set(versions.map(\.id))
        for version in avenants.filter({ $0.conventionID == id }).sorted(by: { $0.number < $1.number }).compactMap(\.version)
        where known.insert(version.id).inserted {
            amended.versions.append(version)
        }
        return amended
    }
}
