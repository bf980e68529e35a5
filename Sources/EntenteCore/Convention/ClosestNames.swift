import Foundation

/// Suggestions for a mistyped name: the candidates nearest by edit distance,
/// compared without case or accents.
public enum ClosestNames {
    public static func suggestions(for input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let key = folded(input)
        let ranked = candidates.map { candidate -> (String, Int) in
            let other = folded(candidate)
            // A name that contains what was typed is a better hint than its edit distance says.
            let distance = other.contains(key) || key.contains(other) ? 0 : editDistance(key, other)
            return (candidate, distance)
        }
        let threshold = max(3, key.count / 2)
        return ranked.filter { $0.1 <= threshold }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    /// Lowercased, without diacritics, so that "depannage" finds "Dépannage".
    public static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
