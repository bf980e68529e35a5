import EntenteCore

/// The words of the bodies, their meetings, votes and minutes, French first.
enum GovernancePhrase: Phrasebook {
    case navigation, intro, body, members, chairs, periodicity, lastMeeting, nextDue, late, noMeeting, meetings, noMeetings
    case schedule, scheduleIntro, scheduledAt, place, agenda, agendaHint, required, dateTimeExpected, save, convention
    case convened, notConvened, convene, attendance, email, name, member, presence, addAttendee, proxies, proxyFrom, proxyTo
    case addProxy, represented, quorum, votes, noVotes, motion, openVote, approveMinutesOf, putMinutesToVote, castFor
    case choice, cast, close, outcome, decision, decisions, tally, minutes, minutesStatus, draft, comments, comment, addComment
    case sign, printable, approvedBy, signedBy, actionItems, noActionItems, reviewedItems, actionTitle, ownerParty, ownerName
    case due, status, addAction, decisionNumber, overdue, update, carriedOver, proposedBy
    case attendeeIncomplete, notAMember, seatsFull, proxyInvalid, nobodyToConvene, minutesNotToApprove, motionRequired
    case minutesFixed, commentRequired, onlyAttendeesComment, minutesNotOpen, signOnlyApproved, actionIncomplete, choiceRequired
    case notYourVote, finance, convenedWithoutMail, carryOver

