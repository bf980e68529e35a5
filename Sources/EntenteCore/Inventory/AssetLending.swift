import Foundation

/// The rules of lending and allocating devices: what may be lent, to whom, and how a loan ends.
public enum AssetLending {
    public enum Refusal: Error, Hashable, Sendable {
        /// The device is not in a status one lends from (in stock or in service).
        case notAvailable(status: String)
        case alreadyLent
        case emptyName
        case returnBeforeStart
        /// The cart named is not an asset of the same establishment, or is the device itself.
        case invalidCart
        /// A batch allocation: fewer available devices than pupils.
        case notEnoughDevices(available: Int, needed: Int)
        case loanClosed
        case endBeforeStart
    }

    /// Checks a new loan of `asset`, whose open loan (if any) is `current`.
    public static func check(lending asset: Asset, current: AssetLoan?, holder: AssetLoan.Holder, startedOn: CalendarDate,
                             expectedReturnOn: CalendarDate?, lifecycle: AssetLifecycle, cart: Asset? = nil) throws(Refusal) {
        guard current == nil else { throw .alreadyLent }
        try checkAvailable(asset, lifecycle: lifecycle)
        switch holder {
        case .pupil(let name, _, _), .staff(let name), .schoolClass(let name):
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw .emptyName }
        case .cart(let id):
            guard let cart, cart.id == id, cart.id != asset.id, cart.details.establishment == asset.details.establishment else {
                throw .invalidCart
            }
        }
        if let expectedReturnOn, expectedReturnOn < startedOn { throw .returnBeforeStart }
    }

    /// Checks the end of `loan` on `day`.
    public static func check(ending loan: AssetLoan, on day: CalendarDate) throws(Refusal) {
        guard loan.isOpen else { throw .loanClosed }
        guard day >= loan.startedOn else { throw .endBeforeStart }
    }

    /// A batch allocation: one available device per pupil, in inventory-number order, each pupil an
    /// allocation without return date in `className`. Devices already lent or not available are skipped.
    public static func allocate(_ devices: [Asset], lent: Set<UUID>, to pupils: [String], className: String,
                                lifecycle: AssetLifecycle) throws(Refusal) -> [(asset: Asset, holder: AssetLoan.Holder)] {
        let names = pupils.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty, !className.trimmingCharacters(in: .whitespaces).isEmpty else { throw .emptyName }
        let available = devices.filter { device in
            !lent.contains(device.id) && (try? checkAvailable(device, lifecycle: lifecycle)) != nil
        }.sorted { $0.details.inventoryNumber < $1.details.inventoryNumber }
        guard available.count >= names.count else { throw .notEnoughDevices(available: available.count, needed: names.count) }
        return zip(available, names).map { device, name in
            (device, AssetLoan.Holder.pupil(name: name, className: className.trimmingCharacters(in: .whitespaces), adult: false))
        }
    }

    private static func checkAvailable(_ asset: Asset, lifecycle: AssetLifecycle) throws(Refusal) {
        let standing = lifecycle.status(asset.status)?.standing
        guard standing == .stock || standing == .inService else { throw .notAvailable(status: asset.status) }
    }

    /// Why a class's loans end together.
    public enum SchoolingEnd: String, CaseIterable, Hashable, Sendable {
        /// The pupils leave the establishment before the end of the cycle.
        case leaving
        /// The pupils finish the cycle the devices were allocated for.
        case cycleCompleted = "cycle-completed"
    }

    /// What the programme does with a pupil's device at the end of schooling: returned when the pupil
    /// leaves, given to the pupil at the end of the cycle (the individual laptop of seed 000's
    /// programme becomes the pupil's).
    public static func ending(for end: SchoolingEnd) -> AssetLoan.Ending {
        switch end {
        case .leaving: .returned
        case .cycleCompleted: .ownershipTransferred
        }
    }
}
