import EntenteCore
import Foundation

/// Reads pupil counts per school year from the open data "Effectifs d'élèves par établissement
/// du second degré" (data.education.gouv.fr, `;`-separated), and adds them to establishments.
public enum PupilCounts {
    /// Pupils per school year ("2019-2020": 780) of each establishment; any bad row fails the whole file.
    public static func read(_ text: String, file: String) throws(FileIssues) -> [UAI: [String: Int]] {
        let csv = DelimitedText(text)
        guard let header = csv.records.first?.fields else {
            throw FileIssues([FileIssue(file: file, line: 1, message: "the file is empty",
                                        fix: "give the header line and one row per establishment and school year")])
        }
        let required = ["Annee_scolaire", "Numero_d_etablissement", "Nombre_d_eleves"]
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw FileIssues([FileIssue(file: file, line: 1, message: "missing columns: \(missing.joined(separator: ", "))",
                                        fix: "use the header of the effectifs second degré export (';'-separated)")])
        }
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var issues: [FileIssue] = []
        var counts: [UAI: [String: Int]] = [:]
        var seen: [String: Int] = [:]
        for (line, fields) in csv.records.dropFirst() where !(fields.count == 1 && fields[0].isEmpty) {
            func report(_ message: String, fix: String) {
                issues.append(FileIssue(file: file, line: line, message: message, fix: fix))
            }
            guard fields.count == header.count else {
                report("the row has \(fields.count) fields, the header \(header.count)",
                       fix: "check for a stray ';' or an unclosed quote")
                continue
            }
            // Only the required columns are read, so the index exists.
            func value(_ name: String) -> String { fields[column[name]!].trimmingCharacters(in: .whitespaces) }
            let uai: UAI
            do { uai = try UAI(value("Numero_d_etablissement")) } catch {
                report(error.description,
                       fix: "look the establishment up in the Annuaire de l'éducation and correct its UAI, or remove the row")
                continue
            }
            guard let year = schoolYear(value("Annee_scolaire")) else {
                report("school year '\(value("Annee_scolaire"))' is not understood",
                       fix: "write it as two consecutive years, e.g. 2019-2020")
                continue
            }
            guard let count = Int(value("Nombre_d_eleves")), count >= 0 else {
                report("pupil count '\(value("Nombre_d_eleves"))' is not a whole number",
                       fix: "write the number of pupils in digits, without spaces")
                continue
            }
            let key = "\(uai.value) \(year)"
            if let first = seen[key] {
                report("UAI \(uai) already has a count for \(year) on line \(first)",
                       fix: "keep one row per establishment and school year")
                continue
            }
            seen[key] = line
            counts[uai, default: [:]][year] = count
        }
        guard issues.isEmpty else { throw FileIssues(issues) }
        return counts
    }

    /// Adds each establishment's counts; a school year it already has keeps its count, since the
    /// directory's figure is the more recent source.
    public static func merge(_ counts: [UAI: [String: Int]], into establishments: [Establishment]) -> [Establishment] {
        establishments.map { establishment in
            var establishment = establishment
            establishment.pupils.merge(counts[establishment.uai] ?? [:]) { existing, _ in existing }
            return establishment
        }
    }

    /// A school year as Entente writes it, "2019-2020", from "2019-2020", "2019/2020" or "2019-20".
    /// A lone year is refused: files differ on whether it is the rentrée or the end of the year.
    static func schoolYear(_ text: String) -> String? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count == 4, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
        switch parts[1].count {
        case 4 where end == start + 1, 2 where end == (start + 1) % 100: return "\(start)-\(start + 1)"
        default: return nil
        }
    }
}
