import Foundation

/// Who reads and acts on a breach: the DPD, RSSI and crisis-cell members of the parties it concerns, as
/// the convention's crisis directory names them — neither administrators nor agents by their role alone.
/// Whoever declared it follows their own declaration.
public enum BreachAccess {
    /// The parties a breach from `origin` concerns: the origin and everyone its obligations name.
    public static func partiesConcerned(origin: String, obligations: [BreachObligation]) -> Set<String> {
        var parties: Set<String> = [origin]
        for obligation in obligations {
            parties.insert(obligation.responsibleCode)
            for case .party(let code) in obligation.recipients { parties.insert(code) }
        }
        return parties
    }

    /// Whether the person with `email` holds a breach-reading function for one of `parties` in `directory`.
    public static func canHandle(email: String, parties: Set<String>, directory: [CrisisContact]) -> Bool {
        directory.contains { contact in
            contact.email.caseInsensitiveCompare(email) == .orderedSame && parties.contains(contact.partyCode)
                && contact.function != .management
        }
    }

    public static func canRead(email: String, declaredBy: String, parties: Set<String>, directory: [CrisisContact]) -> Bool {
        declaredBy.caseInsensitiveCompare(email) == .orderedSame || canHandle(email: email, parties: parties, directory: directory)
    }
}
