import EntenteCore
import NIOConcurrencyHelpers

/// The conventions the server runs on, by id: read by every request, replaced when an avenant is approved,
/// so that routing and pages follow the new version without a restart.
final class ConventionBook: Sendable {
    private let box: NIOLockedValueBox<[String: Convention]>

    init(_ conventions: [Convention]) {
        box = NIOLockedValueBox(Dictionary(uniqueKeysWithValues: conventions.map { ($0.id, $0) }))
    }

    var all: [String: Convention] { box.withLockedValue { $0 } }

    func replace(_ convention: Convention) {
        box.withLockedValue { $0[convention.id] = convention }
    }
}
