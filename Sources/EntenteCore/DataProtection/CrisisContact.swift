import Foundation

/// An entry of a convention's crisis directory ("annuaire de crise"): who to call for a party in a role,
/// and who replaces them.
public struct CrisisContact: Hashable, Sendable, Identifiable {
    /// What the person is in the chain of alert. The DPD, the RSSI and the crisis cell's members also
    /// read the breaches of their party.
    public enum Function: String, CaseIterable, Codable, Hashable, Sendable {
        case dpd
        case rssi
        case crisisCell = "crisis-cell"
        /// The school head or a director, informed and deciding for their organisation.
        case management
    }

    public struct Deputy: Hashable, Sendable {
        public var name: String
        public var phone: String

        public init(name: String, phone: String) { (self.name, self.phone) = (name, phone) }
    }

    public enum Problem: Error, Hashable, Sendable {
        case missingName, missingPhone, invalidPhone(String), invalidEmail(String), unknownParty(String)
        /// A deputy named without a phone, or a phone without a name.
        case incompleteDeputy
        case reviewInFuture(CalendarDate)
    }

    public var id: UUID
    public var conventionID: String
    public var partyCode: String
    public var function: Function
    public var name: String
    public var email: String
    public var phone: String
    public var deputy: Deputy?
    public var reviewedOn: CalendarDate

    public init(id: UUID, conventionID: String, partyCode: String, function: Function, name: String, email: String,
                phone: String, deputy: Deputy?, reviewedOn: CalendarDate) {
        self.id = id
        self.conventionID = conventionID
        self.partyCode = partyCode
        self.function = function
        self.name = name
        self.email = email
        self.phone = phone
        self.deputy = deputy
        self.reviewedOn = reviewedOn
    }

    /// A directory is reviewed at least every six months: people change posts and numbers faster than
    /// conventions change.
    public static let reviewInterval = CalendarMonths(6)!

    public func isReviewOverdue(on today: CalendarDate) -> Bool {
        Self.reviewInterval.lastDay(countingFrom: reviewedOn) < today
    }

    /// Every problem of the entry, checked against the convention's parties and today.
    public func problems(parties: [String], today: CalendarDate) -> [Problem] {
        var problems: [Problem] = []
        if !parties.contains(partyCode) { problems.append(.unknownParty(partyCode)) }
        if name.allSatisfy(\.isWhitespace) { problems.append(.missingName) }
        if phone.allSatisfy(\.isWhitespace) {
            problems.append(.missingPhone)
        } else if !Self.isPhone(phone) {
            problems.append(.invalidPhone(phone))
        }
        if !Self.isEmail(email) { problems.append(.invalidEmail(email)) }
        if let deputy {
            if deputy.name.allSatisfy(\.isWhitespace) || deputy.phone.allSatisfy(\.isWhitespace) {
                problems.append(.incompleteDeputy)
            } else if !Self.isPhone(deputy.phone) {
                problems.append(.invalidPhone(deputy.phone))
            }
        }
        if reviewedOn > today { problems.append(.reviewInFuture(reviewedOn)) }
        return problems
    }

    /// A number one can dial: digits with spaces, dots, dashes or brackets, an optional leading `+`,
    /// 6 to 15 digits (E.164's longest).
    static func isPhone(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let body = trimmed.hasPrefix("+") ? trimmed.dropFirst() : Substring(trimmed)
        let digits = body.filter(\.isASCII).filter(\.isNumber).count
        return (6...15).contains(digits) && body.allSatisfy { ($0.isASCII && $0.isNumber) || " .-()".contains($0) }
    }

    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }
}
