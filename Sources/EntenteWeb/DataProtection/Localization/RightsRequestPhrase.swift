import EntenteCore

/// The words of rights requests, French first.
public enum RightsRequestWording {
    /// How the last day was counted, in one sentence.
    public static func rule(received: CalendarDate, extended: Bool, lastDay: CalendarDate, language: Language) -> String {
        let months = extended ? RightsRequestDeadline.extendedPeriod.count : RightsRequestDeadline.answerPeriod.count
        let sameDate = lastDay.day == received.day
        switch language {
        case .fr:
            let period = extended ? "un mois prolongé de deux mois, soit \(months) mois" : "un mois"
            let end = sameDate ? "le même quantième du dernier mois" : "le dernier jour du dernier mois, qui n'a pas de \(received.day)"
            return "règle : \(period) à compter de la réception (RGPD art. 12(3)), comptés selon le règlement (CEE, Euratom) "
                + "n° 1182/71 art. 3 : le jour de réception ne compte pas et le délai finit \(end) — "
                + "reçue le \(received.frenchLabel), réponse au plus tard le \(lastDay.frenchLabel)"
        case .en:
            let period = extended ? "one month extended by two, \(months) months" : "one month"
            let end = sameDate ? "on the same date of the last month" : "on the last day of the last month, which has no \(received.day)"
            return "rule: \(period) from receipt (GDPR art. 12(3)), counted by Regulation (EEC, Euratom) No 1182/71 art. 3: "
                + "the day of receipt is not counted and the period ends \(end) — received \(received), answer by \(lastDay)"
        }
    }

    /// When the last day is a day off, what art. 3(4) would allow and what Entente keeps.
    public static func carriedNote(lastDay: CalendarDate, carried: CalendarDate, language: Language) -> String? {
        guard carried != lastDay else { return nil }
        return switch language {
        case .fr: "note : le \(lastDay.frenchLabel) n'est pas un jour ouvré ; l'art. 3(4) du règlement reporterait "
            + "la fin au \(carried.frenchLabel) ; Entente retient le jour le plus tôt"
        case .en: "note: \(lastDay) is not a working day; art. 3(4) of the regulation would carry the end to \(carried); "
            + "Entente keeps the earlier day"
        }
    }
}

/// The words of the rights-request pages, French first.
enum RightsRequestPhrase: Phrasebook {
    case navigation, register, registerIntro, none, new, newIntro, reference, convention, right, requester, requesterName
    case requesterContact, contactHint, receivedBy, receivedOn, handler, contributors, preemption, byDefault, lastDay, standing
    case record, identity, identityNote, saveIdentity, acknowledgement, acknowledge, acknowledgedOn, extensionTitle, extensionReason
    case extend, extendedOn, answer, answerText, recordAnswer, answeredOn, daysLeft, daysLate, answeredInTime, answeredLate
    case exportCSV, required, notOnAllowedConvention, alreadyExtended, alreadyAnswered, emptyAnswer, missingReason, firstMonthEnded
    case receivedInFuture, routedBy, routing

    var pair: (String, String) {
        switch self {
        case .navigation: ("Demandes de droits", "Rights requests")
        case .register: ("Registre des demandes de droits", "Register of rights requests")
        case .registerIntro: ("Les demandes d'exercice des droits (accès, rectification, effacement, opposition, limitation…) des conventions dont vous êtes DPD, avec leur délai d'un mois, prolongeable de deux.",
                              "The rights requests (access, rectification, erasure, objection, restriction…) of the conventions you are DPD of, with their one-month deadline, extendable by two.")
        case .none: ("Aucune demande.", "No request.")
        case .new: ("Enregistrer une demande", "Record a request")
        case .newIntro: ("La convention dit qui traite la demande selon qui la fait et où elle a été reçue ; le délai court du jour de réception.",
                         "The convention says who handles the request by who makes it and where it was received; the period runs from the day of receipt.")
        case .reference: ("Référence", "Reference")
        case .convention: ("Convention", "Convention")
        case .right: ("Droit exercé", "Right exercised")
        case .requester: ("Demandeur", "Requester")
        case .requesterName: ("Nom du demandeur", "Requester's name")
        case .requesterContact: ("Adresse de réponse", "Address for the answer")
        case .contactHint: ("Adresse électronique ou postale.", "E-mail or postal address.")
        case .receivedBy: ("Reçue par", "Received by")
        case .receivedOn: ("Reçue le", "Received on")
        case .handler: ("Traitée par", "Handled by")
        case .contributors: ("Avec", "With")
        case .preemption: ("Préemption possible par (accord des parties)", "May be taken over by (parties agreeing)")
        case .byDefault: ("La convention ne désigne personne : la partie qui l'a reçue la traite.", "The convention names no one: the party that received it handles it.")
        case .lastDay: ("Réponse au plus tard le", "Answer by")
        case .standing: ("Où elle en est", "Standing")
        case .record: ("Enregistrer", "Record")
        case .identity: ("Vérification de l'identité", "Identity check")
        case .identityNote: ("Pièces demandées ou reçues", "Documents asked for or received")
        case .saveIdentity: ("Consigner la vérification", "Record the check")
        case .acknowledgement: ("Accusé de réception", "Acknowledgement")
        case .acknowledge: ("Consigner l'envoi de l'accusé de réception", "Record the acknowledgement sent")
        case .acknowledgedOn: ("Accusé de réception envoyé le", "Acknowledged on")
        case .extensionTitle: ("Prolongation de deux mois", "Two-month extension")
        case .extensionReason: ("Motif (complexité, nombre de demandes), dit au demandeur", "Reason (complexity, number of requests), told to the requester")
        case .extend: ("Prolonger", "Extend")
        case .extendedOn: ("Prolongée le", "Extended on")
        case .answer: ("Réponse", "Answer")
        case .answerText: ("Réponse apportée", "Answer given")
        case .recordAnswer: ("Consigner la réponse", "Record the answer")
        case .answeredOn: ("Répondue le", "Answered on")
        case .daysLeft: ("jour(s) restant(s)", "day(s) left")
        case .daysLate: ("jour(s) de retard", "day(s) late")
        case .answeredInTime: ("Répondue dans le délai", "Answered in time")
        case .answeredLate: ("Répondue hors délai", "Answered late")
        case .exportCSV: ("Exporter le registre (CSV)", "Export the register (CSV)")
        case .required: ("À renseigner.", "Required.")
        case .notOnAllowedConvention: ("Vous n'êtes DPD d'aucune partie de cette convention.", "You are DPD of no party of this convention.")
        case .alreadyExtended: ("La demande est déjà prolongée.", "The request is already extended.")
        case .alreadyAnswered: ("La demande a déjà reçu sa réponse.", "The request was already answered.")
        case .emptyAnswer: ("Écrivez la réponse.", "Write the answer.")
        case .missingReason: ("Une prolongation se motive : le demandeur doit en connaître la raison.", "An extension needs its reason: the requester must be told why.")
        case .firstMonthEnded: ("Trop tard pour prolonger : le premier mois a pris fin le", "Too late to extend: the first month ended on")
        case .receivedInFuture: ("La date de réception ne peut être dans le futur.", "The day of receipt cannot be in the future.")
        case .routedBy: ("Selon la convention", "Under the convention")
        case .routing: ("Qui traite", "Who handles it")
        }
    }

