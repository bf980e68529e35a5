/// Words in both languages of the interface, French first. Every enum of words (a page's phrases, a
/// core value's names) conforms, and is read with `text(_:)`: views never choose the language.
protocol Phrasebook {
    /// French, English.
    var pair: (String, String) { get }
}

extension Phrasebook {
    func text(_ language: Language) -> String {
        language == .fr ? pair.0 : pair.1
    }
}
