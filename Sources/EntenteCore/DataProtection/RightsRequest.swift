import Foundation

/// A person's request to exercise a right over their data (GDPR arts. 15 to 22): who asked, where it
/// was received, who handles it under the convention's table, the identity check, the acknowledgement,
/// the extension and the answer, against the one-month deadline.
public struct RightsRequest: Hashable, Sendable, Identifiable {
    /// Whether the requester's identity was checked (seed 000 §3.2.1: documents asked "en cas de doute légitime").
    public enum Identity: String, CaseIterable, Codable, Hashable, Sendable {
        case pending
        case verified
        /// No reasonable doubt: nothing asked.
        case notNeeded = "not-needed"
    }

    /// Where a request stands on a day.
    public enum Standing: Hashable, Sendable {
        case open(daysLeft: Int)
        case overdue(daysLate: Int)
        case answered(late: Bool)
    }

    public enum Refusal: Error, Hashable, Sendable {
        case extensionRefused(RightsRequestDeadline.ExtensionRefusal)
        case alreadyExtended
        case alreadyAnswered
        case emptyAnswer
        case receivedInFuture
    }

    public var id: UUID
    public var number: Int
    public var conventionID: String
    public var right: DataSubjectRight
    public var requester: RequesterCategory
    public var requesterName: String
    /// An e-mail address or a postal address, where the acknowledgement and the answer go.
    public var requesterContact: String
    public var receivedBy: String
    public var receivedOn: CalendarDate
    public var handlerCode: String
    public var contributorCodes: [String]
    public var identity: Identity
    public var identityNote: String?
    public var acknowledgedOn: CalendarDate?
    public var extendedOn: CalendarDate?
    public var extensionReason: String?
    public var answeredOn: CalendarDate?
    public var answer: String?
    public var recordedBy: String

    public init(id: UUID, number: Int, conventionID: String, right: DataSubjectRight, requester: RequesterCategory,
                requesterName: String, requesterContact: String, receivedBy: String, receivedOn: CalendarDate,
                handlerCode: String, contributorCodes: [String], identity: Identity = .pending, identityNote: String? = nil,
                acknowledgedOn: CalendarDate? = nil, extendedOn: CalendarDate? = nil, extensionReason: String? = nil,
                answeredOn: CalendarDate? = nil, answer: String? = nil, recordedBy: String) {
        self.id = id
        self.number = number
        self.conventionID = conventionID
        self.right = right
        self.requester = requester
        self.requesterName = requesterName
        self.requesterContact = requesterContact
        self.receivedBy = receivedBy
        self.receivedOn = receivedOn
        self.handlerCode = handlerCode
        self.contributorCodes = contributorCodes
        self.identity = identity
        self.identityNote = identityNote
        self.acknowledgedOn = acknowledgedOn
        self.extendedOn = extendedOn
        self.extensionReason = extensionReason
        self.answeredOn = answeredOn
        self.answer = answer
        self.recordedBy = recordedBy
    }

    /// `DDP-2026-0003`: "demande de droit", numbered in its year.
    public var reference: String { "DDP-\(receivedOn.year)-\(number.zeroPadded(4))" }

    public var isExtended: Bool { extendedOn != nil }

    public var lastDay: CalendarDate { RightsRequestDeadline.lastDay(received: receivedOn, extended: isExtended) }

    /// The parties that take part: who received it, who handles it, who answers with the handler.
    public var partiesConcerned: Set<String> { Set([receivedBy, handlerCode] + contributorCodes) }

    public func standing(on today: CalendarDate) -> Standing {
        if let answeredOn { return .answered(late: answeredOn > lastDay) }
        let left = lastDay.dayNumber - today.dayNumber
        return left >= 0 ? .open(daysLeft: left) : .overdue(daysLate: -left)
    }

    /// Extends the period by two months, with its reason, decided on `day` (within the first month).
    public mutating func extend(on day: CalendarDate, reason: String) throws(Refusal) {
        guard answeredOn == nil else { throw .alreadyAnswered }
        guard extendedOn == nil else { throw .alreadyExtended }
        do { try RightsRequestDeadline.checkExtension(received: receivedOn, decidedOn: day, reason: reason) } catch {
            throw .extensionRefused(error)
        }
        extendedOn = day
        extensionReason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public mutating func recordAnswer(_ text: String, on day: CalendarDate) throws(Refusal) {
        guard answeredOn == nil else { throw .alreadyAnswered }
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .emptyAnswer }
        answeredOn = day
        answer = text
    }
}
