/// The legal nature of a partner of the shared digital service.
public enum PartnerKind: String, CaseIterable, Codable, Hashable, Sendable {
    case region, departement, academie
    case regionAcademique = "region-academique"
    case draaf
    case syndicatMixte = "syndicat-mixte"
    case prestataire, editeur, ministere
    /// The school itself (EPLE), as a party of the matrix.
    case etablissement
    case autre

    public var frenchLabel: String {
        switch self {
        case .region: "Région"
        case .departement: "Département"
        case .academie: "Académie"
        case .regionAcademique: "Région académique"
        case .draaf: "DRAAF"
        case .syndicatMixte: "Syndicat mixte"
        case .prestataire: "Prestataire"
        case .editeur: "Éditeur"
        case .ministere: "Ministère"
        case .etablissement: "Établissement (EPLE)"
        case .autre: "Autre"
        }
    }

    public var englishLabel: String {
        switch self {
        case .region: "Region"
        case .departement: "Département"
        case .academie: "Académie"
        case .regionAcademique: "Regional académie"
        case .draaf: "DRAAF"
        case .syndicatMixte: "Joint syndicate"
        case .prestataire: "Contractor"
        case .editeur: "Publisher"
        case .ministere: "Ministry"
        case .etablissement: "School (EPLE)"
        case .autre: "Other"
        }
    }
}
