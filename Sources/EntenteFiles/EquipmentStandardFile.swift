import EntenteCore
import Yams

/// Reads the equipment référentiels of the conventions (`equipment-standards.yaml`,
/// `entente-equipment-standards/1`): every line names a component of its convention, and each
/// quantity is `fixed: N` or `per_pupils: N` for a kind of establishment. Either all is valid, or
/// every problem is thrown with its line.
public enum EquipmentStandardFile {
    public static let format = "entente-equipment-standards/1"

    public static func read(_ text: String, file: String, conventions: [Convention]) throws(FileIssues) -> [EquipmentStandard] {
        let document = YAMLDocument(file: file)
        let standards = document.parse(text).map { StandardsReader(document: document, conventions: conventions).standards($0) } ?? []
        guard document.issues.isEmpty else { throw FileIssues(document.issues.sorted { $0.line < $1.line }) }
        return standards
    }
}

private struct StandardsReader {
    let document: YAMLDocument
    let conventions: [Convention]

    func standards(_ root: Node) -> [EquipmentStandard] {
        guard let map = document.mapping(root, "the référentiels file", allowed: ["format", "standards"]) else { return [] }
        if let format = document.string(map, "format", in: "the référentiels file", at: root), format != EquipmentStandardFile.format {
            document.report(map["format"]!, "unsupported format '\(format)'", fix: "write 'format: \(EquipmentStandardFile.format)'")
        }
        guard let list = map["standards"].flatMap({ document.sequence($0, "standards") }) else {
            document.report(root, "missing 'standards'", fix: "add 'standards:' with one item per convention")
            return []
        }
        return list.compactMap(standard)
    }

    private func standard(_ node: Node) -> EquipmentStandard? {
        guard let item = document.mapping(node, "a référentiel", allowed: ["convention", "source", "lines"]),
              let id = document.string(item, "convention", in: "a référentiel", at: node) else { return nil }
        guard let convention = conventions.first(where: { $0.id == id }) else {
            let hint = ClosestNames.suggestions(for: id, among: conventions.map(\.id))
            document.report(item["convention"] ?? node, "unknown convention '\(id)'",
                            fix: hint.isEmpty ? "use the id of a bundled convention" : "did you mean \(hint.joined(separator: ", "))?")
            return nil
        }
        let components = convention.domains.flatMap(\.components).map(\.id)
        var seen: Set<String> = []
        let lines = (item["lines"].flatMap { document.sequence($0, "lines of \(id)") } ?? []).compactMap { lineNode -> EquipmentStandard.Line? in
            guard let line = document.mapping(lineNode, "a line of \(id)", allowed: ["component", "models", "quantities", "modulable"]),
                  let component = document.string(line, "component", in: "a line of \(id)", at: lineNode) else { return nil }
            guard components.contains(component) else {
                let hint = ClosestNames.suggestions(for: component, among: components)
                document.report(line["component"]!, "'\(component)' is not a component of \(id)",
                                fix: hint.isEmpty ? "use a component id of the convention" : "did you mean \(hint.joined(separator: ", "))?")
                return nil
            }
            if !seen.insert(component).inserted {
                document.report(lineNode, "'\(component)' appears twice in \(id)", fix: "keep one line per component")
            }
            var quantities: [EstablishmentKind: EquipmentStandard.Quantity] = [:]
            if let map = line["quantities"].flatMap({ document.mapping($0, "quantities of \(component)",
                                                                      allowed: EstablishmentKind.allCases.map(\.rawValue)) }) {
                for (key, value) in map {
                    guard let kind = key.string.flatMap(EstablishmentKind.init(rawValue:)) else { continue }
                    quantities[kind] = quantity(value, component)
                }
            } else {
                document.report(lineNode, "missing 'quantities' for \(component)", fix: "add 'quantities: {college: {per_pupils: 5}}'")
            }
            let models = line["models"].flatMap { document.strings($0, "models of \(component)") } ?? []
            let modulable = line["modulable"].flatMap { document.scalar($0, "'modulable' of \(component)") }
            if let modulable, modulable != "true", modulable != "false" {
                document.report(line["modulable"]!, "'modulable' must be true or false", fix: "write 'modulable: true'")
            }
            return EquipmentStandard.Line(componentID: component, approvedModels: models, quantities: quantities,
                                          modulable: modulable == "true")
        }
        return EquipmentStandard(conventionID: id, source: document.optionalString(item, "source", in: "a référentiel") ?? "",
                                 lines: lines)
    }

    private func quantity(_ node: Node, _ component: String) -> EquipmentStandard.Quantity? {
        guard let map = document.mapping(node, "a quantity of \(component)", allowed: ["fixed", "per_pupils"]),
              map.count == 1, let (key, value) = map.first else {
            document.report(node, "a quantity of \(component) must be one of 'fixed: N' or 'per_pupils: N'", fix: "write {fixed: 12} or {per_pupils: 5}")
            return nil
        }
        guard let number = value.scalar.flatMap({ Int($0.string) }), number > 0 else {
            document.report(value, "the quantity of \(component) must be a positive whole number", fix: "write for example 12")
            return nil
        }
        return key.string == "fixed" ? .fixed(number) : .perPupils(number)
    }
}
