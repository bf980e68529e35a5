import EntenteCore

/// Every sentence of the interface, in French and English. A switch, so that a
/// phrase without its translation does not compile.
public enum Phrase: CaseIterable, Sendable, Phrasebook {
    case appTagline, skipToContent, mainNavigation, home, conventions, establishments, partners, audit
    case signIn, signOut, email, password, signInButton, signInFailed, signInThrottled, demoAccounts, demoAccountsHint
    case signedInAs, role, languageSwitch, csrfRejected, forbidden, notFound
    case homeTitle, homeIntro, conventionCount, establishmentCount, partnerCount
    case conventionsIntro, conventionTitle, territory, effective, end, versions, parties, partyCode, name, kind
    case matrix, component, criticality, notes, exportCSV, exportJSON, printHint, versionShown, legendConditional
    case serviceLevels, pickup, restoration, dataRestoration, condition, dataAvailability, maxDataLoss, retention
    case nonCriticalPriorities, incidentChains, handler, steps, gdprRights, right, receivers, deadline
    case governance, members, frequency, provisions, source, signature, notice, renewal, summary
    case search, searchEstablishments, uai, commune, department, collectivity, pupils, demoData, resultCount
    case auditIntro, when, actor, action, subject, before, after, ticketAudit, noResults, roleColumn


    var pair: (String, String) {
        switch self {
        case .appTagline: ("Le service numérique partagé des établissements, selon sa convention",
                           "The schools' shared digital service, run on its convention")
        case .skipToContent: ("Aller au contenu", "Skip to content")
        case .mainNavigation: ("Navigation principale", "Main navigation")
        case .home: ("Accueil", "Home")
        case .conventions: ("Conventions", "Conventions")
        case .establishments: ("Établissements", "Establishments")
        case .partners: ("Partenaires", "Partners")
        case .audit: ("Journal d'audit", "Audit trail")
        case .signIn: ("Connexion", "Sign in")
        case .signOut: ("Se déconnecter", "Sign out")
        case .email: ("Adresse électronique", "E-mail address")
        case .password: ("Mot de passe", "Password")
        case .signInButton: ("Se connecter", "Sign in")
        case .signInFailed: ("Adresse ou mot de passe incorrect.", "Wrong e-mail address or password.")
        case .signInThrottled: ("Trop d'essais infructueux pour ce compte ou depuis cette adresse : patientez avant de réessayer.",
                                "Too many failed attempts for this account or from this address: wait before trying again.")
        case .demoAccounts: ("Comptes de démonstration", "Demo accounts")
        case .demoAccountsHint: ("Mode démonstration : ces comptes n'existent que sur cette instance de test.",
                                 "Demo mode: these accounts exist only on this test instance.")
        case .signedInAs: ("Connecté·e :", "Signed in:")
        case .role: ("Rôle", "Role")
        case .languageSwitch: ("Changer de langue", "Change language")
        case .csrfRejected: ("Le formulaire a expiré ou ne vient pas d'Entente. Rechargez la page et recommencez.",
                             "The form expired or did not come from Entente. Reload the page and try again.")
        case .forbidden: ("Vous n'avez pas accès à cette page.", "You do not have access to this page.")
        case .notFound: ("Page introuvable.", "Page not found.")
        case .homeTitle: ("Tableau de bord", "Dashboard")
        case .homeIntro: ("Entente porte les conventions qui répartissent le service numérique des collèges et lycées entre collectivités, académies, établissements et prestataires.",
                          "Entente holds the conventions that share the digital service of secondary schools between local authorities, académies, schools and contractors.")
        case .conventionCount: ("Conventions", "Conventions")
        case .establishmentCount: ("Établissements", "Establishments")
        case .partnerCount: ("Partenaires", "Partners")
        case .conventionsIntro: ("Chaque convention répartit, composant par composant, qui fournit, installe, dépanne, administre, assiste et accompagne.",
                                 "Each convention assigns, component by component, who provides, installs, repairs, administers, supports and guides.")
        case .conventionTitle: ("Intitulé", "Title")
        case .territory: ("Territoire", "Territory")
        case .effective: ("Entrée en vigueur", "Effective")
        case .end: ("Fin", "End")
        case .versions: ("Versions et avenants", "Versions and amendments")
        case .parties: ("Parties", "Parties")
        case .partyCode: ("Code", "Code")
        case .name: ("Nom", "Name")
        case .kind: ("Nature", "Kind")
        case .matrix: ("Annexe opérationnelle : matrice des responsabilités", "Operational annex: responsibility matrix")
        case .component: ("Composant", "Component")
        case .criticality: ("Criticité", "Criticality")
        case .notes: ("Notes", "Notes")
        case .exportCSV: ("Exporter la matrice (CSV)", "Export the matrix (CSV)")
        case .exportJSON: ("Exporter la matrice (JSON)", "Export the matrix (JSON)")
        case .printHint: ("Pour une annexe en PDF, imprimez cette page (« Enregistrer au format PDF »).",
                          "For a PDF annex, print this page (\"Save as PDF\").")
        case .versionShown: ("Version affichée", "Version shown")
        case .legendConditional: ("Une cellule à plusieurs lignes dépend de l'origine du financement ou de la zone réseau.",
                                  "A cell with several lines depends on who funded the equipment or on the network zone.")
        case .serviceLevels: ("Niveaux de service", "Service levels")
        case .pickup: ("Prise en charge et diagnostic", "Pick-up and diagnosis")
        case .restoration: ("Rétablissement", "Restoration")
        case .dataRestoration: ("Restauration des données", "Data restoration")
        case .condition: ("Condition", "Condition")
        case .dataAvailability: ("Disponibilité des données", "Data availability")
        case .maxDataLoss: ("Perte de données maximale", "Maximum data loss")
        case .retention: ("Rétention", "Retention")
        case .nonCriticalPriorities: ("Priorités des demandes non critiques", "Priorities of non-critical requests")
        case .incidentChains: ("Incidents de sécurité, violations de données et crises", "Security incidents, data breaches and crises")
        case .handler: ("Traité par", "Handled by")
        case .steps: ("Étapes", "Steps")
        case .gdprRights: ("Droits des personnes (RGPD)", "Data subject rights (GDPR)")
        case .right: ("Droit", "Right")
        case .receivers: ("Demande reçue par", "Request received by")
        case .deadline: ("Délai", "Deadline")
        case .governance: ("Gouvernance", "Governance")
        case .members: ("Membres", "Members")
        case .frequency: ("Fréquence", "Frequency")
        case .provisions: ("Autres dispositions", "Other provisions")
        case .source: ("Source", "Source")
        case .signature: ("Signature", "Signature")
        case .notice: ("Préavis", "Notice")
        case .renewal: ("Reconduction", "Renewal")
        case .summary: ("Objet", "Purpose")
        case .search: ("Rechercher", "Search")
        case .searchEstablishments: ("Nom, commune ou UAI", "Name, town or UAI")
        case .uai: ("UAI", "UAI")
        case .commune: ("Commune", "Town")
        case .department: ("Département", "Département")
        case .collectivity: ("Collectivité de rattachement", "Responsible local authority")
        case .pupils: ("Élèves", "Pupils")
        case .demoData: ("donnée de démonstration", "demo data")
        case .resultCount: ("résultat(s)", "result(s)")
        case .auditIntro: ("Les dernières modifications et connexions, les plus récentes d'abord.",
                           "The latest changes and sign-ins, newest first.")
        case .when: ("Date", "When")
        case .actor: ("Auteur", "Actor")
        case .action: ("Action", "Action")
        case .subject: ("Objet", "Subject")
        case .before: ("Avant", "Before")
        case .after: ("Après", "After")
        case .ticketAudit: ("Journal d'audit de la demande", "Ticket audit trail")
        case .noResults: ("Aucun résultat.", "No results.")
        case .roleColumn: ("Rôle dans la convention", "Role in the convention")
        }
    }

