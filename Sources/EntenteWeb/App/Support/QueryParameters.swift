import Vapor

/// A request's query string as name → value, the way the core's query types read it: `+` is a
/// space (forms send it so), percent escapes decoded, the first of repeated names kept. Bracketed
/// or repeated names that Vapor's decoder would turn into arrays stay plain strings here, so a
/// crafted query can only ever be a wrong value, never a decoding failure.
enum QueryParameters {
    static func of(_ request: Request) -> [String: String] {
        guard let query = request.url.query, !query.isEmpty else { return [:] }
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            guard !name.isEmpty, parameters[name] == nil else { continue }
            parameters[name] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return parameters
    }

    /// A malformed escape (`%zz`) is kept as typed: the value is then simply not a valid one.
    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
