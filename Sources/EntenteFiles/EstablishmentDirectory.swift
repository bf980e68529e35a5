import EntenteCore
import Foundation

/// Reads establishments from the national directory's CSV ("Annuaire de l'éducation",
/// data.education.gouv.fr) or from a demo file with the same column names.
public enum EstablishmentDirectory {
    /// Régions by INSEE code, for the collectivité of lycées.
    static let regionPartners = ["53": "REGION-BRETAGNE", "11": "REGION-IDF", "44": "REGION-GRAND-EST"]

    public static func read(_ text: String, file: String) throws(FileIssues) -> [Establishment] {
        let csv = DelimitedText(text)
        guard let header = csv.records.first?.fields else {
            throw FileIssues([FileIssue(file: file, line: 1, message: "the file is empty", fix: "give the directory's header line and rows")])
        }
        let required = ["Identifiant_de_l_etablissement", "Nom_etablissement", "Type_etablissement", "Nom_commune",
                        "Code_departement", "Libelle_academie"]
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw FileIssues([FileIssue(file: file, line: 1, message: "missing columns: \(missing.joined(separator: ", "))",
                                        fix: "use the header of the Annuaire de l'éducation export (';'-separated)")])
        }
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var issues: [FileIssue] = []
        var seen: [String: Int] = [:]
        var establishments: [Establishment] = []
        for (line, fields) in csv.records.dropFirst() where !(fields.count == 1 && fields[0].isEmpty) {
            func value(_ name: String) -> String {
                guard let index = column[name], index < fields.count else { return "" }
                return fields[index].trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == header.count || column.values.allSatisfy({ $0 < fields.count }) else {
                issues.append(FileIssue(file: file, line: line, message: "the row has \(fields.count) fields, the header \(header.count)",
                                        fix: "check for a stray ';' or an unclosed quote"))
                continue
            }
            let uai: UAI
            do { uai = try UAI(value("Identifiant_de_l_etablissement")) } catch {
                issues.append(FileIssue(file: file, line: line, message: error.description, fix: "correct the identifier"))
                continue
            }
            if let first = seen[uai.value] {
                // The directory lists an establishment with several sites on several rows,
                // flagged `etablissement_multi_lignes`: the first row stands for it.
                if value("etablissement_multi_lignes") == "1" { continue }
                issues.append(FileIssue(file: file, line: line, message: "UAI \(uai) already appears on line \(first)",
                                        fix: "keep one row per establishment"))
                continue
            }
            seen[uai.value] = line
            let kind = kind(type: value("Type_etablissement"), nature: value("libelle_nature"))
            let department = value("Code_departement")
            let collectivity = kind == .college
                ? "CD" + String(department.drop { $0 == "0" })
                : regionPartners[value("Code_region")]
            var pupils: [String: Int] = [:]
            if let count = Int(value("Nombre_d_eleves")) {
                pupils[schoolYear(updated: value("date_maj_ligne"))] = count
            }
            establishments.append(Establishment(
                uai: uai, name: value("Nom_etablissement"), kind: kind, commune: value("Nom_commune"),
                departmentCode: department, academy: value("Libelle_academie"), collectivityCode: collectivity,
                pupils: pupils, isDemo: value("demo") == "1"))
        }
        guard issues.isEmpty else { throw FileIssues(issues) }
        return establishments
    }

    static func kind(type: String, nature: String) -> EstablishmentKind {
        switch nature {
        case "COLLEGE": return .college
        case "LYCEE PROFESSIONNEL", "SECTION D ENSEIGNEMENT PROFESSIONNEL": return .lyceeProfessionnel
        case "EREA": return .erea
        case let other where other.contains("AGRICOLE"): return .lyceeAgricole
        case let other where other.hasPrefix("LYCEE") || other.hasPrefix("SECTION"): return .lycee
        default: return type == "Collège" ? .college : type == "Lycée" ? .lycee : .autre
        }
    }

    /// The school year a count updated on a date belongs to: "2023-06-08" → "2022-2023".
    static func schoolYear(updated date: String) -> String {
        guard let parsed = CalendarDate(iso: date) else { return "inconnue" }
        let start = parsed.month >= 9 ? parsed.year : parsed.year - 1
        return "\(start)-\(start + 1)"
    }
}
