import EntenteCore
import Yams

/// Reads a YAML tree while collecting every problem with its line, so that one
/// pass reports all errors of a file instead of stopping at the first.
final class YAMLDocument {
    let file: String
    private(set) var issues: [FileIssue] = []
    /// Line of each part of the document, by the paths the core's issues use.
    private(set) var lines: [String: Int] = [:]

    init(file: String) {
        self.file = file
    }

    func parse(_ text: String) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                report(line: 1, "the file is empty", fix: "write the document described in docs/CONVENTION-FORMAT.md")
                return nil
            }
            return root
        } catch let error as YamlError {
            let (line, problem) = Self.locate(error)
            report(line: line, "invalid YAML: \(problem)", fix: "check indentation, quotes and ':' on this line")
            return nil
        } catch {
            report(line: 1, "invalid YAML: \(error)", fix: "check the file's syntax")
            return nil
        }
    }

    private static func locate(_ error: YamlError) -> (Int, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return (mark.line, problem)
        case .composer(_, let problem, let mark, _):
            return (mark.line, problem)
        default:
            return (1, "\(error)")
        }
    }

    func report(line: Int, _ message: String, fix: String) {
        issues.append(FileIssue(file: file, line: line, message: message, fix: fix))
    }

    func report(_ node: Node, _ message: String, fix: String) {
        report(line: line(of: node), message, fix: fix)
    }

    func line(of node: Node) -> Int { node.mark?.line ?? 1 }

    /// Remembers where a part is; a second part with the same path (a duplicate id) is
    /// kept under the path of repeats, so that the error points at the repeat.
    func record(_ path: String, _ node: Node) {
        let key = lines[path] == nil ? path : ConventionPath.repeated(path)
        if lines[key] == nil { lines[key] = line(of: node) }
    }

    /// The line of a path, or of its nearest recorded parent.
    func line(ofPath path: String) -> Int {
        var candidate = Substring(path)
        while true {
            if let line = lines[String(candidate)] { return line }
            guard let dot = candidate.lastIndex(of: ".") else { return 1 }
            candidate = candidate[..<dot]
        }
    }

    // MARK: - Typed access

    /// The node as a mapping whose keys are all among `allowed`.
    func mapping(_ node: Node, _ what: String, allowed: [String]) -> Node.Mapping? {
        guard let mapping = node.mapping else {
            report(node, "\(what) must be a mapping of 'key: value' lines", fix: "indent its fields under it")
            return nil
        }
        var seen = Set<String>()
        for (key, _) in mapping {
            let name = key.scalar?.string ?? ""
            if !seen.insert(name).inserted {
                report(key, "'\(name)' appears twice in \(what)", fix: "keep one '\(name):'")
            }
            if !allowed.contains(name) {
                let hint = ClosestNames.suggestions(for: name, among: allowed)
                report(key, "unknown field '\(name)' in \(what)",
                       fix: hint.isEmpty ? "allowed fields: \(allowed.joined(separator: ", "))" : "did you mean \(hint.joined(separator: ", "))?")
            }
        }
        return mapping
    }

    func sequence(_ node: Node, _ what: String) -> [Node]? {
        guard let sequence = node.sequence else {
            report(node, "\(what) must be a list ('- ' items)", fix: "write each item on its own '- ' line")
            return nil
        }
        return Array(sequence)
    }

    func scalar(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            report(node, "\(what) must be a single value", fix: "write it on one line after the ':'")
            return nil
        }
        return scalar.string
    }

    func string(_ mapping: Node.Mapping, _ key: String, in what: String, at owner: Node) -> String? {
        guard let node = mapping[key] else {
            report(owner, "missing '\(key)' in \(what)", fix: "add '\(key): …'")
            return nil
        }
        return scalar(node, "'\(key)' of \(what)")
    }

    func optionalString(_ mapping: Node.Mapping, _ key: String, in what: String) -> String? {
        guard let node = mapping[key] else { return nil }
        return scalar(node, "'\(key)' of \(what)")
    }

    /// A single value or a list of values (`CD` or `[ACA, EPLE]`).
    func strings(_ node: Node, _ what: String) -> [String]? {
        if let value = node.scalar?.string { return [value] }
        guard let items = sequence(node, what) else { return nil }
        return items.compactMap { scalar($0, "an item of \(what)") }
    }

    func enumValue<T: RawRepresentable & CaseIterable>(_ node: Node, _ type: T.Type, _ what: String) -> T?
    where T.RawValue == String {
        guard let text = scalar(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let options = T.allCases.map(\.rawValue)
        let hint = ClosestNames.suggestions(for: text, among: options)
        report(node, "'\(text)' is not a valid \(what)",
               fix: "use one of: \(options.joined(separator: ", "))" + (hint.isEmpty ? "" : " (did you mean \(hint[0])?)"))
        return nil
    }
}

