import EntenteCore

/// A refused transfer, in the page's language.
enum TransferText {
    static func message(_ refusal: TicketTransfer.Refusal, _ context: PageContext) -> String {
        guard context.language == .fr else { return refusal.description }
        switch refusal {
        case .reasonRequired: return "Un transfert doit être motivé."
        case .unknownParty(let code): return "« \(code) » n'est pas une partie de la convention."
        case .sameParty: return "La demande est déjà chez cette partie."
        case .notResponsible(let code, let responsible):
            return "La convention ne rend pas \(code) responsable (elle désigne \(responsible.joined(separator: ", "))) : "
                + "cochez la dérogation pour confirmer."
        }
    }
}
