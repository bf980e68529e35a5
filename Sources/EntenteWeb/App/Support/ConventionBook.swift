import EntenteCore
import NIOConcurrencyHelpers

/// The conventions the server runs on, by id: their text with the avenants approved (replaced when one is),
/// read as they apply on a day — a party's successor in place of its predecessors from the substitution on —
/// so that routing and pages follow without a restart. The day's reading is kept until the day changes.
final class ConventionBook: Sendable {
    private struct State {
        var texts: [String: Convention]
        var applied: (day: CalendarDate, conventions: [String: Convention])?
    }

    private let state: NIOLockedValueBox<State>

    init(_ conventions: [Convention]) {
        state = NIOLockedValueBox(State(texts: Dictionary(uniqueKeysWithValues: conventions.map { ($0.id, $0) })))
    }

    func conventions(on day: CalendarDate) -> [String: Convention] {
        state.withLockedValue { state in
            if let applied = state.applied, applied.day == day { return applied.conventions }
            let conventions = state.texts.mapValues { $0.applying(on: day) }
            state.applied = (day, conventions)
            return conventions
        }
    }

    func replace(_ convention: Convention) {
        state.withLockedValue { state in
            state.texts[convention.id] = convention
            state.applied = nil
        }
    }
}