    static func right(_ right: DataSubjectRight, _ language: Language) -> String {
        switch (right, language) {
        case (.information, .fr): "Information"
        case (.information, .en): "Information"
        case (.access, .fr): "Accès"
        case (.access, .en): "Access"
        case (.rectification, .fr): "Rectification"
        case (.rectification, .en): "Rectification"
        case (.erasure, .fr): "Effacement"
        case (.erasure, .en): "Erasure"
        case (.objection, .fr): "Opposition"
        case (.objection, .en): "Objection"
        case (.restriction, .fr): "Limitation du traitement"
        case (.restriction, .en): "Restriction of processing"
        case (.portability, .fr): "Portabilité"
        case (.portability, .en): "Portability"
        case (.automatedDecision, .fr): "Décision automatisée"
        case (.automatedDecision, .en): "Automated decision"
        }
    }

    static func requester(_ category: RequesterCategory, _ language: Language) -> String {
        switch (category, language) {
        case (.teacher, .fr): "Enseignant·e"
        case (.teacher, .en): "Teacher"
        case (.parent, .fr): "Parent d'élève"
        case (.parent, .en): "Parent"
        case (.pupil, .fr): "Élève"
        case (.pupil, .en): "Pupil"
        case (.collectiviteStaff, .fr): "Personnel de la collectivité"
        case (.collectiviteStaff, .en): "Staff of the collectivité"
        case (.academieStaff, .fr): "Personnel de l'académie"
        case (.academieStaff, .en): "Staff of the académie"
        case (.establishmentStaff, .fr): "Personnel de l'établissement"
        case (.establishmentStaff, .en): "Staff of the establishment"
        case (.other, .fr): "Autre personne"
        case (.other, .en): "Other person"
        }
    }

    static func identity(_ identity: RightsRequest.Identity, _ language: Language) -> String {
        switch (identity, language) {
        case (.pending, .fr): "À vérifier"
        case (.pending, .en): "To check"
        case (.verified, .fr): "Vérifiée"
        case (.verified, .en): "Verified"
        case (.notNeeded, .fr): "Sans doute raisonnable : rien demandé"
        case (.notNeeded, .en): "No reasonable doubt: nothing asked"
        }
    }

    static func standing(_ standing: RightsRequest.Standing, _ language: Language) -> String {
        switch standing {
        case .open(let days): "\(days) " + daysLeft.text(language)
        case .overdue(let days): "\(days) " + daysLate.text(language)
        case .answered(let late): (late ? answeredLate : answeredInTime).text(language)
        }
    }

    static func refusal(_ refusal: RightsRequest.Refusal, _ language: Language) -> String {
        switch refusal {
        case .extensionRefused(.missingReason): missingReason.text(language)
        case .extensionRefused(.firstMonthEnded(let day)): firstMonthEnded.text(language) + " " + (language == .fr ? day.frenchLabel : day.description) + "."
        case .alreadyExtended: alreadyExtended.text(language)
        case .alreadyAnswered: alreadyAnswered.text(language)
        case .emptyAnswer: emptyAnswer.text(language)
        case .receivedInFuture: receivedInFuture.text(language)
        }
    }

    /// The acknowledgement sent to the requester, from the template the parties wrote together (seed 000
    /// §3.2.1): in French, as the persons are written to.
    static func acknowledgementText(_ request: RightsRequest, handler: String) -> String {
        """
        Objet : accusé de réception de votre demande — \(request.reference)

        Madame, Monsieur,

        Nous avons bien reçu le \(request.receivedOn.frenchLabel) votre demande d'exercice du droit \
        « \(right(request.right, .fr).lowercased()) » sur vos données personnelles. Elle est traitée par \(handler).

        Une réponse vous sera apportée au plus tard le \(request.lastDay.frenchLabel). Ce délai peut être prolongé \
        de deux mois, compte tenu de la complexité ou du nombre de demandes ; vous en seriez alors informé·e, \
        avec ses motifs, avant cette date.

        En cas de doute raisonnable sur votre identité, des pièces justificatives pourront vous être demandées.

        Le ou la délégué·e à la protection des données
        """
    }
}
