import EntenteCore

/// The words of avenants and of the convention's life, French first.
enum AvenantPhrase: Phrasebook {
    case navigation, intro, none, number, title, summary, status, proposedBy, propose, component, activity, parties, partiesHint
    case changes, before, after, approvals, noApprovals, party, deliberation, date, effective, effectiveHint, approve
    case concertation, withdraw, diff, noDiff, titleRequired, cellUnknown, approvalIncomplete, version, term
    case passed, soon, joining, joiningCode, joiningName, joiningKind, joiningPartner, leaving, nobody, approvers

    var pair: (String, String) {
        switch self {
        case .navigation: ("Avenants", "Avenants")
        case .intro: ("Toute modification de la convention fait l'objet d'un avenant approuvé par l'organe compétent de chaque partie signataire ; approuvé, il devient une version de la convention.",
                      "Any change to the convention is an avenant approved by each signatory party's competent body; approved, it becomes a version of the convention.")
        case .none: ("Aucun avenant en cours.", "No avenant under way.")
        case .number: ("N°", "No.")
        case .title: ("Objet", "Title")
        case .summary: ("Exposé des motifs", "Reasons")
        case .status: ("État", "Status")
        case .proposedBy: ("Proposé par", "Proposed by")
        case .propose: ("Proposer un avenant", "Propose an avenant")
        case .component: ("Composant", "Component")
        case .activity: ("Activité", "Activity")
        case .parties: ("Nouvelle répartition (codes des parties)", "New split (party codes)")
        case .partiesHint: ("par exemple « CD » ou « CD EPLE », « none » si personne", "e.g. “CD” or “CD EPLE”, “none” for nobody")
        case .changes: ("Cellules modifiées", "Cells changed")
        case .before: ("Avant", "Before")
        case .after: ("Après", "After")
        case .approvals: ("Approbations des parties", "The parties' approvals")
        case .noApprovals: ("Aucune approbation encore.", "No approval yet.")
        case .party: ("Partie", "Party")
        case .deliberation: ("Délibération ou décision (référence)", "Deliberation or decision (reference)")
        case .date: ("Date de la délibération", "Date of the deliberation")
        case .effective: ("Date d'effet (pour la dernière approbation)", "Effective date (with the last approval)")
        case .effectiveHint: ("Pas avant la dernière approbation.", "Not before the last approval.")
        case .approve: ("Enregistrer l'approbation", "Record the approval")
        case .concertation: ("Ouvrir la concertation", "Open the concertation")
        case .withdraw: ("Retirer l'avenant", "Withdraw the avenant")
        case .diff: ("Ce que change la nouvelle version", "What the new version changes")
        case .noDiff: ("Aucune différence avec la version précédente.", "No difference with the previous version.")
        case .titleRequired: ("L'avenant a un objet.", "The avenant has a title.")
        case .cellUnknown: ("Choisissez un composant et une activité de la convention.", "Choose a component and an activity of the convention.")
        case .approvalIncomplete: ("Une approbation a la partie, la référence de sa délibération et sa date.",
                                   "An approval has the party, its deliberation's reference and its date.")
        case .version: ("Version de la convention", "Convention version")
        case .term: ("Échéances de la convention", "The convention's term")
        case .passed: ("passée", "passed")
        case .soon: ("dans moins de 90 jours", "within 90 days")
        case .joining: ("Adhésion d'un partenaire", "A partner joins")
        case .joiningCode: ("Code de la nouvelle partie (facultatif)", "Code of the new party (optional)")
        case .joiningName: ("Nom de la nouvelle partie", "Name of the new party")
        case .joiningKind: ("Nature de la nouvelle partie", "Kind of the new party")
        case .joiningPartner: ("Code du partenaire dans le registre", "Partner's code in the registry")
        case .leaving: ("Retrait d'une partie", "A party withdraws")
        case .nobody: ("aucun", "none")
        case .approvers: ("Approuvent", "Approved by")
        }
    }

    static func partiesUnknown(_ known: [String], _ language: Language) -> String {
        (language == .fr ? "Codes de parties inconnus ; ceux de la convention : " : "Unknown party codes; the convention's: ") + known.joined(separator: ", ")
    }

    static func status(_ status: Avenant.Status, _ language: Language) -> String {
        switch status {
        case .proposed: language == .fr ? "proposé" : "proposed"
        case .concertation: language == .fr ? "en concertation" : "in concertation"
        case .approved: language == .fr ? "approuvé" : "approved"
        case .withdrawn: language == .fr ? "retiré" : "withdrawn"
        }
    }

    static func milestone(_ milestone: ConventionTerm.Milestone, _ language: Language) -> String {
        switch milestone {
        case .renewalNegotiation: language == .fr ? "Ouverture de la négociation du renouvellement" : "Renewal negotiation opens"
        case .noticeDeadline: language == .fr ? "Dernier jour pour dénoncer la convention à son terme (préavis)" : "Last day to give notice for the convention to end at its term"
        case .end: language == .fr ? "Fin de la convention" : "End of the convention"
        }
    }

    static func refusal(_ refusal: Avenant.Refusal, _ language: Language) -> String {
        let fr = language == .fr
        return switch refusal {
        case .notASignatory(let party): fr ? "\(party) n'est pas signataire de la convention." : "\(party) does not sign the convention."
        case .alreadyApproved(let party): fr ? "\(party) a déjà approuvé cet avenant." : "\(party) has already approved this avenant."
        case .notOpen(let status): fr ? "L'avenant est \(Self.status(status, language)) : cette étape n'est plus possible." : "The avenant is \(Self.status(status, language)): this step is no longer possible."
        case .noChange: fr ? "Un avenant modifie au moins une cellule." : "An avenant changes at least one cell."
        case .unknownCell(let id): fr ? "Le composant \(id) n'existe pas dans la convention." : "Component \(id) is not in the convention."
        case .effectiveBeforeLastApproval(let effective, let last):
            fr ? "La date d'effet (\(effective.frenchLabel)) précède la dernière approbation (\(last.frenchLabel)) : donnez une date d'effet au \(last.frenchLabel) ou après. Rien n'a été enregistré."
                : "The effective date (\(effective)) is before the last approval (\(last)): give one on or after \(last). Nothing was recorded."
        case .effectiveDateRequired: fr ? "Cette approbation est la dernière : donnez la date d'effet de l'avenant. Rien n'a été enregistré."
            : "This is the last approval: give the avenant's effective date. Nothing was recorded."
        case .deliberationRequired: approvalIncomplete.text(language)
        case .notANewPartner(let code): fr ? "\(code) est déjà partie à la convention, ou n'a ni code valable ni partenaire du registre."
            : "\(code) is already a party, or has no valid code or partner of the registry."
        case .notLeavable(let code): fr ? "\(code) ne signe pas la convention : il ne peut s'en retirer." : "\(code) does not sign the convention: it cannot withdraw."
        case .withdrawalBeforeNotice(let effective, let earliest):
            fr ? "Le retrait ne peut prendre effet le \(effective.frenchLabel) : son préavis le reporte au \(earliest.frenchLabel) au plus tôt. Rien n'a été enregistré."
                : "The withdrawal cannot take effect on \(effective): its notice puts it on \(earliest) at the earliest. Nothing was recorded."
        }
    }
}
