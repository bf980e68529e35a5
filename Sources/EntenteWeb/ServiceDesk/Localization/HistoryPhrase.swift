import EntenteCore

/// How a line of a ticket's history reads: its heading and its text, worded when shown from the typed
/// fact the history stores.
enum HistoryPhrase {
    /// What each line is about, in bold before who and when.
    static func heading(of fact: TicketEvent.Fact, _ language: Language) -> String {
        let fr = language == .fr
        return switch fact {
        case .created: fr ? "Demande créée" : "Ticket filed"
        case .statusChanged(_, let to, _): "→ " + to.text(language)
        case .reply: fr ? "Réponse" : "Reply"
        case .internalNote: fr ? "Note interne" : "Internal note"
        case .transfer(let from, let to, _, _): (fr ? "Transfert" : "Transfer") + " \(from) → \(to)"
        case .teamChanged: TeamPhrase.team.text(language)
        case .attachment(_, _, _, let audience):
            audience == nil ? (fr ? "Pièce jointe" : "Attachment") : (fr ? "Pièce jointe interne" : "Internal attachment")
        case .serviceLevel(_, let alert, _): ServiceLevelPhrase.alert(alert, language)
        }
    }

    /// The line's text: what a person wrote, or what Entente recorded, worded. `team` names a team by
    /// its code; `dateTime` writes an instant.
    static func text(of fact: TicketEvent.Fact, _ language: Language, team: (String) -> String,
                     dateTime: (Instant) -> String) -> String? {
        let fr = language == .fr
        switch fact {
        case .created(let reason): return reason
        case .statusChanged(_, _, let comment): return comment
        case .reply(let text), .internalNote(let text, _): return text
        case .transfer(_, _, let reason, let overrides):
            return (overrides ? (fr ? "Dérogation à la convention — " : "Convention overridden — ") : "") + reason
        case .teamChanged(_, let to, let movement, let reason):
            return "\(movement.text(language)) → \(team(to)) : \(reason)"
        case .attachment(let fileName, let mediaType, let size, _):
            return "\(fileName) (\(mediaType), \(size) \(fr ? "octets" : "bytes"))"
        case .serviceLevel(let clock, _, let dueAt):
            return "\(ServiceLevelPhrase.clockName(clock, language)) : \(fr ? "échéance" : "due") \(dateTime(dueAt))"
        }
    }
}
