import EntenteCore
import EntenteFiles

/// The establishments whose inventory a user may read and change, from `AssetAccess` and the
/// conventions covering each establishment.
struct InventoryScope: Sendable {
    let viewer: TicketViewer
    /// Each known establishment's convention partners.
    let partners: [UAI: Set<String>]

    init(user: SignedInUser, environment: EntenteApp.Environment) {
        viewer = user.viewer
        let conventions = environment.conventions.values.sorted { $0.id < $1.id }
        var partners: [UAI: Set<String>] = [:]
        for establishment in environment.territory.establishments {
            guard let convention = conventions.first(where: { $0.covers(establishment) }) else { continue }
            partners[establishment.uai] = Set(convention.parties.compactMap(\.partnerCode))
        }
        self.partners = partners
    }

    func canRead(_ uai: UAI) -> Bool {
        AssetAccess.canRead(viewer, establishment: uai, conventionPartners: partners[uai] ?? [])
    }

    func canEdit(_ uai: UAI) -> Bool {
        AssetAccess.canEdit(viewer, establishment: uai, conventionPartners: partners[uai] ?? [])
    }

    /// What lists narrow to: nil for an administrator (everything, including assets of establishments
    /// no convention covers any more).
    var readable: Set<UAI>? {
        viewer.role == .administrator ? nil : Set(partners.keys.filter(canRead))
    }

    var editable: Set<UAI>? {
        viewer.role == .administrator ? nil : Set(partners.keys.filter(canEdit))
    }
}