    var pair: (String, String) {
        switch self {
        case .navigation: ("Instances", "Governance")
        case .intro: ("Les instances que fixent les conventions dont votre partie est membre : leurs séances, leurs décisions et leur suivi.",
                      "The bodies the conventions set up that your party sits on: their meetings, decisions and follow-up.")
        case .body: ("Instance", "Body")
        case .members: ("Membres", "Members")
        case .chairs: ("Présidence", "Chairs")
        case .periodicity: ("Périodicité", "Periodicity")
        case .lastMeeting: ("Dernière séance", "Last meeting")
        case .nextDue: ("Prochaine séance due", "Next meeting due")
        case .late: ("en retard", "late")
        case .noMeeting: ("aucune", "none")
        case .meetings: ("Séances", "Meetings")
        case .noMeetings: ("Aucune séance.", "No meeting.")
        case .schedule: ("Programmer une séance", "Schedule a meeting")
        case .scheduleIntro: ("L'ordre du jour compte un point par ligne ; les actions encore ouvertes de l'instance s'y ajoutent d'elles-mêmes.",
                              "The agenda takes one item per line; the body's actions still open are added to it by themselves.")
        case .scheduledAt: ("Date et heure", "Date and time")
        case .place: ("Lieu", "Place")
        case .agenda: ("Ordre du jour", "Agenda")
        case .agendaHint: ("Un point par ligne.", "One item per line.")
        case .required: ("à renseigner", "required")
        case .dateTimeExpected: ("une date et une heure sont attendues (AAAA-MM-JJTHH:MM)", "a date and time are expected (YYYY-MM-DDTHH:MM)")
        case .save: ("Enregistrer", "Save")
        case .convention: ("Convention", "Convention")
        case .convened: ("Convoquée le", "Convened on")
        case .notConvened: ("Pas encore convoquée", "Not convened yet")
        case .convene: ("Envoyer la convocation avec l'ordre du jour", "Send the convocation with the agenda")
        case .attendance: ("Participants", "Attendance")
        case .email: ("Adresse électronique", "E-mail address")
        case .name: ("Nom", "Name")
        case .member: ("Membre représenté", "Member represented")
        case .presence: ("Présence", "Presence")
        case .addAttendee: ("Ajouter ou mettre à jour", "Add or update")
        case .proxies: ("Pouvoirs entre membres", "Proxies between members")
        case .proxyFrom: ("Membre qui donne pouvoir", "Member giving its proxy")
        case .proxyTo: ("Membre qui le reçoit", "Member receiving it")
        case .addProxy: ("Enregistrer le pouvoir", "Record the proxy")
        case .represented: ("Membres représentés", "Members represented")
        case .quorum: ("Quorum", "Quorum")
        case .votes: ("Votes", "Votes")
        case .noVotes: ("Aucun vote.", "No vote.")
        case .motion: ("Proposition mise aux voix", "Motion")
        case .openVote: ("Mettre aux voix", "Put to the vote")
        case .approveMinutesOf: ("Approbation du procès-verbal de la séance du", "Approval of the minutes of the meeting of")
        case .putMinutesToVote: ("Mettre aux voix l'approbation du procès-verbal de la séance précédente", "Put the approval of the previous meeting's minutes to the vote")
        case .castFor: ("Voter pour le membre", "Vote for the member")
        case .choice: ("Vote", "Vote")
        case .cast: ("Voter", "Cast")
        case .close: ("Clore le vote", "Close the vote")
        case .outcome: ("Résultat", "Outcome")
        case .decision: ("Décision", "Decision")
        case .decisions: ("Décisions", "Decisions")
        case .tally: ("Pour / contre / abstentions", "Yes / no / abstentions")
        case .minutes: ("Procès-verbal", "Minutes")
        case .minutesStatus: ("État du procès-verbal", "Minutes status")
        case .draft: ("Projet de procès-verbal", "Draft minutes")
        case .comments: ("Observations des participants", "Attendees' comments")
        case .comment: ("Observation", "Comment")
        case .addComment: ("Ajouter une observation", "Add a comment")
        case .sign: ("Signer le procès-verbal approuvé", "Sign the approved minutes")
        case .printable: ("Version imprimable du procès-verbal", "Printable minutes")
        case .approvedBy: ("Approuvé par la décision", "Approved by decision")
        case .signedBy: ("Signé par", "Signed by")
        case .actionItems: ("Actions décidées", "Action items")
        case .noActionItems: ("Aucune action.", "No action item.")
        case .reviewedItems: ("Suivi des actions des séances précédentes", "Review of earlier meetings' action items")
        case .actionTitle: ("Action", "Action")
        case .ownerParty: ("Partie responsable", "Owner party")
        case .ownerName: ("Personne responsable", "Owner")
        case .due: ("Échéance", "Due")
        case .status: ("État", "Status")
        case .addAction: ("Ajouter l'action", "Add the action")
        case .decisionNumber: ("N° de décision (facultatif)", "Decision number (optional)")
        case .overdue: ("en retard", "overdue")
        case .update: ("Mettre à jour", "Update")
        case .carriedOver: ("reporté", "carried over")
        case .proposedBy: ("proposé par", "proposed by")
        case .attendeeIncomplete: ("Un participant a une adresse électronique et un nom.", "An attendee has an e-mail address and a name.")
        case .notAMember: ("Ce membre ne siège pas dans cette instance.", "That member does not sit on this body.")
        case .seatsFull: ("Ce membre a déjà le nombre de représentants que la convention lui accorde.", "That member already has as many delegates as the convention allows.")
        case .proxyInvalid: ("Un pouvoir va d'un membre de l'instance à un autre.", "A proxy goes from one member of the body to another.")
        case .nobodyToConvene: ("Ajoutez d'abord les participants à convoquer.", "Add the attendees to convene first.")
        case .minutesNotToApprove: ("Ce procès-verbal n'est pas à approuver par cette séance.", "Those minutes are not for this meeting to approve.")
        case .motionRequired: ("Écrivez la proposition mise aux voix.", "Write the motion put to the vote.")
        case .minutesFixed: ("Le procès-verbal est approuvé : son texte ne change plus.", "The minutes are approved: their text no longer changes.")
        case .commentRequired: ("Écrivez l'observation.", "Write the comment.")
        case .onlyAttendeesComment: ("Seuls les participants de la séance font des observations.", "Only the meeting's attendees comment.")
        case .minutesNotOpen: ("Le procès-verbal n'est pas ouvert aux observations.", "The minutes are not open to comments.")
        case .signOnlyApproved: ("Seul un procès-verbal approuvé se signe.", "Only approved minutes are signed.")
        case .actionIncomplete: ("Une action a un intitulé, une partie et une personne responsables, et une échéance.",
                                 "An action item has a title, an owner party and person, and a due date.")
        case .choiceRequired: ("Choisissez pour, contre ou abstention.", "Choose yes, no or abstain.")
        case .notYourVote: ("Vous ne votez pour aucun membre à cette séance.", "You vote for no member at this meeting.")
        case .carryOver: ("Reprendre des points de la séance du", "Carry over items of the meeting of")
        case .convenedWithoutMail: ("Convocation enregistrée, mais pas envoyée : aucun serveur de messagerie n'est configuré. Transmettez-la aux participants vous-même.",
                                    "Convocation recorded but not sent: no mail server is configured. Send it to the attendees yourself.")
        case .finance: ("Contributions, partage des coûts et budget", "Contributions, cost sharing and budget")
        }
    }

