import EntenteCore
import Yams

/// Reads the partner registry (`partners.yaml`).
public enum PartnersFile {
    public static func read(_ text: String, file: String) throws(FileIssues) -> [Partner] {
        let document = YAMLDocument(file: file)
        var partners: [Partner] = []
        var seen = Set<String>()
        if let root = document.parse(text), let map = document.mapping(root, "the partner registry", allowed: ["partners"]),
           let list = map["partners"].flatMap({ document.sequence($0, "partners") }) {
            for node in list {
                guard let item = document.mapping(node, "a partner", allowed: ["code", "name", "kind", "website"]),
                      let code = document.string(item, "code", in: "a partner", at: node),
                      let name = document.string(item, "name", in: "partner \(code)", at: node),
                      let kindNode = item["kind"], let kind = document.enumValue(kindNode, PartnerKind.self, "partner kind")
                else { continue }
                if !seen.insert(code).inserted {
                    document.report(node, "partner code '\(code)' appears twice", fix: "keep one entry per code")
                }
                partners.append(Partner(code: code, name: name, kind: kind,
                                        website: document.optionalString(item, "website", in: "partner \(code)")))
            }
        }
        guard document.issues.isEmpty else { throw FileIssues(document.issues) }
        return partners
    }
}
