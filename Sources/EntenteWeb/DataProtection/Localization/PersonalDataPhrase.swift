import EntenteCore

/// The words of a person's data and of the retention rules, French first.
enum PersonalDataPhrase: Phrasebook {
    case title, intro, lookup, email, name, nameHint, search, held, nothingHeld, download, erase, eraseHint, confirm
    case erased, section, lines, retention, retentionIntro, rule, period, start, legalHold, source, due, applyNow, log
    case when, cutoff, count, actor, noPurge, months, refusedLegalHold, refusedOpenLoan, refusedNoSubject, confirmRequired

    var pair: (String, String) {
        switch self {
        case .title: ("Données personnelles", "Personal data")
        case .intro: ("Ce qu'Entente détient sur une personne, pour répondre à une demande d'accès ou de portabilité (un fichier structuré, lisible par une machine) et pour effacer ou pseudonymiser sur demande.",
                      "What Entente holds on a person, to answer an access or portability request (a structured, machine-readable file) and to erase or pseudonymise on request.")
        case .lookup: ("Rechercher une personne", "Look up a person")
        case .email: ("Adresse électronique", "E-mail address")
        case .name: ("Nom, tel qu'il figure sur les prêts et les demandes", "Name, as written on loans and requests")
        case .nameHint: ("Les élèves n'ont pas d'adresse dans Entente : leur nom figure sur les prêts d'équipement.", "Pupils have no address in Entente: their name is on equipment loans.")
        case .search: ("Rechercher", "Look up")
        case .held: ("Données détenues", "Data held")
        case .nothingHeld: ("Entente ne détient rien sur cette personne.", "Entente holds nothing on this person.")
        case .download: ("Télécharger l'export (JSON)", "Download the export (JSON)")
        case .erase: ("Effacer et pseudonymiser", "Erase and pseudonymise")
        case .eraseHint: ("Le compte et les entrées de l'annuaire de crise sont supprimés ; ailleurs la personne est remplacée par un pseudonyme. Refusé tant qu'une durée de conservation légale court.",
                          "The account and the crisis-directory entries are deleted; elsewhere the person is replaced by a pseudonym. Refused while a legal retention runs.")
        case .confirm: ("Je confirme l'effacement, qui ne peut être défait", "I confirm the erasure, which cannot be undone")
        case .erased: ("Données effacées ; la personne est désormais", "Data erased; the person is now")
        case .section: ("Rubrique", "Section")
        case .lines: ("Lignes", "Lines")
        case .retention: ("Durées de conservation", "Retention")
        case .retentionIntro: ("Les règles de conservation et ce qu'elles effaceraient aujourd'hui (simulation). La tâche planifiée les applique chaque jour et en garde le journal.",
                               "The retention rules and what they would erase today (dry run). The scheduled job applies them every day and keeps the log.")
        case .rule: ("Règle", "Rule")
        case .period: ("Durée", "Period")
        case .start: ("À compter de", "From")
        case .legalHold: ("Conservation légale", "Legal hold")
        case .source: ("Source", "Source")
        case .due: ("À effacer aujourd'hui", "Due today")
        case .applyNow: ("Appliquer maintenant", "Apply now")
        case .log: ("Journal des purges", "Purge log")
        case .when: ("Quand", "When")
        case .cutoff: ("Avant le", "Up to")
        case .count: ("Effacés", "Erased")
        case .actor: ("Par", "By")
        case .noPurge: ("Aucune purge.", "No purge yet.")
        case .months: ("mois", "months")
        case .refusedLegalHold: ("Effacement refusé : une durée de conservation légale court", "Erasure refused: a legal retention runs")
        case .refusedOpenLoan: ("Effacement refusé : un équipement est encore prêté à cette personne", "Erasure refused: a device is still lent to this person")
        case .refusedNoSubject: ("Indiquez une adresse ou un nom.", "Give an address or a name.")
        case .confirmRequired: ("Cochez la confirmation.", "Tick the confirmation.")
        }
    }

    static func data(_ data: RetentionRule.Data, _ language: Language) -> String {
        switch (data, language) {
        case (.loanHolders, .fr): "Noms des élèves et responsables sur les prêts terminés"
        case (.loanHolders, .en): "Names of pupils and guardians on ended loans"
        case (.ticketRequesters, .fr): "Nom et adresse des demandeurs sur les demandes closes"
        case (.ticketRequesters, .en): "Requesters' names and addresses on closed tickets"
        case (.breachRegister, .fr): "Déclarant·e dans le registre des violations"
        case (.breachRegister, .en): "Declarant in the breach register"
        }
    }

    static func start(_ start: RetentionRule.Start, _ language: Language) -> String {
        switch (start, language) {
        case (.loanEnded, .fr): "la fin du prêt (départ de l'élève)"
        case (.loanEnded, .en): "the loan's end (the pupil leaving)"
        case (.ticketClosed, .fr): "la clôture de la demande"
        case (.ticketClosed, .en): "the ticket's closure"
        case (.breachResolved, .fr): "la résolution de la violation"
        case (.breachResolved, .en): "the breach's resolution"
        }
    }

    static func refusal(_ refusal: ErasureRefusal, _ language: Language) -> String {
        switch refusal {
        case .legalHold(let held, let until):
            refusedLegalHold.text(language) + " — " + data(held, language) + (language == .fr ? ", jusqu'au " : ", until ")
                + (language == .fr ? until.frenchLabel : until.description)
                + " (" + (RetentionRules.standard.first { $0.data == held }?.source ?? held.rawValue) + ")."
        case .openLoan(let device): refusedOpenLoan.text(language) + " (\(device))."
        case .noSubject: refusedNoSubject.text(language)
        }
    }
}