    static func kind(_ kind: GovernanceBody.Kind, _ language: Language) -> String {
        let (fr, en): (String, String) = switch kind {
        case .strategic: ("stratégique", "strategic")
        case .steering: ("pilotage", "steering")
        case .operational: ("opérationnel", "operational")
        case .evaluation: ("évaluation", "evaluation")
        case .operations: ("exploitation", "operations")
        case .users: ("usagers", "users")
        case .plenary: ("plénière", "plenary")
        case .crisis: ("crise", "crisis")
        case .technical: ("technique", "technical")
        case .territorial: ("territorial", "territorial")
        case .observatory: ("observatoire", "observatory")
        case .other: ("autre", "other")
        }
        return language == .fr ? fr : en
    }

    static func presence(_ presence: MeetingAttendance.Attendee.Presence, _ language: Language) -> String {
        switch presence {
        case .present: language == .fr ? "présent" : "present"
        case .excused: language == .fr ? "excusé" : "excused"
        case .absent: language == .fr ? "absent" : "absent"
        }
    }

    static func choice(_ choice: VoteTally.Choice, _ language: Language) -> String {
        switch choice {
        case .yes: language == .fr ? "pour" : "yes"
        case .no: language == .fr ? "contre" : "no"
        case .abstain: language == .fr ? "abstention" : "abstain"
        }
    }

    static func outcome(_ outcome: VoteTally.Outcome, _ language: Language) -> String {
        switch outcome {
        case .adopted: language == .fr ? "adoptée" : "adopted"
        case .rejected: language == .fr ? "rejetée" : "rejected"
        }
    }

    static func status(_ status: ActionItem.Status, _ language: Language) -> String {
        switch status {
        case .open: language == .fr ? "à faire" : "open"
        case .inProgress: language == .fr ? "en cours" : "in progress"
        case .done: language == .fr ? "fait" : "done"
        }
    }

    static func minutesStatus(_ status: Minutes.Status, _ language: Language) -> String {
        switch status {
        case .none: language == .fr ? "pas encore rédigé" : "not written yet"
        case .draft: language == .fr ? "projet, ouvert aux observations" : "draft, open to comments"
        case .approved: language == .fr ? "approuvé" : "approved"
        case .signed: language == .fr ? "approuvé et signé" : "approved and signed"
        }
    }

    static func rules(_ rules: VotingRules, _ language: Language) -> String {
        let majority = switch rules.majority {
        case .relative: language == .fr ? "majorité relative" : "relative majority"
        case .absolute: language == .fr ? "majorité absolue" : "absolute majority"
        case .twoThirds: language == .fr ? "majorité des deux tiers" : "two-thirds majority"
        case .unanimity: language == .fr ? "unanimité" : "unanimity"
        }
        let abstentions = rules.abstentions == .excluded
            ? (language == .fr ? "des suffrages exprimés (abstentions non comptées)" : "of votes cast (abstentions not counted)")
            : (language == .fr ? "des votes, abstentions comprises" : "of votes, abstentions included")
        return majority + " " + abstentions + (language == .fr ? ", une voix par membre" : ", one vote per member")
    }

    static func refusal(_ refusal: BodyVote.Refusal, _ language: Language) -> String {
        switch refusal {
        case .closed: language == .fr ? "Le vote est clos." : "The vote is closed."
        case .alreadyCast(let member, let by):
            language == .fr ? "Le membre \(member) a déjà voté (bulletin déposé par \(by)) : un seul bulletin par membre."
                : "Member \(member) has already voted (ballot cast by \(by)): one ballot per member."
        case .notAccredited(let member):
            language == .fr ? "Vous n'êtes pas délégué présent de \(member) et n'en détenez pas le pouvoir."
                : "You are no present delegate of \(member) and hold no proxy for it."
        case .notAMember(let member): language == .fr ? "\(member) ne siège pas dans cette instance." : "\(member) does not sit on this body."
        case .noQuorum(let represented, let required):
            language == .fr ? "Quorum non atteint : \(represented) membre(s) représenté(s) sur \(required) requis ; le vote ne peut être clos."
                : "No quorum: \(represented) member(s) represented of \(required) required; the vote cannot be closed."
        }
    }

    static func minutesRefusal(_ refusal: Minutes.Refusal, _ language: Language) -> String {
        switch refusal {
        case .notDrafted, .alreadyApproved, .approvalNotByALaterMeeting:
            language == .fr ? "Ce procès-verbal ne peut être approuvé par ce vote." : "These minutes cannot be approved by this vote."
        case .approvalNotAdopted: language == .fr ? "L'approbation n'est pas adoptée." : "The approval was not adopted."
        case .notAnAttendee: GovernancePhrase.onlyAttendeesComment.text(language)
        case .notApproved: GovernancePhrase.signOnlyApproved.text(language)
        }
    }
}
