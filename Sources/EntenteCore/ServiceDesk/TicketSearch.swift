import Foundation

/// How the queue's free-text search matches: the query must appear, whatever its case, accents and
/// spacing, in the ticket's reference, title, component, establishment or requester: "reseau  wi-fi"
/// finds "Réseau Wi-Fi". The query is one phrase, not separate words, so that "Wi-Fi 2" does not
/// find every ticket whose reference holds a 2. Tickets keep their searchable text folded the same way, so that both
/// databases compare plain lowercase text and neither needs a case-insensitive collation.
public enum TicketSearch {
    /// Lowercase, without accents, ligatures spelled out, runs of spaces as one.
    public static func folded(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "oe")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "ae")
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What a ticket is found by, folded.
    public static func searchableText(reference: String, title: String, componentName: String, establishmentUAI: String,
                                      requesterName: String) -> String {
        folded([reference, title, componentName, establishmentUAI, requesterName].joined(separator: " "))
    }

    /// The text a query looks for, folded; nil when it asks for nothing.
    public static func phrase(of query: String) -> String? {
        let phrase = folded(query)
        return phrase.isEmpty ? nil : phrase
    }
}
