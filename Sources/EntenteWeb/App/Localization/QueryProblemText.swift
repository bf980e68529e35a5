import EntenteCore

/// What is wrong with a list's query value, said in the user's language: next to the field on a
/// page, in the reason of a 400 on an export, by parameter name in the API's `fields`.
enum QueryProblemText {
    /// "Page : un nombre entier de 1 à 1000000 est attendu."
    static func message(_ parameter: TicketQueueQuery.Parameter, _ problem: TicketQueueQuery.Problem,
                        _ language: Language) -> String {
        if case .period(let period) = problem { return "\(parameter.rawValue) : " + ServiceLevelPhrase.problem(period, language) }
        return language == .fr ? "\(parameter.rawValue) : \(expected(problem, language)) est attendu."
            : "\(parameter.rawValue): expected \(expected(problem, language))."
    }

    /// Next to the field itself, which its label names: the sentence alone.
    static func fieldMessage(_ problem: TicketQueueQuery.Problem, _ language: Language) -> String {
        if case .period(let period) = problem { return ServiceLevelPhrase.problem(period, language) }
        return (language == .fr ? "Attendu : " : "Expected: ") + expected(problem, language) + "."
    }

    /// What the parameter takes: "an integer from 1 to 100", "one of: open, all, new…".
    static func expected(_ problem: TicketQueueQuery.Problem, _ language: Language) -> String {
        let french = language == .fr
        switch problem {
        case .notANumber(let range):
            return french ? "un nombre entier de \(range.lowerBound) à \(range.upperBound)"
                : "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .notOneOf(let values):
            return (french ? "une de ces valeurs : " : "one of: ") + values.joined(separator: ", ")
        case .tooLong(let count):
            return french ? "un texte d'au plus \(count) caractères" : "a text of at most \(count) characters"
        case .period(.notADay):
            return french ? "un jour au format AAAA-MM-JJ" : "a day as YYYY-MM-DD (Europe/Paris)"
        case .period(.reversed):
            return french ? "un jour égal ou postérieur à opened_from" : "a day on or after opened_from"
        }
    }
}
