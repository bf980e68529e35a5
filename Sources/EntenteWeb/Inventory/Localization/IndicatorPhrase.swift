import EntenteCore

/// The words of the equipment indicators, French first.
enum IndicatorPhrase: Phrasebook {
    case title, establishment, scope, establishments, asOf, inService, unavailable, stock, pupilsPerDevice, warranties, ownFunds, reconditioned
    case openDataJSON, openDataCSV, byComponent, byComponentDescription, byAge, byAgeDescription, retired, retiredDescription
    case noRetirement, component, devices, age, year, conformance
    case band(InventoryIndicators.AgeBand)

    var pair: (String, String) {
        switch self {
        case .title: ("Indicateurs d'équipement", "Equipment indicators")
        case .establishment: ("Établissement (UAI, vide : tout votre périmètre)", "Establishment (UAI, empty: your whole scope)")
        case .scope: ("Périmètre", "Scope")
        case .establishments: ("établissement(s)", "establishment(s)")
        case .asOf: ("au", "as of")
        case .inService: ("en service", "in service")
        case .unavailable: ("en panne ou en réparation", "out of order or in repair")
        case .stock: ("en stock", "in stock")
        case .pupilsPerDevice: ("élève(s) par appareil en service", "pupil(s) per device in service")
        case .warranties: ("garantie(s) finissant dans les 6 mois", "warranty(ies) ending within 6 months")
        case .ownFunds: ("acheté(s) sur fonds propres", "bought on own funds")
        case .reconditioned: ("acheté(s) reconditionné(s), part du parc déployé", "bought reconditioned, share of the deployed park")
        case .openDataJSON: ("Données ouvertes (JSON)", "Open data (JSON)")
        case .openDataCSV: ("Données ouvertes (CSV)", "Open data (CSV)")
        case .byComponent: ("Appareils en service par composant", "Devices in service by component")
        case .byComponentDescription: ("Nombre d'appareils en service pour chaque composant, les 15 premiers.",
                                       "Number of devices in service for each component, the first 15.")
        case .byAge: ("Âge du parc déployé", "Age of the deployed park")
        case .byAgeDescription: ("Appareils en service ou en panne, par ancienneté depuis leur acquisition.",
                                 "Devices in service or out of order, by years since their acquisition.")
        case .retired: ("Sorties du parc par année et destination", "Devices leaving the park by year and destination")
        case .retiredDescription: ("Appareils réformés, cédés, recyclés, perdus ou volés, par année de sortie.",
                                   "Devices retired, given away, recycled, lost or stolen, by year of leaving.")
        case .noRetirement: ("Aucune sortie sur les cinq dernières années.", "No device left the park in the last five years.")
        case .component: ("Composant", "Component")
        case .devices: ("Appareils", "Devices")
        case .age: ("Âge", "Age")
        case .year: ("Année", "Year")
        case .conformance: ("des lignes du référentiel respectées", "of the référentiel's lines met")
        case .band(let band):
            switch band {
            case .underTwo: ("moins de 2 ans", "under 2 years")
            case .twoToFour: ("2 à 4 ans", "2 to 4 years")
            case .fourToSix: ("4 à 6 ans", "4 to 6 years")
            case .sixAndMore: ("6 ans et plus", "6 years and more")
            case .unknown: ("date inconnue", "unknown date")
            }
        }
    }
}
