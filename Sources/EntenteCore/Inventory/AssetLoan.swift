import Foundation

/// A device lent or allocated: to a person (a pupil or a staff member), to a class, or placed in a
/// cart that is itself an asset. An allocation has no return date; a loan has one. A pupil's device
/// needs the loan agreement accepted by a guardian, recorded with the version of its text.
public struct AssetLoan: Hashable, Sendable, Identifiable {
    public enum Holder: Hashable, Sendable {
        case pupil(name: String, className: String?, adult: Bool)
        case staff(name: String)
        case schoolClass(String)
        /// A laptop cart, itself an asset of the inventory.
        case cart(UUID)

        /// Whether a guardian must accept the loan agreement: a minor pupil's personal device.
        public var needsGuardianAgreement: Bool {
            if case .pupil(_, _, let adult) = self { !adult } else { false }
        }
    }

    /// The loan agreement as a guardian accepted it.
    public struct Agreement: Hashable, Sendable {
        public var guardianName: String
        public var acceptedOn: CalendarDate
        /// The version of the agreement's text that was accepted (`charte-pret-2025-v2`).
        public var textVersion: String

        public init(guardianName: String, acceptedOn: CalendarDate, textVersion: String) {
            self.guardianName = guardianName
            self.acceptedOn = acceptedOn
            self.textVersion = textVersion
        }
    }

    /// How a loan ended.
    public enum Ending: String, Hashable, CaseIterable, Sendable {
        case returned
        case lost
        case stolen
        /// The programme gives the device to the pupil (at the end of the cycle, say).
        case ownershipTransferred = "ownership-transferred"

        /// The asset's status after this ending, in the standard lifecycle: a returned device goes back to
        /// stock, a lost or stolen one leaves the park, a given one starts its second life.
        public var assetStatus: String {
            switch self {
            case .returned: "in-stock"
            case .lost: "lost"
            case .stolen: "stolen"
            case .ownershipTransferred: "second-life"
            }
        }
    }

    public var id: UUID
    public var assetID: UUID
    public var holder: Holder
    public var startedOn: CalendarDate
    /// Nil for an allocation without end (a pupil's laptop for the cycle).
    public var expectedReturnOn: CalendarDate?
    public var agreement: Agreement?
    public var end: End?

    /// The end of a loan: how, when, and what was said (a police report's number for a theft).
    public struct End: Hashable, Sendable {
        public var kind: Ending
        public var on: CalendarDate
        public var note: String?

        public init(kind: Ending, on: CalendarDate, note: String? = nil) {
            self.kind = kind
            self.on = on
            self.note = note
        }
    }

    public init(id: UUID = UUID(), assetID: UUID, holder: Holder, startedOn: CalendarDate, expectedReturnOn: CalendarDate? = nil,
                agreement: Agreement? = nil, end: End? = nil) {
        self.id = id
        self.assetID = assetID
        self.holder = holder
        self.startedOn = startedOn
        self.expectedReturnOn = expectedReturnOn
        self.agreement = agreement
        self.end = end
    }

    public var isOpen: Bool { end == nil }

    /// A minor pupil's device whose agreement is still to be signed: handed over only once it is.
    public var awaitsAgreement: Bool { isOpen && holder.needsGuardianAgreement && agreement == nil }

    /// Past its return date and still out.
    public func isOverdue(on day: CalendarDate) -> Bool {
        guard isOpen, let expectedReturnOn else { return false }
        return expectedReturnOn < day
    }
}
