/// A right of the persons concerned (GDPR arts. 13 to 22), by the word conventions use for it.
public enum DataSubjectRight: String, CaseIterable, Codable, Hashable, Sendable {
    case information
    case access = "acces"
    case rectification
    case erasure = "effacement"
    case objection = "opposition"
    case restriction = "limitation"
    case portability = "portabilite"
    case automatedDecision = "decision-automatisee"
}

/// Who makes a rights request, as a convention's routing table tells requesters apart.
public enum RequesterCategory: String, CaseIterable, Codable, Hashable, Sendable {
    case teacher
    case parent
    case pupil
    /// A member of the staff of the collectivité (Région, Département).
    case collectiviteStaff = "collectivite-staff"
    case academieStaff = "academie-staff"
    case establishmentStaff = "establishment-staff"
    case other
}
