import EntenteCore

/// The words of the register of processing activities, French first.
enum ProcessingPhrase: Phrasebook {
    case title, intro, allParties, exportCSV, exportJSON, none, purposes, legalBasis, controller, jointControllers, data, persons
    case retention, processors, hosting, transfers, source

    var pair: (String, String) {
        switch self {
        case .title: ("Registre des traitements", "Register of processing activities")
        case .intro: ("Les traitements de données personnelles que la convention met en œuvre (RGPD art. 30), avec le rôle de chaque responsable. Chaque partie en reprend les siens dans son propre registre.",
                      "The processing of personal data the convention sets up (GDPR art. 30), with each controller's role. Each party takes its own into its register.")
        case .allParties: ("Toutes les parties", "All parties")
        case .exportCSV: ("Exporter (CSV)", "Export (CSV)")
        case .exportJSON: ("Exporter (JSON)", "Export (JSON)")
        case .none: ("La convention ne décrit aucun traitement pour cette partie.", "The convention describes no processing for this party.")
        case .purposes: ("Finalités", "Purposes")
        case .legalBasis: ("Base légale", "Legal basis")
        case .controller: ("Responsable de traitement", "Controller")
        case .jointControllers: ("Responsables conjoints (art. 26) et leurs obligations", "Joint controllers (art. 26) and their duties")
        case .data: ("Catégories de données", "Categories of data")
        case .persons: ("Catégories de personnes", "Categories of persons")
        case .retention: ("Durée de conservation", "Retention")
        case .processors: ("Sous-traitants", "Processors")
        case .hosting: ("Hébergement", "Hosting")
        case .transfers: ("Transferts hors UE", "Transfers outside the EU")
        case .source: ("Source", "Source")
        }
    }

    static func basis(_ basis: ProcessingActivity.LegalBasis, _ language: Language) -> String {
        switch (basis, language) {
        case (.consent, .fr): "Consentement (art. 6-1-a)"
        case (.consent, .en): "Consent (art. 6(1)(a))"
        case (.contract, .fr): "Contrat (art. 6-1-b)"
        case (.contract, .en): "Contract (art. 6(1)(b))"
        case (.legalObligation, .fr): "Obligation légale (art. 6-1-c)"
        case (.legalObligation, .en): "Legal obligation (art. 6(1)(c))"
        case (.vitalInterests, .fr): "Intérêts vitaux (art. 6-1-d)"
        case (.vitalInterests, .en): "Vital interests (art. 6(1)(d))"
        case (.publicTask, .fr): "Mission d'intérêt public (art. 6-1-e)"
        case (.publicTask, .en): "Public task (art. 6(1)(e))"
        case (.legitimateInterests, .fr): "Intérêts légitimes (art. 6-1-f)"
        case (.legitimateInterests, .en): "Legitimate interests (art. 6(1)(f))"
        }
    }
}