    /// What a page says of a form beyond `BodyLimits.form`.
    static func formTooLarge(bytes: Int, _ language: Language) -> String {
        language == .fr
            ? "Le formulaire envoyé dépasse \(bytes / 1024) Ko et n'a pas été enregistré : raccourcissez le texte "
                + "(20 000 caractères au plus par message) ou joignez les documents comme fichiers."
            : "The form sent is over \(bytes / 1024) kB and was not saved: shorten the text "
                + "(20,000 characters at most per message) or attach documents as files."
    }

    /// "Réessayez dans 60 secondes."
    static func retryIn(seconds: Int, _ language: Language) -> String {
        language == .fr ? "Réessayez dans \(seconds) seconde\(seconds > 1 ? "s" : "")." : "Try again in \(seconds) second\(seconds > 1 ? "s" : "")."
    }
}

/// The service desk's sentences.
public enum DeskPhrase: CaseIterable, Sendable, Phrasebook {
    case tickets, newTicket, fileTicket, reference, status, party, establishment, component, kind, nature
    case funding, fundingUnknown, fundingCollectivite, fundingAcademie, fundingEtablissement
    case zone, zoneUnknown, impactsWhole, title, description, requester, assetReference, openedAt
    case routing, informed, clocks, clock, target, deadline, remaining, state, explanation, history
    case reply, internalNote, send, messageKind, actions, noTickets, allStatuses, allParties, openOnly, filter, search
    case fieldRequired, fieldTooLong, unknownChoice, notCovered, unknownComponent, needsFunding, needsZone, nobodyResponsible
    case staleEdit, filedBy, criticality, transitionNote, page, previous, next, resultCount, readOnly


