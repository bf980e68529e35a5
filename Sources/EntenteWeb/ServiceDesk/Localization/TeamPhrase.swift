import EntenteCore

/// The sentences of teams and escalation, in French and English, and the refusals of a change of
/// team worded for people.
enum TeamPhrase: CaseIterable, Sendable, Phrasebook {
    case team, allTeams, noTeam, myTeam, changeTeam, changeTeamHint, target, nextLevel, reason, submit, level


    var pair: (String, String) {
        switch self {
        case .team: ("Équipe", "Team")
        case .allTeams: ("Toutes les équipes", "All teams")
        case .noTeam: ("—", "—")
        case .myTeam: ("Mon équipe", "My team")
        case .changeTeam: ("Escalader / réaffecter", "Escalate / reassign")
        case .changeTeamHint: ("Vers une autre équipe de la même partie : niveau supérieur (escalade), inférieur (désescalade) ou équivalent. Le statut et les délais continuent de courir.",
                               "To another team of the same party: a higher level (escalation), a lower one (de-escalation) or the same. Status and clocks carry on.")
        case .target: ("Équipe destinataire", "Receiving team")
        case .nextLevel: ("Niveau supérieur (première équipe du niveau au-dessus)", "Next level (first team of the level above)")
        case .reason: ("Motif (obligatoire)", "Reason (required)")
        case .submit: ("Escalader / réaffecter", "Escalate / reassign")
        case .level: ("Niveau", "Level")
        }
    }

    /// "Réseaux et Wi-Fi (N2)", or the code of a team the party no longer has.
    static func label(_ team: Team?, code: String?) -> String {
        team?.label ?? code ?? "—"
    }

    static func level(_ level: EscalationLevel, _ language: Language) -> String {
        level.text(language)
    }

    /// A refused change of team, in the page's language.
    static func refusal(_ refusal: TeamReassignment.Refusal, _ language: Language) -> String {
        guard language == .fr else { return refusal.description }
        return switch refusal {
        case .reasonRequired: "Une escalade ou une réaffectation doit être motivée."
        case .ticketNotOpen: "La demande n'est plus en cours : rouvrez-la avant de changer d'équipe."
        case .noTeams(let party): "\(party) n'a pas d'équipes."
        case .unknownTeam(let code): "Aucune équipe « \(code) »."
        case .otherParty(let team, let teamParty, let ticketParty):
            "L'équipe \(team) relève de \(teamParty), pas de \(ticketParty) : pour changer de partie, transférez la demande."
        case .sameTeam: "La demande est déjà dans cette équipe."
        case .noHigherLevel(let level): "Aucune équipe au-dessus du niveau \(level.shortLabel) : choisissez l'équipe."
        }
    }
}
