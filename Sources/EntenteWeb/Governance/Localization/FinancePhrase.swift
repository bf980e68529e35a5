import EntenteCore

/// The words of the sums, French first.
enum FinancePhrase: Phrasebook {
    case title, contributions, noContribution, year, amount, callForFunds, csv, payments, paidOn, reference, record
    case paid, remainingDue, costSharing, envelope, total, participants, remainderNote, budget
    case affectation, kind, chapter, functionalCode, programme, action, article, committed, drafted, remaining, commitments
    case label, status, draft, confirmed, cancelled, draftCommitment, totalsChecked, totalsMismatch, paymentIncomplete
    case commitmentIncomplete, update, steps, step, payer, payee, schedule, redistribution, penaltyAmount, finalParticipants, divide

    var pair: (String, String) {
        switch self {
        case .title: ("Contributions, partage des coûts et budget", "Contributions, cost sharing and budget")
        case .contributions: ("Contributions", "Contributions")
        case .noContribution: ("La convention ne fixe aucune contribution.", "The convention sets out no contribution.")
        case .year: ("Année", "Year")
        case .amount: ("Montant", "Amount")
        case .callForFunds: ("Appel de fonds", "Call for funds")
        case .csv: ("CSV", "CSV")
        case .payments: ("Versements reçus", "Payments received")
        case .paidOn: ("Payé le", "Paid on")
        case .reference: ("Référence (mandat, titre)", "Reference")
        case .record: ("Enregistrer le versement", "Record the payment")
        case .paid: ("Versé", "Paid")
        case .remainingDue: ("Reste dû", "Still due")
        case .costSharing: ("Partage des coûts", "Cost sharing")
        case .envelope: ("Enveloppe", "Envelope")
        case .total: ("Total", "Total")
        case .participants: ("participants", "participants")
        case .remainderNote: ("Chaque part est arrondie au centime inférieur ; les centimes restants vont un à un aux plus forts restes, à égalité aux premiers listés : la somme des parts est toujours l'enveloppe.",
                              "Each share is rounded down to the cent; the cents left go one by one to the largest remainders, ties to the first listed: the shares always sum to the envelope.")
        case .budget: ("Budget", "Budget")
        case .affectation: ("Affectation", "Affectation")
        case .kind: ("Nature", "Kind")
        case .chapter: ("Chapitre", "Chapter")
        case .functionalCode: ("Code fonctionnel", "Functional code")
        case .programme: ("Programme", "Programme")
        case .action: ("Action", "Action")
        case .article: ("Article", "Article")
        case .committed: ("Engagé", "Committed")
        case .drafted: ("En projet", "Drafted")
        case .remaining: ("Disponible", "Remaining")
        case .commitments: ("Engagements", "Commitments")
        case .label: ("Objet", "Purpose")
        case .status: ("État", "Status")
        case .draft: ("en projet", "draft")
        case .confirmed: ("confirmé", "confirmed")
        case .cancelled: ("annulé", "cancelled")
        case .draftCommitment: ("Préparer un engagement", "Draft a commitment")
        case .totalsChecked: ("Les affectations font bien les totaux que le texte annonce.", "The affectations add up to the totals the text states.")
        case .totalsMismatch: ("Les affectations ne font pas les totaux annoncés.", "The affectations do not add up to the stated totals.")
        case .paymentIncomplete: ("Un versement a une contribution, une année de l'échéancier, une date et un montant positif.",
                                  "A payment has a contribution, a year of the schedule, a date and a positive amount.")
        case .commitmentIncomplete: ("Un engagement a une affectation, un objet et un montant positif.",
                                     "A commitment has an affectation, a purpose and a positive amount.")
        case .update: ("Mettre à jour", "Update")
        case .steps: ("Le calcul, étape par étape", "The calculation, step by step")
        case .step: ("Étape", "Step")
        case .redistribution: ("Reverser des pénalités par la clé définitive", "Pay penalties back by the final key")
        case .penaltyAmount: ("Montant à reverser (euros)", "Amount to pay back (euros)")
        case .finalParticipants: ("Nombre effectif de participants", "Actual number of participants")
        case .divide: ("Répartir", "Divide")
        case .payer: ("Débiteur", "Payer")
        case .payee: ("Bénéficiaire", "Payee")
        case .schedule: ("Contribution", "Contribution")
        }
    }

    static func kind(_ kind: BudgetAuthorization.Kind, _ language: Language) -> String {
        switch kind {
        case .programme: language == .fr ? "autorisation de programme (AP)" : "programme authorisation (AP)"
        case .engagement: language == .fr ? "autorisation d'engagement (AE)" : "commitment authorisation (AE)"
        }
    }

    static func status(_ status: BudgetCommitment.Status, _ language: Language) -> String {
        switch status {
        case .draft: draft.text(language)
        case .confirmed: confirmed.text(language)
        case .cancelled: cancelled.text(language)
        }
    }

    static func overrunWarning(_ overrun: Money, _ authorization: BudgetAuthorization, _ language: Language) -> String {
        language == .fr
            ? "Attention : avec les engagements confirmés et en projet, celui-ci dépasserait l'affectation « \(authorization.label) » (\(authorization.article)) de \(overrun) €. Il est gardé en projet."
            : "Warning: with the confirmed and drafted commitments, this one would exceed the affectation “\(authorization.label)” (\(authorization.article)) by \(overrun) €. It is kept as a draft."
    }

    static func overrunRefused(_ overrun: Money, _ authorization: BudgetAuthorization, _ language: Language) -> String {
        language == .fr
            ? "Refusé : confirmé, cet engagement dépasserait l'affectation « \(authorization.label) » (\(authorization.article)) de \(overrun) €."
            : "Refused: confirmed, this commitment would exceed the affectation “\(authorization.label)” (\(authorization.article)) by \(overrun) €."
    }
}