    var pair: (String, String) {
        switch self {
        case .tickets: ("Demandes et incidents", "Tickets")
        case .newTicket: ("Nouvelle demande", "New ticket")
        case .fileTicket: ("Envoyer la demande", "Send the ticket")
        case .reference: ("Référence", "Reference")
        case .status: ("Statut", "Status")
        case .party: ("Responsable", "Responsible party")
        case .allParties: ("Tous les responsables", "All responsible parties")
        case .establishment: ("Établissement", "Establishment")
        case .component: ("Composant concerné", "Component")
        case .kind: ("Type", "Kind")
        case .nature: ("Nature du besoin", "What is needed")
        case .funding: ("Qui a financé l'équipement ?", "Who funded the equipment?")
        case .fundingUnknown: ("Je ne sais pas", "I don't know")
        case .fundingCollectivite: ("La collectivité (équipement du référentiel)", "The local authority (standard equipment)")
        case .fundingAcademie: ("L'académie", "The académie")
        case .fundingEtablissement: ("L'établissement, sur ses fonds propres", "The school, on its own funds")
        case .zone: ("Réseau concerné", "Network")
        case .zoneUnknown: ("Je ne sais pas", "I don't know")
        case .impactsWhole: ("Tout l'établissement est touché", "The whole establishment is affected")
        case .title: ("Objet", "Subject")
        case .description: ("Description", "Description")
        case .requester: ("Demandeur", "Requester")
        case .assetReference: ("Référence de l'équipement (facultatif)", "Asset reference (optional)")
        case .openedAt: ("Ouverte le", "Opened")
        case .routing: ("Aiguillage selon la convention", "Routing by the convention")
        case .informed: ("Parties informées", "Parties informed")
        case .clocks: ("Niveaux de service", "Service levels")
        case .clock: ("Engagement", "Commitment")
        case .target: ("Cible", "Target")
        case .deadline: ("Échéance", "Deadline")
        case .remaining: ("Reste", "Remaining")
        case .state: ("État", "State")
        case .explanation: ("Explication", "Explanation")
        case .history: ("Historique", "History")
        case .reply: ("Réponse (visible du demandeur)", "Reply (the requester sees it)")
        case .internalNote: ("Note interne (votre partie seulement)", "Internal note (your party only)")
        case .send: ("Envoyer", "Send")
        case .messageKind: ("Type de message", "Message kind")
        case .actions: ("Actions", "Actions")
        case .noTickets: ("Aucune demande.", "No tickets.")
        case .allStatuses: ("Tous les statuts", "All statuses")
        case .openOnly: ("En cours seulement", "Open only")
        case .filter: ("Filtrer", "Filter")
        case .search: ("Recherche (référence, objet, composant, UAI, demandeur)", "Search (reference, subject, component, UAI, requester)")
        case .fieldRequired: ("Ce champ est obligatoire.", "This field is required.")
        case .fieldTooLong: ("Ce texte est trop long.", "This text is too long.")
        case .unknownChoice: ("Cette valeur n'est pas proposée : choisissez-en une dans la liste.",
                              "This value is not offered: choose one from the list.")
        case .notCovered: ("Aucune convention ne couvre cet établissement.", "No convention covers this establishment.")
        case .unknownComponent: ("Choisissez un composant de la liste.", "Choose a component from the list.")
        case .needsFunding: ("La convention répartit ce composant selon son financement : précisez qui l'a financé.",
                             "The convention assigns this component by who funded it: say who did.")
        case .needsZone: ("La convention répartit ce composant selon le réseau : précisez lequel.",
                          "The convention assigns this component by network: say which one.")
        case .nobodyResponsible: ("La convention ne confie cette activité à personne pour ce composant.",
                                  "The convention assigns this activity of the component to nobody.")
        case .staleEdit: ("La demande a été modifiée entre-temps par quelqu'un d'autre : rechargez-la avant d'agir.",
                          "Someone else changed the ticket meanwhile: reload it before acting.")
        case .filedBy: ("Saisie par", "Filed by")
        case .criticality: ("Criticité", "Criticality")
        case .transitionNote: ("Commentaire (facultatif)", "Comment (optional)")
        case .page: ("Page", "Page")
        case .previous: ("Précédente", "Previous")
        case .next: ("Suivante", "Next")
        case .resultCount: ("demande(s)", "ticket(s)")
        case .readOnly: ("Lecture seule : cette demande relève d'une autre partie.", "Read only: another party handles this ticket.")
        }
    }

    /// A network zone as the intake form offers it.
    static func zone(_ zone: NetworkZone, _ language: Language) -> String {
        guard language == .en else { return zone.frenchLabel }
        return switch zone {
        case .administratif: "administrative"
        case .pedagogique: "teaching"
        case .invite: "guest (BYOD)"
        case .iot: "connected objects"
        case .technique: "technical"
        }
    }

    /// "(20000 caractères au plus)".
    static func atMostCharacters(_ count: Int, _ language: Language) -> String {
        language == .fr ? "(\(count) caractères au plus)" : "(\(count) characters at most)"
    }
}
