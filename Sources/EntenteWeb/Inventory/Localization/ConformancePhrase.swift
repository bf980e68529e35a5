import EntenteCore

/// The words of the référentiel's conformance, French first.
enum ConformancePhrase: Phrasebook {
    case title, intro, territory, establishment, percentage, noStandard, component, standard, modulated, have, missing, surplus
    case unapproved, conformant, yes, no, notJudged, modulate, quantity, agreedOn, agreedWith, reason, record, notModulable
    case invalidModulation, source, allEstablishments, filter

    var pair: (String, String) {
        switch self {
        case .title: ("Conformité au référentiel d'équipement", "Conformance to the equipment référentiel")
        case .intro: ("Ce que chaque établissement a (appareils en service ou en panne), ce que le référentiel prévoit pour sa taille ou ce qui a été convenu avec le chef d'établissement, et les modèles hors référentiel. Une ligne est conforme quand rien ne manque et que tous les modèles sont référencés.",
                      "What each establishment has (devices in service or out of order), what the référentiel sets for its size or what was agreed with the school head, and models outside the référentiel. A line is conformant when nothing is missing and every model is approved.")
        case .territory: ("Conformité du périmètre", "Conformance of the scope")
        case .establishment: ("Établissement", "Establishment")
        case .percentage: ("Lignes conformes", "Conformant lines")
        case .noStandard: ("Aucun établissement de ce périmètre n'a de référentiel d'équipement.", "No establishment in this scope has an equipment référentiel.")
        case .component: ("Composant", "Component")
        case .standard: ("Référentiel", "Référentiel")
        case .modulated: ("Convenu", "Agreed")
        case .have: ("En place", "In place")
        case .missing: ("Manquants", "Missing")
        case .surplus: ("En surplus", "Surplus")
        case .unapproved: ("Hors référentiel", "Not approved")
        case .conformant: ("Conforme", "Conformant")
        case .yes: ("oui", "yes")
        case .no: ("non", "no")
        case .notJudged: ("non évalué (effectif inconnu)", "not judged (pupil count unknown)")
        case .modulate: ("Enregistrer une modulation convenue avec le chef d'établissement", "Record a modulation agreed with the school head")
        case .quantity: ("Quantité convenue", "Agreed quantity")
        case .agreedOn: ("Convenue le", "Agreed on")
        case .agreedWith: ("Avec (chef d'établissement)", "With (school head)")
        case .reason: ("Motif", "Reason")
        case .record: ("Enregistrer", "Record")
        case .notModulable: ("Cette ligne du référentiel n'est pas modulable.", "This line of the référentiel cannot be modulated.")
        case .invalidModulation: ("Indiquez une quantité, une date (AAAA-MM-JJ), le chef d'établissement et le motif.",
                                  "Give a quantity, a date (YYYY-MM-DD), the school head and the reason.")
        case .source: ("Source", "Source")
        case .allEstablishments: ("UAI (vide : tout votre périmètre)", "UAI (empty: your whole scope)")
        case .filter: ("Afficher", "Show")
        }
    }
}
